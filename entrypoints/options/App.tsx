import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, isTimeZone, type Settings } from '../../utils/settings';
import { badgeParts } from '../../utils/format';

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
    store.load().then((s) => (setSettings(s), setZone(s.timeZone))).catch((err: unknown) => setStatus({ text: `Could not read the settings: ${String(err)}`, error: true }));
  }, [store]);

  if (!settings) return <main class="options"><h1>Byline options</h1><p class="status-line" role="status">{status.text || 'Loading…'}</p></main>;

  const save = async (next: Settings): Promise<void> => {
    const before = settings;
    setSettings(next);
    try {
      await store.save(next);
      setStatus({ text: 'Saved.', error: false });
    } catch (err) {
      // The stored settings are unchanged: show them again, and say why.
      setSettings(before);
      setStatus({ text: `Not saved: ${err instanceof Error ? err.message : String(err)}`, error: true });
    }
  };
  const radio = <K extends 'timeDisplay' | 'clock' | 'badgeStyle'>(key: K, value: Settings[K], label: string) => (
    <label>
      <input type="radio" name={key} checked={settings[key] === value} onChange={() => void save({ ...settings, [key]: value })} />
      {label}
    </label>
  );
  const preview = badgeParts({
    source: EXAMPLE.source, publishedAt: EXAMPLE.publishedAt, now: new Date(), approximate: false,
    display: settings.badgeStyle === 'compact' ? (settings.timeDisplay === 'absolute' ? 'absolute' : 'relative') : settings.timeDisplay,
    options: { timeZone: settings.timeZone || undefined, hour12: settings.clock === 'auto' ? undefined : settings.clock === '12' },
  }).join(' · ');

  return (
    <main class="options">
      <h1>Byline options</h1>
      <p class="hint">
        A badge reads: <strong data-testid="preview">{preview}</strong>
      </p>
      <fieldset>
        <legend>Time on badges</legend>
        {radio('timeDisplay', 'both', 'Date and time, and how long ago')}
        {radio('timeDisplay', 'absolute', 'Date and time only')}
        {radio('timeDisplay', 'relative', 'How long ago only')}
      </fieldset>
      <fieldset>
        <legend>Clock</legend>
        {radio('clock', 'auto', 'As my language has it')}
        {radio('clock', '24', '24-hour')}
        {radio('clock', '12', '12-hour')}
      </fieldset>
      <fieldset>
        <legend>Time zone</legend>
        <label>
          <input
            type="text"
            value={zone}
            placeholder="My computer's zone"
            aria-label="Time zone"
            aria-describedby="zone-hint"
            onInput={(e) => setZone((e.currentTarget as HTMLInputElement).value)}
            onChange={() => {
              const z = zone.trim();
              if (isTimeZone(z)) void save({ ...settings, timeZone: z });
              else setStatus({ text: `“${z}” is not a time zone. Use a name like Europe/Berlin, or leave it empty.`, error: true });
            }}
          />
        </label>
        <p class="hint" id="zone-hint">An IANA name such as Europe/Berlin or America/New_York; empty for this computer's zone.</p>
      </fieldset>
      <fieldset>
        <legend>Badge style</legend>
        {radio('badgeStyle', 'full', 'Full: source, date and time')}
        {radio('badgeStyle', 'compact', 'Compact: source and age')}
      </fieldset>
      <fieldset>
        <legend>Sites where Byline is off</legend>
        {settings.disabledSites.length === 0 && <p class="hint">None. Turn Byline off on a site from its popup, or add one here.</p>}
        <ul>
          {settings.disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button type="button" onClick={() => void save({ ...settings, disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                Turn on again
              </button>
            </li>
          ))}
        </ul>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const host = site.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/.*$/, '').replace(/^www\./, '');
            if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(host)) return setStatus({ text: `“${site}” is not a site name like news.example.com.`, error: true });
            setSite('');
            void save({ ...settings, disabledSites: [...settings.disabledSites, host] });
          }}
        >
          <label>
            <input type="text" value={site} placeholder="news.example.com" aria-label="Site to turn Byline off on" onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} />
            <button type="submit">Turn off</button>
          </label>
        </form>
      </fieldset>
      <p class={`status-line${status.error ? ' error' : ''}`} role="status" aria-live="polite">
        {status.text}
      </p>
      <p class="hint">
        Keyboard shortcut: Alt+Shift+B hides or shows the badges on the current tab. Change it in the browser's extension shortcut
        settings.
      </p>
      <button type="button" onClick={() => void save({ ...DEFAULT_SETTINGS })}>
        Restore defaults
      </button>
    </main>
  );
}
