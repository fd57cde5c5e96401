import { CONTENT_MATCHES } from '../../utils/matches';
import { listen } from '../../utils/messaging';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, settingsItem } from '../../utils/settings';
import { Annotator } from './annotator';
import { Collector } from './collector';

declare global {
  // Set once per page: the manifest injection and "Scan this page" must not both annotate it.
  var __bylineLoaded: boolean | undefined;
}

/** Parses the page, puts a badge on each article block, keeps them right as the page changes, answers the popup. */
export default defineContentScript({
  matches: CONTENT_MATCHES,
  // The badge CSS travels inside the script (overlay.tsx), so no extension file has to be web-accessible: pages
  // cannot probe for Byline, and "Scan this page" works on any site.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const started = performance.now();
    if (globalThis.__bylineLoaded) return;
    globalThis.__bylineLoaded = true;
    document.documentElement.setAttribute('data-byline', 'parsing');
    const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
    const annotator = new Annotator(ctx, settings, started);
    listen({
      'byline:get-result': async () => (await annotator.whenRead(), annotator.result()),
      'byline:get-state': async () => (await annotator.whenRead(), annotator.state()),
      'byline:set-hidden': (m) => annotator.setHidden(m.hidden),
      'byline:toggle-hidden': () => annotator.setHidden(!annotator.state().hidden),
      'byline:highlight': (m) => annotator.highlight(m.id),
      'byline:scroll-to': (m) => annotator.scrollTo(m.id),
    });
    const unwatch = settingsItem.watch((value) => void annotator.applySettings(normalizeSettings(value)));
    ctx.onInvalidated(unwatch);
    // What the page shows goes to the collection while "Collect" is on (never on a site where Byline is off).
    const collector = new Collector(() => annotator.state().result);
    annotator.onReport = () => collector.changed();
    void collector.start().then((stop) => ctx.onInvalidated(stop));
    try {
      await annotator.start();
    } catch (err) {
      // A page that breaks Byline keeps working; the popup reports what happened.
      console.warn('Byline could not annotate this page:', err);
      document.documentElement.setAttribute('data-byline', 'done');
      document.documentElement.setAttribute('data-byline-error', String(err));
    }
  },
});
