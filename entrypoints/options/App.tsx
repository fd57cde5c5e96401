import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isTimeZone, type Settings } from '../../utils/settings';
import { badgeParts } from '../../utils/format';
import { t, type MessageKey } from '../../utils/i18n';
import { messageOf } from '../../utils/error-message';

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
}

const EXAMPLE = { source: 'Russia Today', publishedAt: new Date(Date.now() - 5 * 3600_000).toISOString() };

/** The options page: how times read, how badges look, and the sites where Byline is off. Saved as they change. */
export function App({ store }: { store: SettingsStore }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });
  const [zone, setZone] = useState('');
  const [site, setSite] = useState('');

  useEffect(() => {
    store.load().then((s) => (setSettings(s), setZone(s.timeZone))).catch((err: unknown) => setStatus({ text: t('optionsLoadFailed', String(err)), error: true }));
  }, [store]);

  if (!settings) return <main class="options"><h1>{t('optionsTitle')}</h1><p class="status-line" role="status">{status.text || t('optionsLoading')}</p></main>;

  const save = async (next: Settings): Promise<void> => {
    const before = settings;
    setSettings(next);
    try {
      await store.save(next);
      setStatus({ text: t('optionsSaved'), error: false });
    } catch (err) {
      // The stored settings are unchanged: show them again, and say why.
      setSettings(before);
      setStatus({ text: t('optionsNotSaved', messageOf(err)), error: true });
    }
  };
  const radio = <K extends 'timeDisplay' | 'clock' | 'badgeStyle'>(key: K, value: Settings[K], label: MessageKey) => (
    <label>
      <input type="radio" name={key} checked={settings[key] === value} onChange={() => void save({ ...settings, [key]: value })} />
      {t(label)}
    </label>
  );
  const preview = badgeParts({
    source: EXAMPLE.source, publishedAt: EXAMPLE.publishedAt, now: new Date(), approximate: false,
    display: settings.badgeStyle === 'compact' ? (settings.timeDisplay === 'absolute' ? 'absolute' : 'relative') : settings.timeDisplay,
    options: { timeZone: settings.timeZone || undefined, hour12: settings.clock === 'auto' ? undefined : settings.clock === '12' },
  }).join(' · ');

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="hint">
        {t('optionsPreview')} <strong data-testid="preview">{preview}</strong>
      </p>
      <fieldset>
        <legend>{t('optionsTimeDisplay')}</legend>
        {radio('timeDisplay', 'both', 'optionsTimeBoth')}
        {radio('timeDisplay', 'absolute', 'optionsTimeAbsolute')}
        {radio('timeDisplay', 'relative', 'optionsTimeRelative')}
      </fieldset>
      <fieldset>
        <legend>{t('optionsClock')}</legend>
        {radio('clock', 'auto', 'optionsClockAuto')}
        {radio('clock', '24', 'optionsClock24')}
        {radio('clock', '12', 'optionsClock12')}
      </fieldset>
      <fieldset>
        <legend>{t('optionsTimeZone')}</legend>
        <label>
          <input
            type="text"
            value={zone}
            placeholder={t('optionsTimeZonePlaceholder')}
            aria-label={t('optionsTimeZone')}
            aria-describedby="zone-hint"
            onInput={(e) => setZone((e.currentTarget as HTMLInputElement).value)}
            onChange={() => {
              const z = zone.trim();
              if (isTimeZone(z)) void save({ ...settings, timeZone: z });
              else setStatus({ text: t('optionsTimeZoneInvalid', z), error: true });
            }}
          />
        </label>
        <p class="hint" id="zone-hint">{t('optionsTimeZoneHint')}</p>
      </fieldset>
      <fieldset>
        <legend>{t('optionsBadgeStyle')}</legend>
        {radio('badgeStyle', 'full', 'optionsBadgeFull')}
        {radio('badgeStyle', 'compact', 'optionsBadgeCompact')}
      </fieldset>
      <fieldset>
        <legend>{t('optionsSites')}</legend>
        {settings.disabledSites.length === 0 && <p class="hint">{t('optionsSitesNone')}</p>}
        <ul>
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => void save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                {t('optionsSiteOn')}
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = site.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
            if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return setStatus({ text: t('optionsSiteInvalid', site), error: true });
            setSite('');
            void save({ ...settings, disabledSites: [...settings.disabledSites, host] });
          }}
        >
          <label>
            <input type="text" value={site} placeholder="news.example.com" aria-label={t('optionsSiteField')} onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">{t('optionsSiteOff')}</button>
          </label>
        </form>
      </fieldset>
      <p class={`status-line${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>
      <p class="hint">{t('optionsShortcut', t('shortcut'))}</p>
      <button type="button" onClick={() => void save({ ...DEFAULT_SETTINGS })}>
        {t('optionsRestore')}
      </button>
    </main>
  );
}
