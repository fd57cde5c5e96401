import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Byline',
    description: 'Shows who published what, and when, on news-aggregator pages.',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: 'Byline' },
    commands: {
      'toggle-badges': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: 'Hide or show the Byline badges on this tab',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'byline@byline.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}-{{manifestVersion}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
