/** One block's badge: source and time at a glance; hover or keyboard focus opens the detail card. */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { collapse } from '../core/text';
import { badgeParts, formatAbsolute, type FormatOptions } from '../utils/format';
import { t } from '../utils/i18n';
import { placeBadge, type Box } from './placement';
import { BadgeCard } from './BadgeCard';

export interface BadgeLook {
  display: 'absolute' | 'relative' | 'both';
  style: 'compact' | 'full';
  options: FormatOptions;
}

interface Props {
  article: Article;
  element: Element;
  now: Date;
  look: BadgeLook;
  layer: { current: HTMLDivElement | null };
  frame: number;
}

export function PageBadge({ article, element, now, look, layer, frame }: Props) {
  const self = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const [open, setOpen] = useState(false);
  useLayoutEffect(() => {
    const origin = layer.current?.getBoundingClientRect();
    const badge = self.current?.getBoundingClientRect();
    if (!origin || !badge) return;
    const rel = (r: DOMRect): Box => ({ left: r.left - origin.left, top: r.top - origin.top, width: r.width, height: r.height });
    const rect = element.getBoundingClientRect();
    if (isClippedAway(element, rect)) {
      if (pos) setPos(null);
      return;
    }
    const block = rel(rect);
    const avoid = headlineBoxes(element, article.title, block).map(rel);
    const next = placeBadge(block, { width: badge.width, height: badge.height }, avoid);
    if (!pos || next.left !== pos.left || next.top !== pos.top) setPos(next);
  }, [frame, element, article]);

  const approximate = article.time.from === 'text';
  const display = look.style === 'compact' ? (look.display === 'absolute' ? 'absolute' : 'relative') : look.display;
  const parts = badgeParts({ source: article.source.name, publishedAt: article.publishedAt, now, approximate, display, options: look.options });
  const source = article.source.name ?? t('unknownSource');
  const when = article.publishedAt ? t(approximate ? 'badgeWhenAbout' : 'badgeWhen', formatAbsolute(article.publishedAt, look.options)) : t('badgeWhenUnknown');
  const label = article.source.mismatch ? t('badgeLabelMismatch', source, article.source.domain ?? '', when) : t('badgeLabel', source, when);
  const cardId = `byline-card-${article.id}`;
  return (
    <div
      ref={self}
      class={`byline-badge${approximate ? ' is-approximate' : ''}${article.source.mismatch ? ' is-mismatch' : ''}`}
      tabIndex={0}
      role="note"
      aria-label={label}
      aria-describedby={open ? cardId : undefined}
      data-article-id={article.id}
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { visibility: 'hidden' }}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => setOpen(false)}
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (!self.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setOpen(false);
      }}
    >
      <span class="byline-line">
        {parts[0]}
        {article.source.mismatch && (
          <span class="byline-mark" aria-hidden="true" title={t('badgeLinkGoesTo', article.source.domain ?? '')}>
            {' ↗'}
          </span>
        )}
        {parts.slice(1).map((p) => ` · ${p}`).join('')}
      </span>
      {open && <BadgeCard article={article} id={cardId} options={look.options} />}
    </div>
  );
}

// The nearest ancestor that clips a block (a scrolling pane), found once per block.
const clipperOf = new WeakMap<Element, Element | null>();

function clipper(element: Element): Element | null {
  if (!clipperOf.has(element)) {
    let found: Element | null = null;
    for (let e = element.parentElement; e && e !== document.body; e = e.parentElement) {
      const style = getComputedStyle(e);
      if (style.overflowY !== 'visible' || style.overflowX !== 'visible') {
        found = e;
        break;
      }
    }
    clipperOf.set(element, found);
  }
  return clipperOf.get(element) ?? null;
}

/** A block scrolled out of its pane (a virtualised list's spare row) gets no badge floating outside the pane. */
function isClippedAway(element: Element, rect: DOMRect): boolean {
  const pane = clipper(element)?.getBoundingClientRect();
  if (!pane) return rect.width === 0 && rect.height === 0;
  // Less than a badge's height of the block showing counts as scrolled away.
  const shown = Math.min(rect.bottom, pane.bottom) - Math.max(rect.top, pane.top);
  return shown < 16 || rect.right <= pane.left || rect.left >= pane.right;
}

/** The boxes a badge must not cover: the headline's text and the block's smaller links. */
function headlineBoxes(block: Element, title: string, blockBox: Box): DOMRect[] {
  const boxes: DOMRect[] = [];
  const area = blockBox.width * blockBox.height;
  for (const el of block.querySelectorAll('a[href], h1, h2, h3, h4, h5, h6')) {
    const isHeadline = collapse(el.textContent ?? '') === title;
    const isSmallLink = el.matches('a[href]');
    if (!isHeadline && !isSmallLink) continue;
    const r = el.getBoundingClientRect();
    if (r.width * r.height < area / 2) boxes.push(r);
  }
  return boxes;
}
