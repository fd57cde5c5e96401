import { useEffect, useState } from 'preact/hooks';
import type { Article, ParseResult } from '../core/types';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS, isExportFormat, type ExportFormat } from '../core/export/index';
import { exportFileName } from '../core/export/filename';
import type { Connector } from '../utils/connector';
import { messageOf } from '../utils/error-message';
import { t, tn } from '../utils/i18n';

interface Props {
  /** The page's result: exported as it is for "all". */
  result: ParseResult;
  /** The articles the list shows, in its order: exported for "shown". */
  shown: Article[];
  connector: Connector;
}

type Scope = 'shown' | 'all';

const CLIPBOARD_FORMATS = EXPORT_FORMAT_NAMES.filter((name) => EXPORT_FORMATS[name].clipboard);
/** How long "Copied" stays before the status clears. */
const STATUS_MS = 5000;

/** Saves the list (what it shows, or every article of the page) in any export format; copies the pasteable ones. */
export function ExportMenu({ result, shown, connector }: Props) {
  const [scope, setScope] = useState<Scope>('shown');
  const [format, setFormat] = useState<ExportFormat>('json');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    if (!status || status.error) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  // The page's result with the list's articles in place of all of them; positions stay those on the page.
  const target: ParseResult = scope === 'all' ? result : { ...result, articles: shown };
  const count = target.articles.length;

  const save = (): void => {
    const spec = EXPORT_FORMATS[format];
    connector.download(exportFileName(result.url, result.capturedAt, spec.ext), spec.mime, spec.build(target));
  };

  const copy = async (name: ExportFormat): Promise<void> => {
    const spec = EXPORT_FORMATS[name];
    try {
      await connector.copy(spec.build(target));
      setStatus({ text: tn('exportCopied', count, spec.label), error: false });
    } catch (err) {
      setStatus({ text: t('exportCopyFailed', messageOf(err)), error: true });
    }
  };

  return (
    <footer class="export" aria-label={t('exportLabel')}>
      <div class="export-row">
        <label>
          {t('exportLabel')}{' '}
          <select value={scope} onChange={(e) => setScope((e.currentTarget as HTMLSelectElement).value as Scope)} data-testid="export-scope">
            <option value="shown">{t('exportShown', shown.length)}</option>
            <option value="all">{t('exportAll', result.articles.length)}</option>
          </select>
        </label>
        <label>
          {t('exportAs')}{' '}
          <select
            value={format}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value;
              if (isExportFormat(value)) setFormat(value);
            }}
            data-testid="export-format"
          >
            {EXPORT_FORMAT_NAMES.map((name) => (
              <option key={name} value={name}>
                {EXPORT_FORMATS[name].label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={save} disabled={count === 0} data-testid="export-save">
          {t('exportSave')}
        </button>
      </div>
      <div class="export-row">
        {CLIPBOARD_FORMATS.map((name) => (
          <button type="button" key={name} onClick={() => void copy(name)} disabled={count === 0} data-copy={name}>
            {t('exportCopy', EXPORT_FORMATS[name].label)}
          </button>
        ))}
        <p class={status?.error ? 'export-status error' : 'export-status'} role="status" data-testid="export-status">
          {status?.text ?? ''}
        </p>
      </div>
    </footer>
  );
}
