/** Yahoo. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const yahoo: Adapter = {
  id: 'yahoo',
  label: 'Yahoo',
  hosts: ['yahoo.com', 'yahoo.co.jp'],
  matches: ['*://*.yahoo.com/*', '*://*.yahoo.co.jp/*'],
  examples: ['https://uk.yahoo.com/', 'https://news.yahoo.com/', 'https://news.yahoo.co.jp/'],
  blocks: genericBlocks,
};
