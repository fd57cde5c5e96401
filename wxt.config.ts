import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Words come from public/_locales/<lang>/messages.json (utils/i18n.ts reads the same files).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'toggle-badges': {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandToggleBadges__',
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
