/** Builds the extension for one browser (or both) with WXT, failing loudly. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { BrowserName } from './browsers';

const ROOT = resolve(import.meta.dirname, '..');

export function buildExtension(name: BrowserName): void {
  const args = ['wxt', 'build', ...(name === 'firefox' ? ['-b', 'firefox'] : [])];
  const run = spawnSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (run.status !== 0) throw new Error(`wxt build for ${name} failed (exit ${run.status})`);
}
