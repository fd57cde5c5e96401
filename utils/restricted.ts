import { t } from './i18n';

/** Pages that no extension may touch: browser pages, other extensions, the extension stores. */
const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|devtools|data|blob):/i;
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/** Why Byline cannot read this page, or null when it can. */
export function restrictionOf(url: string | undefined): string | null {
  if (!url) return null;
  if (RESTRICTED_SCHEMES.test(url)) return t('restrictedBrowserPage');
  try {
    const u = new URL(url);
    if (STORE_HOSTS.includes(u.hostname)) return t('restrictedStore');
    if (u.protocol === 'file:') return t('restrictedFile');
  } catch {
    return null;
  }
  return null;
}
