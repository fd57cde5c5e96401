import { render } from 'preact';
import { App } from './App';
import { browserConnector } from '../../utils/connector';
import { localizeDocument } from '../../utils/i18n';
import './style.css';

localizeDocument('extName');
render(<App connector={browserConnector} />, document.getElementById('app')!);
