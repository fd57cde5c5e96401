import type { Article } from '../core/types';
import { isHttpUrl } from '../core/url';
import { formatAbsolute, formatAge } from '../utils/format';

/** One article: its title (a link only when the target is http(s)), its source and its time. */
export function ArticleRow({ article, now }: { article: Article; now: Date }) {
  const { title, url, source, publishedAt } = article;
  return (
    <li class="article-row" data-article-id={article.id}>
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
              {formatAbsolute(publishedAt)} · {formatAge(publishedAt, now)}
            </time>
          </>
        )}
      </p>
    </li>
  );
}
