/**
 * The overlay: one shadow root at the end of <body> holding every badge, absolutely placed over its block, so the page's
 * CSS cannot reach the badges and the badges never take part in the page's layout.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ParseResult } from '../../core/types';
import { Overlay, type OverlayEntry } from '../../components/Overlay';
import css from './style.css?inline';

export async function mountOverlay(ctx: ContentScriptContext, result: ParseResult, elements: Map<string, Element>): Promise<number> {
  const entries: OverlayEntry[] = [];
  for (const article of result.articles) {
    const element = elements.get(article.id);
    if (element) entries.push({ article, element });
  }
  const now = new Date(result.capturedAt);
  const ui = await createShadowRootUi(ctx, {
    name: 'byline-overlay',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      render(<Overlay entries={entries} now={now} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  // Badges measure themselves after the first render and are placed on the next one: wait for that frame.
  await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
  return entries.length;
}
