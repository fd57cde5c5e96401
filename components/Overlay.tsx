/** All badges of a page in one layer; each badge follows its block when the page reflows. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { PageBadge, type BadgeLook } from './PageBadge';

export interface OverlayEntry {
  article: Article;
  element: Element;
}

export interface OverlayProps {
  entries: OverlayEntry[];
  now: Date;
  hidden: boolean;
  highlight: Element | null;
  look: BadgeLook;
}

/** Blocks this far outside the viewport get their badge ahead of time, so scrolling never shows a bare block. */
const AHEAD = '800px 0px';

export function Overlay({ entries, now, hidden, highlight, look }: OverlayProps) {
  const layer = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState(0);
  // Only blocks near the viewport carry a badge: a page of thousands of blocks costs what a screenful costs.
  const [near, setNear] = useState<ReadonlySet<Element>>(new Set());
  useEffect(() => {
    const seen = new Set<Element>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const c of changes) {
          if (c.isIntersecting) seen.add(c.target);
          else seen.delete(c.target);
        }
        setNear(new Set(seen));
      },
      { rootMargin: AHEAD },
    );
    for (const { element } of entries) observer.observe(element);
    return () => observer.disconnect();
  }, [entries]);
  useEffect(() => {
    let pending = 0;
    const relayout = (): void => {
      // Once per frame; a hidden tab has no frames and nothing to show.
      if (!pending && !document.hidden) pending = requestAnimationFrame(() => ((pending = 0), setFrame((f) => f + 1)));
    };
    const onVisible = (): void => {
      if (!document.hidden) relayout();
    };
    document.addEventListener('visibilitychange', onVisible);
    const observer = new ResizeObserver(relayout);
    observer.observe(document.documentElement);
    for (const { element } of entries) observer.observe(element);
    window.addEventListener('resize', relayout);
    // Blocks inside scrolling panes move without the page scrolling.
    const onScroll = (e: Event): void => {
      if (e.target !== document) relayout();
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', relayout);
      document.removeEventListener('scroll', onScroll, { capture: true });
      document.removeEventListener('visibilitychange', onVisible);
      cancelAnimationFrame(pending);
    };
  }, [entries]);
  return (
    <div class="byline-layer" ref={layer} hidden={hidden}>
      {!hidden && highlight && <Highlight element={highlight} layer={layer} frame={frame} />}
      {!hidden &&
        entries
          .filter(({ element }) => near.has(element))
          .map(({ article, element }) => (
            <PageBadge key={article.id} article={article} element={element} now={now} look={look} layer={layer} frame={frame} />
          ))}
    </div>
  );
}

function Highlight({ element, layer, frame }: { element: Element; layer: { current: HTMLDivElement | null }; frame: number }) {
  const origin = layer.current?.getBoundingClientRect();
  const r = element.getBoundingClientRect();
  void frame;
  if (!origin) return null;
  return <div class="byline-highlight" style={{ left: `${r.left - origin.left - 3}px`, top: `${r.top - origin.top - 3}px`, width: `${r.width + 6}px`, height: `${r.height + 6}px` }} />;
}
