/** Reddit. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const reddit: Adapter = {
  id: 'reddit',
  label: 'Reddit',
  hosts: ['reddit.com'],
  matches: ['*://reddit.com/*', '*://*.reddit.com/*'],
  examples: ['https://old.reddit.com/r/programming/', 'https://www.reddit.com/r/news/', 'https://www.reddit.com/r/dataisbeautiful/new/'],
  blocks: genericBlocks,
};
