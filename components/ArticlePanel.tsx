import { useMemo, useState } from 'preact/hooks';
import type { Article, ParseResult } from '../core/types';
import type { Connector } from '../utils/connector';
import { t, tn } from '../utils/i18n';
import { DEFAULT_QUERY, groupBySource, isFiltered, queryArticles, sourceCounts, type ArticleQuery } from '../utils/article-query';
import { ArticleList } from './ArticleList';
import { ExportMenu } from './ExportMenu';
import { ListToolbar } from './ListToolbar';

interface Props {
  /** Everything there is to list; `result` holds the same articles, exported as it is for "everything". */
  result: ParseResult;
  /** The moment ages and time windows are measured from. */
  now: Date;
  connector: Connector;
  onHover?: (id: string | null) => void;
  onPick?: (id: string) => void;
}

/** A list of articles with search, sort, filters and grouping, and its exports: the page's and the collection's alike. */
export function ArticlePanel({ result, now, connector, onHover, onPick }: Props) {
  const articles = result.articles;
  const [query, setQuery] = useState<ArticleQuery>(DEFAULT_QUERY);
  const [grouped, setGrouped] = useState(false);
  const shown = useMemo(() => queryArticles(articles, query, now), [articles, query, now]);
  // What "export what the list shows" writes: the list's articles top to bottom (folded groups included).
  const listed = useMemo<Article[]>(() => (grouped ? groupBySource(shown).flatMap((g) => g.articles) : shown), [shown, grouped]);
  const sources = useMemo(() => sourceCounts(articles), [articles]);
  const filtered = isFiltered(query);
  const clearFilters = (): void => setQuery((q) => ({ ...DEFAULT_QUERY, sort: q.sort }));

  return (
    <>
      <div class="summary">
        <p class="count" data-testid="count" aria-live="polite">
          {filtered ? tn('popupCountShown', articles.length, shown.length) : tn('popupCount', articles.length)}
        </p>
        {filtered && shown.length > 0 && (
          <button type="button" class="link-button" onClick={clearFilters} data-testid="clear-filters">
            {t('popupClearFilters')}
          </button>
        )}
      </div>
      <ListToolbar
        query={query}
        onQuery={(patch) => setQuery((q) => ({ ...q, ...patch }))}
        grouped={grouped}
        onGrouped={setGrouped}
        sources={sources}
        total={articles.length}
      />
      {shown.length > 0 ? (
        <ArticleList articles={shown} grouped={grouped} now={now} onHover={onHover} onPick={onPick} />
      ) : (
        <section class="status" data-testid="no-match">
          <p>{t('popupNoMatch')}</p>
          <button type="button" onClick={clearFilters}>
            {t('popupClearFilters')}
          </button>
        </section>
      )}
      <ExportMenu result={result} shown={listed} connector={connector} />
    </>
  );
}
