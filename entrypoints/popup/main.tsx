import { render } from 'preact';
import { App } from './App';
import { browserConnector } from '../../utils/connector';
import './style.css';

render(<App connector={browserConnector} />, document.getElementById('app')!);
