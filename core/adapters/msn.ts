/** MSN. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const msn: Adapter = {
  id: 'msn',
  label: 'MSN',
  hosts: ['msn.com'],
  matches: ['*://www.msn.com/*'],
  examples: ['https://www.msn.com/en-us/news', 'https://www.msn.com/en-gb/news/world'],
  blocks: genericBlocks,
};
