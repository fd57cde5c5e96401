/**
 * Pages where the content script runs without being asked: the sites that have an adapter, and the bundled demo page
 * (served by `npm start` under /byline-demo/ on localhost). Any other page is scanned only when the user asks, through
 * activeTab + scripting, so Byline needs no host permission beyond these.
 */
import { SITE_ADAPTERS } from '../core/registry';

/** The path the demo server serves its pages under. */
export const DEMO_PATH = '/byline-demo/';

export const CONTENT_MATCHES = [
  ...new Set(SITE_ADAPTERS.flatMap((a) => a.matches)),
  `http://localhost${DEMO_PATH}*`,
  `http://127.0.0.1${DEMO_PATH}*`,
];
