import { render } from 'preact';
import { App } from './App';
import { localizeDocument } from '../../utils/i18n';
import { loadSettings, settingsItem, normalizeSettings } from '../../utils/settings';
import '../popup/style.css';
import './style.css';

localizeDocument('optionsTitle');
render(
  <App store={{ load: loadSettings, save: async (s) => settingsItem.setValue(normalizeSettings(s)) }} />,
  document.getElementById('app')!,
);
