/** All badges of a page in one layer; each badge follows its block when the page reflows. */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { collapse } from '../core/text';
import { badgeText, formatAbsolute } from '../utils/format';
import { placeBadge, type Box } from './placement';

export interface OverlayEntry {
  article: Article;
  element: Element;
}

interface Props {
  entries: OverlayEntry[];
  now: Date;
}

export function Overlay({ entries, now }: Props) {
  const layer = useRef<HTMLDivElement>(null);
  const [frame, setFrame] = useState(0);
  useEffect(() => {
    let pending = 0;
    const relayout = (): void => {
      if (!pending) pending = requestAnimationFrame(() => ((pending = 0), setFrame((f) => f + 1)));
    };
    const observer = new ResizeObserver(relayout);
    observer.observe(document.documentElement);
    for (const { element } of entries) observer.observe(element);
    window.addEventListener('resize', relayout);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', relayout);
      cancelAnimationFrame(pending);
    };
  }, [entries]);
  return (
    <div class="byline-layer" ref={layer}>
      {entries.map(({ article, element }) => (
        <PageBadge key={article.id} article={article} element={element} now={now} layer={layer} frame={frame} />
      ))}
    </div>
  );
}

interface BadgeProps {
  article: Article;
  element: Element;
  now: Date;
  layer: { current: HTMLDivElement | null };
  frame: number;
}

function PageBadge({ article, element, now, layer, frame }: BadgeProps) {
  const self = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  useLayoutEffect(() => {
    const origin = layer.current?.getBoundingClientRect();
    const badge = self.current?.getBoundingClientRect();
    if (!origin || !badge) return;
    const rel = (r: DOMRect): Box => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
    const block = rel(element.getBoundingClientRect());
    const avoid = headlineBoxes(element, article.title, block).map(rel);
    setPos(placeBadge(block, { width: badge.width, height: badge.height }, avoid));
  }, [frame, element, article.title]);
  const text = badgeText(article.source.name, article.publishedAt, now);
  const label = article.publishedAt
    ? `${article.source.name ?? 'Unknown source'}, published ${formatAbsolute(article.publishedAt)}`
    : `${article.source.name ?? 'Unknown source'}, publication time unknown`;
  return (
    <div
      ref={self}
      class="byline-badge"
      role="note"
      aria-label={`Byline: ${label}`}
      title={article.title}
      data-article-id={article.id}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { visibility: 'hidden' }}
    >
      {text}
    </div>
  );
}

/** The boxes a badge must not cover: the headline's text and the block's smaller links. */
function headlineBoxes(block: Element, title: string, blockBox: Box): DOMRect[] {
  const boxes: DOMRect[] = [];
  const area = blockBox.width * blockBox.height;
  for (const el of block.querySelectorAll('a[href], h1, h2, h3, h4, h5, h6, div, p, span')) {
    const isHeadline = el.childElementCount <= 2 && collapse(el.textContent ?? '') === title;
    const isSmallLink = el.matches('a[href]');
    if (!isHeadline && !isSmallLink) continue;
    const r = el.getBoundingClientRect();
    if (r.width * r.height < area / 2) boxes.push(r);
  }
  return boxes;
}
