import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { App, type SettingsStore } from '../../../entrypoints/options/App';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/settings';
import { useLocale } from '../../helpers/i18n';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function mount(settings: Settings = DEFAULT_SETTINGS): HTMLElement {
  const store: SettingsStore = { load: async () => settings, save: async () => {} };
  root = document.createElement('div');
  document.body.append(root);
  render(<App store={store} />, root);
  return root;
}

describe('the options page', () => {
  it('speaks English by default', async () => {
    const el = mount();
    await vi.waitFor(() => expect(el.querySelector('fieldset')).not.toBeNull());
    expect(el.querySelector('h1')?.textContent).toBe('Byline options');
    expect([...el.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Time on badges', 'Clock', 'Time zone', 'Badge style', 'Sites where Byline is off']);
  });

  it('speaks German in a German browser, down to the badge preview and the shortcut', async () => {
    useLocale('de');
    const el = mount({ ...DEFAULT_SETTINGS, timeZone: 'Europe/Berlin', disabledSites: ['news.example.com'] });
    await vi.waitFor(() => expect(el.querySelector('fieldset')).not.toBeNull());
    expect(el.querySelector('h1')?.textContent).toBe('Byline-Einstellungen');
    expect([...el.querySelectorAll('legend')].map((l) => l.textContent)).toEqual(['Zeit auf den Badges', 'Uhrzeitformat', 'Zeitzone', 'Badge-Stil', 'Websites, auf denen Byline ausgeschaltet ist']);
    expect(el.querySelector('fieldset label')?.textContent).toBe('Datum und Uhrzeit, dazu wie lange es her ist');
    // "Russia Today · 8. Juni, 13:00 · vor 5 Std.": a German date and age, whatever the day.
    expect(el.querySelector('[data-testid="preview"]')?.textContent).toMatch(/^Russia Today · \d{1,2}\. \S+, \d{1,2}:\d{2} · vor 5 Std\.$/);
    expect(el.querySelector('li button')?.textContent).toBe('Wieder einschalten');
    expect(el.textContent).toContain('Tastenkürzel: Alt+Umschalt+B blendet die Badges im aktuellen Tab aus oder ein.');
  });
});
