/**
 * The overlay: one shadow root at the end of <body> holding every badge, absolutely placed over its block, so the page's
 * CSS cannot reach the badges and the badges never take part in the page's layout.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay, type OverlayProps } from '../../components/Overlay';
import css from './style.css?inline';

export interface OverlayHandle {
  show(props: OverlayProps): void;
  remove(): void;
}

export async function mountOverlay(ctx: ContentScriptContext): Promise<OverlayHandle> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'byline-overlay',
    css,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(root) {
      container = root;
      return root;
    },
    onRemove(root) {
      if (root) render(null, root);
    },
  });
  ui.mount();
  return {
    show(props) {
      if (container) render(<Overlay {...props} />, container);
    },
    remove: () => ui.remove(),
  };
}

/**
 * Resolves after the next frame has been laid out: badges measure themselves, then take their places. A tab in the
 * background gets no frames, so a timer stands in.
 */
export function afterLayout(): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, 100);
    // Two frames: the first tells the overlay which blocks are in view, the second lays their badges out.
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), done()), 0)));
  });
}
