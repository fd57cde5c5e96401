import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ADAPTERS, SITE_ADAPTERS, adapterFor, claims } from '../../../core/registry';
import { FIXTURES } from '../../helpers/fixtures';

describe('the adapter registry', () => {
  it('has the generic detector last and no adapter id twice', () => {
    expect(ADAPTERS.at(-1)?.id).toBe('generic');
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(ADAPTERS.length);
    expect(SITE_ADAPTERS.map((a) => a.id)).not.toContain('generic');
  });

  it('falls back to the generic detector for unknown hosts', () => {
    expect(adapterFor(new URL('https://example.org/news')).id).toBe('generic');
    expect(adapterFor(new URL('https://notdaily8.com/')).id).toBe('generic');
  });
});

describe.each(SITE_ADAPTERS.map((a) => ({ id: a.id, adapter: a })))('site adapter $id', ({ id, adapter }) => {
  it('lists example URLs', () => {
    expect(adapter.examples.length).toBeGreaterThan(0);
  });

  it('claims each of its examples, and no other site adapter claims them', () => {
    for (const example of adapter.examples) {
      const url = new URL(example);
      expect(adapterFor(url).id, example).toBe(id);
      const others = SITE_ADAPTERS.filter((a) => a !== adapter && claims(a, url));
      expect(others.map((a) => a.id), example).toEqual([]);
    }
  });

  it('has fixtures: tests/fixtures/<id>/<slug>/ with source.html and expected.json', () => {
    const dir = join(FIXTURES, id);
    expect(existsSync(dir), dir).toBe(true);
    const complete = readdirSync(dir).filter((slug) => ['source.html', 'expected.json'].every((f) => existsSync(join(dir, slug, f))));
    expect(complete.length).toBeGreaterThan(0);
  });
});

describe('the fixtures folder', () => {
  it('holds only folders of known adapters, each slug with both files', () => {
    const ids = ADAPTERS.map((a) => a.id); // site adapters, and 'generic' for pages no site adapter claims
    for (const id of readdirSync(FIXTURES)) {
      expect(ids, `tests/fixtures/${id}`).toContain(id);
      for (const slug of readdirSync(join(FIXTURES, id))) {
        for (const file of ['source.html', 'expected.json']) expect(existsSync(join(FIXTURES, id, slug, file)), `${id}/${slug}/${file}`).toBe(true);
      }
    }
  });
});
