import type { Article } from '../core/types';
import { isHttpUrl } from '../core/url';
import { formatAbsolute, formatAge } from '../utils/format';

interface Props {
  article: Article;
  now: Date;
  onHover?: (id: string | null) => void;
  onPick?: (id: string) => void;
}

/** One article: its title (a link only when the target is http(s)), its source and time; the row finds it on the page. */
export function ArticleRow({ article, now, onHover, onPick }: Props) {
  const { title, url, source, publishedAt } = article;
  return (
    <li class="article-row" data-article-id={article.id} onMouseEnter={() => onHover?.(article.id)} onFocusCapture={() => onHover?.(article.id)}>
      {isHttpUrl(url) ? (
        <a class="title" href={url} target="_blank" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        <span class="title">{title}</span>
      )}
      <p class="meta">
        <span class="source" title={source.domain ?? undefined}>
          {source.name ?? 'Unknown source'}
        </span>
        {publishedAt && (
          <>
            {' · '}
            <time dateTime={publishedAt} title={article.time.text ?? undefined}>
              {article.time.from === 'text' ? '≈ ' : ''}
              {formatAbsolute(publishedAt)} · {formatAge(publishedAt, now)}
            </time>
          </>
        )}
        {onPick && (
          <button type="button" class="link-button locate" onClick={() => onPick(article.id)} aria-label={`Show “${title}” on the page`}>
            Show on page
          </button>
        )}
      </p>
    </li>
  );
}
