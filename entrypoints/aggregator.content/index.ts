import { CONTENT_MATCHES } from '../../utils/matches';
import { safeParsePage } from '../../core/safe-parse';
import { listen, sendToBackground } from '../../utils/messaging';
import { mountOverlay } from './overlay';

declare global {
  // Set once per page: the manifest injection and "Scan this page" must not both annotate it.
  var __bylineLoaded: boolean | undefined;
}

/** Parses the page once, answers the popup with the result, and puts a badge on each article block. */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  // The badge CSS travels inside the script (overlay.tsx), so no extension file has to be web-accessible: pages
  // cannot probe for Byline, and "Scan this page" works on any site.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (globalThis.__bylineLoaded) return;
    globalThis.__bylineLoaded = true;
    const root = document.documentElement;
    root.setAttribute('data-byline', 'parsing');
    const { result, elements } = safeParsePage(document, { url: new URL(location.href), now: new Date() });
    listen({ 'byline:get-result': () => result });
    sendToBackground({ type: 'byline:parsed', count: result.articles.length, kind: result.layout.kind }).catch(() => {
      /* the background may be waking up; the popup asks the page directly anyway */
    });
    let badges = 0;
    if (result.layout.kind === 'aggregator') {
      try {
        badges = await mountOverlay(ctx, result, elements);
      } catch (err) {
        console.warn('Byline could not show its badges on this page:', err);
        root.setAttribute('data-byline-error', String(err));
      }
    }
    // Tests and scripts wait for this mark: annotation is finished.
    root.setAttribute('data-byline', 'done');
    root.setAttribute('data-byline-badges', String(badges));
  },
});
