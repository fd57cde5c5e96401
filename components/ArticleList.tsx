import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { groupBySource } from '../utils/article-query';
import { ArticleRow } from './ArticleRow';
import { offsetsOf, scrollToShow, visibleRange } from './virtual-window';
import { t } from '../utils/i18n';

interface Props {
  /** The articles to list, in order (already searched, filtered and sorted). */
  articles: Article[];
  /** Under a heading per source, with its count; each source can be folded away. */
  grouped: boolean;
  now: Date;
  /** The article under the pointer or keyboard focus (null: none), to outline its block on the page. */
  onHover?: (id: string | null) => void;
  /** The article the reader picked, to scroll its block into view. */
  onPick?: (id: string) => void;
}

/** Rows have one height (titles clamp at two lines), so the list can place any row without rendering the others. */
export const ROW_HEIGHT = 62;
export const GROUP_HEIGHT = 30;
/** Rows rendered beyond each edge of the view: scrolling and Tab reach them before they are needed. */
const MARGIN = 8 * ROW_HEIGHT;
/** The list re-renders each time it scrolls this far (no more than the margin, so the view stays covered). */
const STEP = 4 * ROW_HEIGHT;
/** The view's height before layout has measured it (and under test DOMs, which do no layout). */
const UNMEASURED_HEIGHT = 480;

type Item =
  | { kind: 'group'; key: string; count: number; collapsed: boolean }
  | { kind: 'article'; article: Article; posInSet: number };

export function ArticleList({ articles, grouped, now, onHover, onPick }: Props) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const items = useMemo(() => itemsOf(articles, grouped, collapsed), [articles, grouped, collapsed]);
  const offsets = useMemo(() => offsetsOf(items.map((it) => (it.kind === 'group' ? GROUP_HEIGHT : ROW_HEIGHT))), [items]);

  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: UNMEASURED_HEIGHT });
  /** The item holding keyboard focus stays rendered however far the list scrolls, so focus is never dropped. */
  const [focused, setFocused] = useState<number | null>(null);
  const pendingFocus = useRef<number | null>(null);

  const [start, end] = visibleRange(offsets, view.top, view.height, MARGIN);
  const shown: number[] = [];
  for (let i = start; i < end; i++) shown.push(i);
  if (focused !== null && focused < items.length && (focused < start || focused >= end)) {
    shown.splice(focused < start ? 0 : shown.length, 0, focused);
  }

  const measure = (): void => {
    const el = scroller.current;
    if (!el) return;
    const next = { top: Math.floor(el.scrollTop / STEP) * STEP, height: el.clientHeight || UNMEASURED_HEIGHT };
    setView((v) => (v.top === next.top && v.height === next.height ? v : next));
  };

  // A new list (another search, filter or sort) starts at its top.
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setFocused(null);
    measure();
  }, [articles, grouped]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (target === null) return;
    pendingFocus.current = null;
    if (scroller.current) focusItem(scroller.current, target);
  });

  /** Arrow keys, Page Up/Down, Home and End move between rows, bringing rows that were not rendered into view. */
  const onKeyDown = (e: KeyboardEvent): void => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const row = (e.target as Element).closest<HTMLElement>('[data-index]');
    if (!row || !scroller.current) return;
    const i = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(view.height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, PageDown: i + page, PageUp: i - page, Home: 0, End: items.length - 1 };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    const target = Math.min(items.length - 1, Math.max(0, to));
    const el = scroller.current;
    el.scrollTop = scrollToShow(offsets, target, el.scrollTop, view.height);
    if (!focusItem(el, target)) {
      // Not rendered yet: render it (focused items always are), then focus it.
      pendingFocus.current = target;
      setFocused(target);
    }
    measure();
  };

  const toggle = (key: string): void =>
    setCollapsed((c) => {
      const next = new Set(c);
      if (!next.delete(key)) next.add(key);
      return next;
    });

  return (
    <div
      class="article-scroll"
      ref={scroller}
      onScroll={measure}
      onKeyDown={onKeyDown}
      onFocusIn={(e) => {
        const row = (e.target as Element).closest<HTMLElement>('[data-index]');
        if (row) setFocused(Number(row.dataset.index));
      }}
      onFocusOut={(e) => {
        if (!scroller.current?.contains(e.relatedTarget as Node | null)) setFocused(null);
      }}
    >
      <ol class="article-list" aria-label={t('listLabel')} style={{ height: `${offsets[items.length]}px` }} onMouseLeave={() => onHover?.(null)}>
        {shown.map((i) => {
          const item = items[i]!;
          const [top, height] = [offsets[i]!, offsets[i + 1]! - offsets[i]!];
          if (item.kind === 'article') {
            return (
              <ArticleRow
                key={item.article.id}
                article={item.article}
                now={now}
                onHover={onHover}
                onPick={onPick}
                index={i}
                top={top}
                height={height}
                posInSet={item.posInSet}
                setSize={articles.length}
              />
            );
          }
          return (
            <li key={`group:${item.key}`} class="group-row" data-index={i} style={{ top: `${top}px`, height: `${height}px` }} onMouseEnter={() => onHover?.(null)}>
              <button type="button" class="group-toggle" aria-expanded={!item.collapsed} onClick={() => toggle(item.key)}>
                <span class="group-name">{item.key || t('unknownSource')}</span>
                <span class="group-count">{item.count}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** Focuses the first control (the title link, else a button) of item i, when it is rendered. */
function focusItem(scroller: HTMLElement, i: number): boolean {
  const control = scroller.querySelector(`[data-index="${i}"]`)?.querySelector<HTMLElement>('a, button');
  control?.focus();
  return !!control;
}

/** The list's rows: articles, or per source a heading followed (unless folded) by its articles. */
function itemsOf(articles: Article[], grouped: boolean, collapsed: ReadonlySet<string>): Item[] {
  if (!grouped) return articles.map((article, i) => ({ kind: 'article', article, posInSet: i + 1 }));
  const items: Item[] = [];
  let n = 0;
  for (const group of groupBySource(articles)) {
    const folded = collapsed.has(group.key);
    items.push({ kind: 'group', key: group.key, count: group.articles.length, collapsed: folded });
    for (const article of group.articles) {
      n++;
      if (!folded) items.push({ kind: 'article', article, posInSet: n });
    }
  }
  return items;
}
