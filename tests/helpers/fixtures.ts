/** Reads the project's fixtures (tests/fixtures/<adapter>/<slug>/source.html + expected.json) and parses them. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentFromHtml } from '../../cli/dom';
import { parsePage } from '../../core/parse';
import type { ParseResult } from '../../core/types';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures');

export interface ExpectedArticle {
  title: string;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
  section?: string | null;
  /** Compared when the fixture's first article gives it. */
  sponsored?: boolean;
}

export interface Expected {
  url: string;
  now: string;
  layout: { kind: ParseResult['layout']['kind']; adapter: string | null };
  page?: { title?: string | null; publishedAt?: string | null; source?: string | null } | null;
  articles: ExpectedArticle[];
}

export interface Fixture {
  adapter: string;
  slug: string;
  dir: string;
  expected: Expected;
}

export function fixtures(): Fixture[] {
  const out: Fixture[] = [];
  for (const adapter of readdirSync(FIXTURES)) {
    const adapterDir = join(FIXTURES, adapter);
    for (const slug of readdirSync(adapterDir)) {
      const dir = join(adapterDir, slug);
      if (!existsSync(join(dir, 'expected.json'))) continue;
      out.push({ adapter, slug, dir, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected });
    }
  }
  return out;
}

export function parseFile(file: string, url: string, now: string): ParseResult {
  return parsePage(documentFromHtml(readFileSync(file), url), { url: new URL(url), now: new Date(now) });
}
