import { describe, expect, it } from 'vitest';
import { badgeText, formatAbsolute, formatAge } from '../../../utils/format';
import { restrictionOf } from '../../../utils/restricted';

const now = new Date('2025-06-08T18:00:00Z');

describe('badge and popup time text', () => {
  it('shows source, absolute time in the given zone and locale, and age', () => {
    expect(badgeText('Russia Today', '2025-06-08T13:00:00Z', now, { locale: 'en-GB', timeZone: 'UTC' })).toBe('Russia Today · 8 Jun, 13:00 · 5 hr ago');
    expect(formatAbsolute('2025-06-08T13:00:00Z', { locale: 'en-US', timeZone: 'America/New_York' })).toBe('Jun 8, 9:00 AM');
    expect(formatAge('2025-06-08T13:00:00Z', now, { locale: 'de' })).toBe('vor 5 Std.');
  });

  it('uses the largest whole unit for the age', () => {
    expect(formatAge('2025-06-08T17:58:00Z', now, { locale: 'en' })).toMatch(/^2 min/);
    expect(formatAge('2025-06-06T18:00:00Z', now, { locale: 'en' })).toMatch(/^2 days ago$/);
  });

  it('leaves out the time when it is unknown', () => {
    expect(badgeText('Reuters', null, now)).toBe('Reuters');
    expect(badgeText(null, null, now)).toBe('Unknown source');
  });
});

describe('pages Byline may not read', () => {
  it('names browser pages, extension pages and stores', () => {
    expect(restrictionOf('chrome://extensions/')).toMatch(/browser page/);
    expect(restrictionOf('about:addons')).toMatch(/browser page/);
    expect(restrictionOf('https://chromewebstore.google.com/detail/x')).toMatch(/store/);
    expect(restrictionOf('https://news.ycombinator.com/')).toBeNull();
    expect(restrictionOf(undefined)).toBeNull();
  });
});
