import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Connector } from '../../utils/connector';
import type { PageState } from '../../utils/messaging';
import { restrictionOf } from '../../utils/restricted';
import { siteKey } from '../../utils/settings';
import { ArticleList } from '../../components/ArticleList';
import { ExportMenu } from '../../components/ExportMenu';
import { PageControls } from '../../components/PageControls';
import { ListToolbar } from '../../components/ListToolbar';
import { DEFAULT_QUERY, groupBySource, isFiltered, queryArticles, sourceCounts, type ArticleQuery } from '../../utils/article-query';

type State =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'page'; tabId: number; page: PageState | null };

export function App({ connector }: { connector: Connector }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);

  const run = useCallback(
    async (tabId: number, step: () => Promise<PageState | null>) => {
      setBusy(true);
      try {
        setState({ kind: 'page', tabId, page: await step() });
      } catch (err) {
        const message = messageOf(err);
        const denied = /cannot be scripted|cannot access|permission/i.test(message);
        setState(denied ? { kind: 'restricted', reason: 'Byline may not read this page.' } : { kind: 'error', message });
      } finally {
        setBusy(false);
      }
    },
    [],
  );

  useEffect(() => {
    (async () => {
      const target = await connector.target();
      const reason = restrictionOf(target.url);
      if (reason) return setState({ kind: 'restricted', reason });
      if (target.tabId === null) return setState({ kind: 'error', message: 'There is no tab to read.' });
      const tabId = target.tabId;
      await run(tabId, () => connector.state(tabId));
    })().catch((err: unknown) => setState({ kind: 'error', message: messageOf(err) }));
  }, [connector, run]);

  const [query, setQuery] = useState<ArticleQuery>(DEFAULT_QUERY);
  const [grouped, setGrouped] = useState(false);

  const page = state.kind === 'page' ? state.page : null;
  const result = page?.result ?? null;
  const articles = result?.articles ?? [];
  const tabId = state.kind === 'page' ? state.tabId : null;
  const pageUrl = page?.url ?? result?.url;
  // One "now" per reading of the page: ages, time windows and the list agree while the popup is open.
  const now = useMemo(() => new Date(), [result]);
  const shown = useMemo(() => queryArticles(articles, query, now), [articles, query, now]);
  // What "export what the list shows" writes: the list's articles top to bottom (folded groups included).
  const listed = useMemo(() => (grouped ? groupBySource(shown).flatMap((g) => g.articles) : shown), [shown, grouped]);
  const sources = useMemo(() => sourceCounts(articles), [articles]);
  const filtered = isFiltered(query);
  const clearFilters = (): void => setQuery((q) => ({ ...DEFAULT_QUERY, sort: q.sort }));

  return (
    <main class="popup" aria-busy={state.kind === 'loading' || busy}>
      <header class="popup-header">
        <h1>Byline</h1>
        {articles.length > 0 && (
          <p class="count" data-testid="count" aria-live="polite">
            {filtered ? `${shown.length} of ` : ''}
            {articles.length} {articles.length === 1 ? 'article' : 'articles'}
          </p>
        )}
        {filtered && shown.length > 0 && (
          <button type="button" class="link-button" onClick={clearFilters} data-testid="clear-filters">
            Clear filters
          </button>
        )}
        <button type="button" class="link-button" onClick={() => connector.openOptions()}>
          Options
        </button>
      </header>
      {state.kind === 'loading' && <p class="status">Reading this page…</p>}
      {state.kind === 'restricted' && (
        <p class="status" data-testid="restricted">
          {state.reason}
        </p>
      )}
      {state.kind === 'error' && (
        <p class="status error" role="alert">
          Something went wrong: {state.message}
        </p>
      )}
      {state.kind === 'page' && page?.siteDisabled && (
        <section class="status" data-testid="site-off">
          <p>Byline is off on {siteKey(pageUrl) ?? 'this site'}.</p>
          <button type="button" disabled={busy} onClick={() => void run(state.tabId, () => connector.setSiteEnabled(pageUrl ?? '', true).then(() => settle(connector, state.tabId, false)))}>
            Turn on for this site
          </button>
        </section>
      )}
      {state.kind === 'page' && !page?.siteDisabled && articles.length === 0 && (
        <section class="status" data-testid="empty">
          <p>{page ? 'This page does not look like a news aggregator: Byline found no article blocks on it.' : 'Byline has not read this page yet.'}</p>
          {result?.warnings.map((w) => (
            <p class="warning" key={w}>
              {w}
            </p>
          ))}
          <button type="button" disabled={busy} onClick={() => void run(state.tabId, () => connector.scan(state.tabId))}>
            {busy ? 'Scanning…' : 'Scan this page'}
          </button>
        </section>
      )}
      {tabId !== null && page && result && !page.siteDisabled && articles.length > 0 && (
        <>
          <PageControls
            hidden={page.hidden}
            site={siteKey(pageUrl)}
            onHidden={(hidden) => void run(tabId, () => connector.setHidden(tabId, hidden))}
            onSiteOff={() => void run(tabId, () => connector.setSiteEnabled(pageUrl ?? result.url, false).then(() => settle(connector, tabId, true)))}
          />
          <ListToolbar
            query={query}
            onQuery={(patch) => setQuery((q) => ({ ...q, ...patch }))}
            grouped={grouped}
            onGrouped={setGrouped}
            sources={sources}
            total={articles.length}
          />
          {shown.length > 0 ? (
            <ArticleList
              articles={shown}
              grouped={grouped}
              now={now}
              onHover={(id) => connector.highlight(tabId, id)}
              onPick={(id) => connector.scrollTo(tabId, id)}
            />
          ) : (
            <section class="status" data-testid="no-match">
              <p>No article matches these filters.</p>
              <button type="button" onClick={clearFilters}>
                Clear filters
              </button>
            </section>
          )}
          <ExportMenu result={result} shown={listed} connector={connector} />
        </>
      )}
    </main>
  );
}

/** After a per-site switch the page reacts through storage; wait until it has. */
async function settle(connector: Connector, tabId: number, disabled: boolean): Promise<PageState | null> {
  for (let i = 0; i < 20; i++) {
    const s = await connector.state(tabId);
    if (!s || s.siteDisabled === disabled) return s;
    await new Promise((r) => setTimeout(r, 50));
  }
  return connector.state(tabId);
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
