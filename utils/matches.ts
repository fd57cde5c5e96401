/**
 * Pages where the content script runs without being asked: aggregators that have an adapter, and the bundled demo page
 * (served by `npm start` under /byline-demo/ on localhost). Any other page is scanned only when the user asks, through
 * activeTab + scripting, so Byline needs no host permission beyond these.
 */
export const CONTENT_MATCHES = [
  '*://daily8.com/*',
  '*://*.daily8.com/*',
  'http://localhost/byline-demo/*',
  'http://127.0.0.1/byline-demo/*',
];

/** The path the demo server serves its pages under (matched above). */
export const DEMO_PATH = '/byline-demo/';
