import { useEffect, useMemo, useState } from 'preact/hooks';
import { readCollection } from '../core/collection/read';
import { COLLECTION_QUOTA_BYTES, NEAR_QUOTA, storedBytes } from '../core/collection/size';
import type { StoredCollection } from '../core/collection/types';
import { collectedArticles, collectionResult } from '../core/collection/view';
import type { CollectionConnector } from '../utils/collection-connector';
import type { CollectionProblem } from '../utils/collection-writer';
import type { Connector } from '../utils/connector';
import { messageOf } from '../utils/error-message';
import { formatBytes } from '../utils/bytes';
import { t, tn } from '../utils/i18n';
import { COLLECTION_KEY } from '../utils/storage';
import { ArticlePanel } from './ArticlePanel';

interface Props {
  collections: CollectionConnector;
  connector: Connector;
}

type Clearing = { step: 'idle' } | { step: 'confirm' } | { step: 'undo'; removed: StoredCollection; count: number };

/** The collection: the "Collect" switch, how much room it takes, the same list and exports as a page, and clearing with undo. */
export function CollectionView({ collections, connector }: Props) {
  // undefined until storage has answered.
  const [stored, setStored] = useState<unknown>(undefined);
  const [collecting, setCollecting] = useState(false);
  const [problem, setProblem] = useState<CollectionProblem | null>(null);
  const [clearing, setClearing] = useState<Clearing>({ step: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    void collections.read().then(setStored, (err: unknown) => setFailure(messageOf(err)));
    void collections.collecting().then(setCollecting, () => undefined);
    return collections.watch(setStored);
  }, [collections]);
  // Each change of the stored collection is a write by the background: ask how it went.
  useEffect(() => {
    if (stored !== undefined) void collections.problem().then(setProblem, () => undefined);
  }, [collections, stored, collecting]);

  const read = useMemo(() => readCollection(stored), [stored]);
  const now = useMemo(() => new Date(), [stored]);
  const result = useMemo(() => collectionResult(read.ok ? collectedArticles(read.collection) : [], now), [read, now]);
  const bytes = stored ? storedBytes(COLLECTION_KEY, stored) : 0;
  const count = result.articles.length;

  const act = async (step: () => Promise<void>): Promise<void> => {
    setFailure(null);
    try {
      await step();
    } catch (err) {
      setFailure(messageOf(err));
    }
  };
  const toggle = (on: boolean): Promise<void> => act(async () => (await collections.setCollecting(on), setCollecting(on)));
  const clear = (): Promise<void> =>
    act(async () => {
      const removed = await collections.clear();
      setClearing(removed ? { step: 'undo', removed, count } : { step: 'idle' });
    });
  const undo = (removed: StoredCollection): Promise<void> => act(async () => (await collections.restore(removed), setClearing({ step: 'idle' })));

  if (stored === undefined && !failure) return <p class="status">{t('collectionLoading')}</p>;
  return (
    <>
      <div class="controls collection-controls">
        <label class="switch">
          <input type="checkbox" role="switch" checked={collecting} onChange={(e) => void toggle((e.currentTarget as HTMLInputElement).checked)} data-testid="collect-switch" />
          <span>{t('collectionCollect')}</span>
        </label>
        <span class="usage" data-testid="collection-usage" title={t('collectionUsageHint')}>
          {t('collectionUsage', formatBytes(bytes), formatBytes(COLLECTION_QUOTA_BYTES))}
        </span>
      </div>
      {notices(read, problem, bytes).map((text) => (
        <p class="status warning-box" role="alert" key={text} data-testid="collection-warning">
          {text}
        </p>
      ))}
      {failure && (
        <p class="status error" role="alert">
          {t('collectionFailed', failure)}
        </p>
      )}
      {clearing.step === 'undo' && (
        <div class="status undo" role="status" data-testid="collection-cleared">
          <span>{tn('collectionCleared', clearing.count)}</span>
          <button type="button" onClick={() => void undo(clearing.removed)} data-testid="collection-undo">
            {t('collectionUndo')}
          </button>
        </div>
      )}
      {count === 0 ? (
        <section class="status" data-testid="collection-empty">
          <p>{t(collecting ? 'collectionEmptyOn' : 'collectionEmptyOff')}</p>
        </section>
      ) : (
        <>
          <ArticlePanel result={result} now={now} connector={connector} />
          <div class="collection-clear">
            {clearing.step === 'confirm' ? (
              <>
                <span>{tn('collectionClearConfirm', count)}</span>
                <button type="button" class="danger" onClick={() => void clear()} data-testid="collection-clear-yes">
                  {t('collectionClearYes')}
                </button>
                <button type="button" onClick={() => setClearing({ step: 'idle' })}>
                  {t('collectionClearNo')}
                </button>
              </>
            ) : (
              <button type="button" class="link-button" onClick={() => setClearing({ step: 'confirm' })} data-testid="collection-clear">
                {t('collectionClear')}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** What the reader should know about the collection's state: damage, a newer format, a refused write, the quota. */
function notices(read: ReturnType<typeof readCollection>, problem: CollectionProblem | null, bytes: number): string[] {
  const out: string[] = [];
  if (!read.ok || problem?.kind === 'newer') out.push(t('collectionNewer'));
  else if (read.dropped > 0) out.push(tn('collectionDropped', read.dropped));
  if (problem?.kind === 'full') out.push(tn('collectionFull', problem.notSaved));
  else if (problem?.kind === 'write') out.push(t('collectionWriteFailed', problem.message));
  else if (bytes >= NEAR_QUOTA * COLLECTION_QUOTA_BYTES) out.push(t('collectionNearFull'));
  return out;
}
