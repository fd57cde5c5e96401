import { t, type MessageKey } from '../utils/i18n';
import { parseLocalDateTime, type ArticleQuery, type SortOrder, type TimeWindow } from '../utils/article-query';

interface Props {
  query: ArticleQuery;
  /** Changes part of the query (a patch, so two changes in a row both apply). */
  onQuery: (patch: Partial<ArticleQuery>) => void;
  grouped: boolean;
  onGrouped: (grouped: boolean) => void;
  /** The sources present, with their counts, in the order the source filter offers them. */
  sources: Array<{ key: string; count: number }>;
  total: number;
}

const SORTS: Array<[SortOrder, MessageKey]> = [
  ['page', 'sortPage'],
  ['newest', 'sortNewest'],
  ['oldest', 'sortOldest'],
  ['source', 'sortSource'],
];

const WINDOWS: Array<[TimeWindow, MessageKey]> = [
  ['any', 'windowAny'],
  ['hour', 'windowHour'],
  ['day', 'windowDay'],
  ['week', 'windowWeek'],
  ['custom', 'windowCustom'],
];

const ALL = 'all';
/** Source keys are page text; the prefix keeps them apart from ALL. */
const SOURCE = 'source:';

const choices = (pairs: Array<[string, MessageKey]>) =>
  pairs.map(([value, label]) => (
    <option key={value} value={value}>
      {t(label)}
    </option>
  ));

const valueOf = (e: Event): string => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

/** Search, sort, time window, source and grouping for the popup's list. */
export function ListToolbar({ query, onQuery, grouped, onGrouped, sources, total }: Props) {
  // A source picked before the page changed stays on offer, so the select shows what is filtering the list.
  const options = query.source !== null && !sources.some((s) => s.key === query.source) ? [...sources, { key: query.source, count: 0 }] : sources;
  return (
    <div class="toolbar" role="search">
      <div class="toolbar-row">
        <input
          type="search"
          class="search"
          placeholder={t('toolbarSearch')}
          aria-label={t('toolbarSearch')}
          value={query.text}
          onInput={(e) => onQuery({ text: valueOf(e) })}
          data-testid="search"
        />
        <label class="check" title={t('toolbarGroupHint')}>
          <input type="checkbox" checked={grouped} onChange={(e) => onGrouped((e.currentTarget as HTMLInputElement).checked)} data-testid="group" />
          {t('toolbarGroup')}
        </label>
      </div>
      <div class="toolbar-row">
        <select aria-label={t('toolbarSort')} value={query.sort} onChange={(e) => onQuery({ sort: valueOf(e) as SortOrder })} data-testid="sort">
          {choices(SORTS)}
        </select>
        <select
          aria-label={t('toolbarPublished')}
          value={query.window}
          onChange={(e) => onQuery({ window: valueOf(e) as TimeWindow, from: null, to: null })}
          data-testid="time-window"
        >
          {choices(WINDOWS)}
        </select>
        <select
          aria-label={t('toolbarSource')}
          value={query.source === null ? ALL : SOURCE + query.source}
          onChange={(e) => {
            const value = valueOf(e);
            onQuery({ source: value === ALL ? null : value.slice(SOURCE.length) });
          }}
          data-testid="source"
        >
          <option value={ALL}>{t('toolbarAllSources', total)}</option>
          {options.map((s) => (
            <option key={s.key} value={SOURCE + s.key}>
              {s.key || t('unknownSource')} ({s.count})
            </option>
          ))}
        </select>
      </div>
      {query.window === 'custom' && (
        <div class="toolbar-row range">
          {/* Uncontrolled: a half-typed date has no value yet, and writing one back would wipe what is typed. */}
          <label>
            {t('toolbarFrom')} <input type="datetime-local" onChange={(e) => onQuery({ from: parseLocalDateTime(valueOf(e)) })} data-testid="time-from" />
          </label>
          <label>
            {t('toolbarTo')} <input type="datetime-local" onChange={(e) => onQuery({ to: parseLocalDateTime(valueOf(e), true) })} data-testid="time-to" />
          </label>
        </div>
      )}
    </div>
  );
}
