// Extension code speaks through browser.i18n: unit tests read it in English unless a test picks another locale.
import { afterAll, beforeEach } from 'vitest';
import { useLocale } from '../../helpers/i18n';

beforeEach(() => useLocale('en'));

// Preact runs effects after the next frame, or after 100 ms where none comes: a file's last effects run before its DOM
// environment is torn down, or their timer would find no cancelAnimationFrame (an error after the tests, failing the run).
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 150)));
