import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, messagesOf, useLocale, type Message } from '../../helpers/i18n';
import { t, tn } from '../../../utils/i18n';
import { formatAbsolute, formatAge } from '../../../utils/format';

const en = messagesOf('en');
const placeholders = (m: Message): Record<string, string> =>
  Object.fromEntries(Object.entries(m.placeholders ?? {}).map(([name, p]) => [name, p.content]));
const used = (m: Message): string[] => [...new Set([...m.message.matchAll(/\$(\w+)\$/g)].map((x) => x[1]!.toLowerCase()))].sort();

describe('the message files', () => {
  it.each(LOCALES)('%s has exactly the keys en has, each with the same placeholders', (locale) => {
    const messages = messagesOf(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, m] of Object.entries(messages)) {
      expect(m.message.trim(), key).not.toBe('');
      expect(placeholders(m), key).toEqual(placeholders(en[key]!));
      // Every placeholder is used, and none is used without being defined.
      expect(used(m), key).toEqual(Object.keys(placeholders(m)).sort());
    }
  });

  it('has names browsers accept, placeholders $1, $2, … in order, and the count first in counted messages', () => {
    for (const [key, m] of Object.entries(en)) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(Object.values(placeholders(m)), key).toEqual(Object.keys(placeholders(m)).map((_, i) => `$${i + 1}`));
      if (/_(zero|one|two|few|many|other)$/.test(key)) expect(placeholders(m).count, key).toBe('$1');
    }
    const lower = Object.keys(en).map((k) => k.toLowerCase());
    expect(new Set(lower).size, 'names differ only in case').toBe(lower.length);
    for (const key of Object.keys(en).filter((k) => k.endsWith('_one'))) expect(en[key.replace(/_one$/, '_other')], key).toBeDefined();
  });

  it('has every message the manifest names', () => {
    const config = readFileSync(resolve(import.meta.dirname, '../../../wxt.config.ts'), 'utf8');
    const names = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(en[name], name).toBeDefined();
  });
});

describe('t and tn', () => {
  it('fill placeholders and pick plural forms by the rules of the messages’ language', () => {
    expect(t('popupSiteOff', 'news.example.com')).toBe('Byline is off on news.example.com.');
    expect(tn('popupCount', 1)).toBe('1 article');
    expect(tn('popupCount', 0)).toBe('0 articles');
    expect(tn('popupCountShown', 5000, 1)).toBe('1 of 5,000 articles');
    useLocale('de');
    expect(tn('popupCount', 1)).toBe('1 Artikel');
    expect(tn('popupCountShown', 5000, 1)).toBe('1 von 5.000 Artikeln');
    expect(tn('exportCopied', 2, 'TSV')).toBe('2 Artikel als TSV kopiert.');
  });

  it('show a missing key as the key rather than nothing', () => {
    expect(t('noSuchKey' as Parameters<typeof t>[0])).toBe('noSuchKey');
  });

  it('date and age follow the browser’s UI language unless a locale is given', () => {
    const now = new Date('2025-06-08T18:00:00Z');
    useLocale('de');
    expect(formatAge('2025-06-08T13:00:00Z', now)).toBe('vor 5 Std.');
    expect(formatAbsolute('2025-06-08T13:00:00Z', { timeZone: 'UTC' })).toBe('8. Juni, 13:00');
    expect(formatAbsolute('2025-06-08T13:00:00Z', { timeZone: 'UTC', locale: 'en-GB' })).toBe('8 Jun, 13:00');
  });
});
