import { t } from '../utils/i18n';

/** The popup's switches for this tab: badges on or off here, and Byline on or off for the whole site. */
export function PageControls(props: { hidden: boolean; site: string | null; onHidden: (hidden: boolean) => void; onSiteOff: () => void }) {
  return (
    <div class="controls">
      <label class="switch">
        <input type="checkbox" role="switch" checked={!props.hidden} onChange={(e) => props.onHidden(!(e.currentTarget as HTMLInputElement).checked)} data-testid="badges-switch" />
        <span>{t('controlsBadges')}</span>
        <kbd title={t('controlsShortcutHint')}>{t('shortcut')}</kbd>
      </label>
      {props.site && (
        <button type="button" class="link-button" onClick={props.onSiteOff} data-testid="site-off-button">
          {t('controlsSiteOff', props.site)}
        </button>
      )}
    </div>
  );
}
