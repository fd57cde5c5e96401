/** The shared corpus pages with the URL each was saved from, decoded as a browser would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../cli/dom';
import { CORPUS_DIR, expectedPages } from './score';

export interface CorpusText {
  file: string;
  url: string;
  now: string;
  html: string;
}

export function corpusTexts(): CorpusText[] {
  return expectedPages().map((p) => ({ file: p.file, url: p.url, now: p.now, html: decodeHtml(readFileSync(join(CORPUS_DIR, p.file))) }));
}
