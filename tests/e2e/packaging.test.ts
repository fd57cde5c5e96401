import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILD_DIRS, GECKO_ID } from '../../scripts/browsers';
import { ROOT } from '../helpers/fixtures';

const built = existsSync(join(BUILD_DIRS.chromium, 'manifest.json')) && existsSync(join(BUILD_DIRS.firefox, 'manifest.json'));
if (!built && process.env.CI) throw new Error('the extension is not built: npm test builds it before the tests');
if (!built) console.warn('Skipping packaging tests: run `npm run build` first (npm test does)');

type Manifest = Record<string, unknown> & { permissions?: string[]; host_permissions?: string[]; content_scripts?: Array<{ matches: string[] }> };
const manifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe.skipIf(!built)('the built extension', () => {
  it('asks for no host access beyond the aggregators it knows and the demo page', () => {
    for (const dir of Object.values(BUILD_DIRS)) {
      const m = manifest(dir);
      const all = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)];
      expect(all).not.toContain('<all_urls>');
      expect(all.filter((p) => p.includes('://*/') || p === '*://*/*')).toEqual([]);
      expect(m.permissions).toEqual(expect.arrayContaining(['activeTab', 'scripting']));
      expect(JSON.stringify(m)).not.toMatch(/content_security_policy.*unsafe-eval/);
    }
  });

  it('carries the Firefox id and data-collection declaration, and passes addons-linter with no errors', () => {
    const gecko = (manifest(BUILD_DIRS.firefox).browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe(GECKO_ID);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    const lint = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'addons-linter', 'bin', 'addons-linter'), '--output', 'json', BUILD_DIRS.firefox], { encoding: 'utf8' });
    const report = JSON.parse(lint.stdout) as { summary: { errors: number }; errors: Array<{ code: string; message: string }> };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
