import type { ParseResult } from '../core/types';
import { EXPORT_FORMATS, type ExportFormat } from '../core/export/index';
import { exportFileName } from '../core/export/filename';
import type { Connector } from '../utils/connector';

export function ExportMenu({ result, connector }: { result: ParseResult; connector: Connector }) {
  const save = (name: ExportFormat): void => {
    const format = EXPORT_FORMATS[name];
    connector.download(exportFileName(result.url, result.capturedAt, format.ext), format.mime, format.build(result));
  };
  return (
    <footer class="export">
      <span>Export</span>
      {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((name) => (
        <button type="button" key={name} data-export={name} onClick={() => save(name)}>
          {EXPORT_FORMATS[name].label}
        </button>
      ))}
    </footer>
  );
}
