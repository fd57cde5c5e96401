import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Connector } from '../../utils/connector';
import { messageOf } from '../../utils/error-message';
import type { PageState } from '../../utils/messaging';
import { restrictionOf } from '../../utils/restricted';
import { t } from '../../utils/i18n';
import { siteKey } from '../../utils/settings';
import { browserCollections, type CollectionConnector } from '../../utils/collection-connector';
import { ArticlePanel } from '../../components/ArticlePanel';
import { CollectionView } from '../../components/CollectionView';
import { PageControls } from '../../components/PageControls';
import { CopyNote } from '../../components/CopyNote';
import { ViewTabs, type View } from '../../components/ViewTabs';

type State =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'page'; tabId: number; page: PageState | null };

export function App({ connector, collections = browserCollections }: { connector: Connector; collections?: CollectionConnector }) {
  const [view, setView] = useState<View>('page');
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
        setState(denied ? { kind: 'restricted', reason: t('popupDenied') } : { kind: 'error', message });
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
      if (target.tabId === null) return setState({ kind: 'error', message: t('popupNoTab') });
      const tabId = target.tabId;
      await run(tabId, () => connector.state(tabId));
    })().catch((err: unknown) => setState({ kind: 'error', message: messageOf(err) }));
  }, [connector, run]);

  const page = state.kind === 'page' ? state.page : null;
  const result = page?.result ?? null;
  const articles = result?.articles ?? [];
  const tabId = state.kind === 'page' ? state.tabId : null;
  const pageUrl = page?.url ?? result?.url;
  // One "now" per reading of the page: ages, time windows and the list agree while the popup is open.
  const now = useMemo(() => new Date(), [result]);

  return (
    <main class="popup" aria-busy={state.kind === 'loading' || busy}>
      <header class="popup-header">
        <h1>{t('extName')}</h1>
        <ViewTabs view={view} onView={setView} />
        <button type="button" class="link-button" onClick={() => connector.openOptions()}>
          {t('popupOptions')}
        </button>
      </header>
      {view === 'collection' ? (
        <div id="view-collection" role="tabpanel" aria-labelledby="tab-collection" class="view">
          <CollectionView collections={collections} connector={connector} />
        </div>
      ) : (
        <div id="view-page" role="tabpanel" aria-labelledby="tab-page" class="view">
          {state.kind === 'loading' && <p class="status">{t('popupLoading')}</p>}
          {state.kind === 'restricted' && (
            <p class="status" data-testid="restricted">
              {state.reason}
            </p>
          )}
          {state.kind === 'error' && (
            <p class="status error" role="alert">
              {t('popupError', state.message)}
            </p>
          )}
          {state.kind === 'page' && page?.siteDisabled && (
            <section class="status" data-testid="site-off">
              <p>{siteOffText(siteKey(pageUrl))}</p>
              <button type="button" disabled={busy} onClick={() => void run(state.tabId, () => connector.setSiteEnabled(pageUrl ?? '', true).then(() => settle(connector, state.tabId, false)))}>
                {t('popupTurnOnSite')}
              </button>
            </section>
          )}
          {state.kind === 'page' && !page?.siteDisabled && articles.length === 0 && (
            <section class="status" data-testid="empty">
              <p>{t(page ? 'popupNotAggregator' : 'popupNotRead')}</p>
              {result?.warnings.map((w) => (
                <p class="warning" key={w}>
                  {w}
                </p>
              ))}
              <button type="button" disabled={busy} onClick={() => void run(state.tabId, () => connector.scan(state.tabId))}>
                {t(busy ? 'popupScanning' : 'popupScan')}
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
              <CopyNote url={result.url} capturedAt={result.capturedAt} />
              <ArticlePanel
                result={result}
                now={now}
                connector={connector}
                onHover={(id) => connector.highlight(tabId, id)}
                onPick={(id) => connector.scrollTo(tabId, id)}
              />
            </>
          )}
        </div>
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

function siteOffText(site: string | null): string {
  return site ? t('popupSiteOff', site) : t('popupSiteOffHere');
}
