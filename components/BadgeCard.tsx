/** The detail card a badge opens on hover or focus: full title, source and domain, exact time and how it was found. */
import type { Article } from '../core/types';
import { isHttpUrl } from '../core/url';
import { derivation, formatFull, type FormatOptions } from '../utils/format';
import { t } from '../utils/i18n';

export function BadgeCard({ article, id, options }: { article: Article; id: string; options: FormatOptions }) {
  const { source, publishedAt, url } = article;
  return (
    <div class="byline-card" id={id} role="tooltip">
      <p class="byline-card-title">{article.title}</p>
      <dl>
        <dt>{t('cardSource')}</dt>
        <dd>
          {source.name ?? t('cardUnknown')}
          {source.domain && source.domain !== source.name ? ` (${source.domain})` : ''}
          {source.mismatch && <span class="byline-note"> {t('cardMismatch', source.domain ?? '')}</span>}
        </dd>
        <dt>{t('cardPublished')}</dt>
        <dd>{publishedAt ? formatFull(publishedAt, options) : t('cardUnknown')}</dd>
        <dt>{t('cardHow')}</dt>
        <dd>{derivation(article, options)}</dd>
      </dl>
      {isHttpUrl(url) && (
        <a class="byline-card-link" href={url} target="_blank" rel="noopener noreferrer">
          {t('cardOpen')}
        </a>
      )}
    </div>
  );
}
