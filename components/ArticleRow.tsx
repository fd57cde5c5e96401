import type { Article } from '../core/types';
import { isHttpUrl, siteHost } from '../core/url';
import { isCollected } from '../core/collection/view';
import { formatAbsolute, formatAge, formatFull } from '../utils/format';
import { t } from '../utils/i18n';

interface Props {
  article: Article;
  now: Date;
  onHover?: (id: string | null) => void;
  onPick?: (id: string) => void;
  /** Where the virtualised list places the row: its index among the list's items and its box. */
  index: number;
  top: number;
  height: number;
  /** The row's place among the articles listed (1-based) and their number, for assistive technology. */
  posInSet: number;
  setSize: number;
}

/** One article: its title (a link only when the target is http(s)), its source and time; the row finds it on the page. */
export function ArticleRow({ article, now, onHover, onPick, index, top, height, posInSet, setSize }: Props) {
  const { title, url, source, publishedAt } = article;
  return (
    <li
      class="article-row"
      data-article-id={article.id}
      data-index={index}
      style={{ top: `${top}px`, height: `${height}px` }}
      aria-posinset={posInSet}
      aria-setsize={setSize}
      onMouseEnter={() => onHover?.(article.id)}
      onFocusCapture={() => onHover?.(article.id)}
    >
      {isHttpUrl(url) ? (
        <a class="title" href={url} target="_blank" rel="noopener noreferrer" title={title}>
          {title}
        </a>
      ) : (
        <span class="title" title={title}>
          {title}
        </span>
      )}
      <p class="meta">
        <span class="source" title={source.domain ?? undefined}>
          {source.name ?? t('unknownSource')}
        </span>
        {publishedAt && (
          <>
            <span class="sep" aria-hidden="true">
              ·
            </span>
            <time dateTime={publishedAt} title={article.time.text ?? undefined}>
              {article.time.from === 'text' ? '≈ ' : ''}
              {formatAbsolute(publishedAt)} · {formatAge(publishedAt, now)}
            </time>
          </>
        )}
        {isCollected(article) && <SeenOn {...article.collected} />}
        {onPick && (
          <button type="button" class="link-button locate" onClick={() => onPick(article.id)} aria-label={t('rowShowOnPageLabel', title)}>
            {t('rowShowOnPage')}
          </button>
        )}
      </p>
    </li>
  );
}

/** A collected story: the site it was last seen on; the full record (first and last sighting, every page) on hover. */
function SeenOn({ firstSeen, lastSeen, pages }: { firstSeen: string; lastSeen: string; pages: string[] }) {
  const last = pages.at(-1);
  const host = siteHost(last);
  if (!host) return null;
  return (
    <>
      <span class="sep" aria-hidden="true">
        ·
      </span>
      <span class="seen" title={t('rowSeenDetail', formatFull(firstSeen), formatFull(lastSeen), pages.join('\n'))}>
        {t('rowSeenOn', host)}
      </span>
    </>
  );
}
