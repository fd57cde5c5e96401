import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ParseResult } from '../../core/types';
import type { Connector } from '../../utils/connector';
import { restrictionOf } from '../../utils/restricted';
import { ArticleList } from '../../components/ArticleList';
import { ExportMenu } from '../../components/ExportMenu';

type State =
  | { kind: 'loading' }
  | { kind: 'restricted'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'empty'; tabId: number; result: ParseResult | null }
  | { kind: 'list'; result: ParseResult };

function stateOf(tabId: number, result: ParseResult | null): State {
  return result && result.articles.length > 0 ? { kind: 'list', result } : { kind: 'empty', tabId, result };
}

export function App({ connector }: { connector: Connector }) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [scanning, setScanning] = useState(false);

  useEffect(() => {
    (async () => {
      const target = await connector.target();
      const reason = restrictionOf(target.url);
      if (reason) return setState({ kind: 'restricted', reason });
      if (target.tabId === null) return setState({ kind: 'error', message: 'There is no tab to read.' });
      setState(stateOf(target.tabId, await connector.result(target.tabId)));
    })().catch((err: unknown) => setState({ kind: 'error', message: messageOf(err) }));
  }, [connector]);

  const scan = useCallback(
    async (tabId: number) => {
      setScanning(true);
      try {
        setState(stateOf(tabId, await connector.scan(tabId)));
      } catch (err) {
        const message = messageOf(err);
        const reason = /cannot be scripted|cannot access|permission/i.test(message) ? 'Byline may not read this page.' : null;
        setState(reason ? { kind: 'restricted', reason } : { kind: 'error', message });
      } finally {
        setScanning(false);
      }
    },
    [connector],
  );

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header class="popup-header">
        <h1>Byline</h1>
        {state.kind === 'list' && (
          <p class="count" data-testid="count">
            {state.result.articles.length} {state.result.articles.length === 1 ? 'article' : 'articles'}
          </p>
        )}
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
      {state.kind === 'empty' && (
        <section class="status" data-testid="empty">
          <p>
            {state.result
              ? 'This page does not look like a news aggregator: Byline found no article blocks on it.'
              : 'Byline has not read this page yet.'}
          </p>
          {state.result?.warnings.map((w) => (
            <p class="warning" key={w}>
              {w}
            </p>
          ))}
          <button type="button" disabled={scanning} onClick={() => void scan(state.tabId)}>
            {scanning ? 'Scanning…' : 'Scan this page'}
          </button>
        </section>
      )}
      {state.kind === 'list' && (
        <>
          <ArticleList articles={state.result.articles} now={new Date()} />
          <ExportMenu result={state.result} connector={connector} />
        </>
      )}
    </main>
  );
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
