/** parsePage that never throws: a page that breaks the parser still gets a valid result that says what happened. */
import { parsePageWithBlocks, type ParsedPage } from './parse';
import { SCHEMA_VERSION, type ParseContext } from './types';

export function safeParsePage(doc: Document, ctx: ParseContext): ParsedPage {
  try {
    return parsePageWithBlocks(doc, ctx);
  } catch (err) {
    return {
      elements: new Map(),
      metas: new Map(),
      result: {
        schemaVersion: SCHEMA_VERSION,
        url: ctx.url.toString(),
        capturedAt: ctx.now.toISOString(),
        layout: { kind: 'other', adapter: null, confidence: 0 },
        page: null,
        warnings: [`Byline could not read this page: ${err instanceof Error ? err.message : String(err)}`],
        articles: [],
      },
    };
  }
}
