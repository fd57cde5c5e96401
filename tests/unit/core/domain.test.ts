import { describe, expect, it } from 'vitest';
import { namesDomain, registrableDomain, sourceMismatch } from '../../../core/domain';

describe('registrableDomain', () => {
  it('gives the domain a reader would name, public-suffix aware', () => {
    expect(registrableDomain('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(registrableDomain('https://edition.cnn.com/world')).toBe('cnn.com');
    expect(registrableDomain('https://rt.com/news/1/')).toBe('rt.com');
  });

  it('is null without a usable URL', () => {
    expect(registrableDomain(null)).toBeNull();
    expect(registrableDomain('not a url')).toBeNull();
  });
});

describe('sourceMismatch', () => {
  it.each([
    ['Russia Today', 'rt.com'],
    ['The New York Times', 'nytimes.com'],
    ['Reuters', 'reuters.com'],
    ['BBC News', 'bbc.co.uk'],
  ])('"%s" agrees with %s', (name, domain) => expect(sourceMismatch(name, domain)).toBe(false));

  it.each([
    ['Russia Today', 'daily8.com'],
    ['Reuters', 'nytimes.com'],
  ])('"%s" disagrees with %s', (name, domain) => expect(sourceMismatch(name, domain)).toBe(true));

  it('claims no mismatch when the name or the domain is unknown', () => {
    expect(sourceMismatch(null, 'rt.com')).toBe(false);
    expect(sourceMismatch('Reuters', null)).toBe(false);
  });
});

describe('namesDomain', () => {
  it.each([
    ['RTL Lëtzebuerg', 'rtl.lu'],
    ['Financial Times', 'ft.com'],
    ['New York Times', 'nytimes.com'],
  ])('"%s" names %s', (name, domain) => expect(namesDomain(name, domain)).toBe(true));

  it.each([
    ['Foreign Affairs', 'ft.com'],
    ['Times', 'ft.com'],
    ['Politics', 'rtl.lu'],
  ])('"%s" does not name %s', (name, domain) => expect(namesDomain(name, domain)).toBe(false));
});
