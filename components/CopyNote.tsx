import { pageCopyOf } from '../core/page-copies';
import { formatFull, type FormatOptions } from '../utils/format';
import { t } from '../utils/i18n';

/**
 * What the list is a copy of, when the tab shows an archive's capture or a translation proxy's page: the original's
 * host, and for a capture the moment its relative times were counted from.
 */
export function CopyNote(props: { url: string; capturedAt: string; options?: FormatOptions }) {
  let served: URL;
  try {
    served = new URL(props.url);
  } catch {
    return null;
  }
  const copy = pageCopyOf(served);
  if (!copy) return null;
  const host = copy.original.hostname.replace(/^www\./, '');
  return (
    <p class="copy-note" data-testid="copy-note">
      {copy.capturedAt ? t('popupArchivedCopy', host, formatFull(props.capturedAt, props.options)) : t('popupProxiedCopy', host)}
    </p>
  );
}
