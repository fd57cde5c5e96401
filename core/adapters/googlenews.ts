/** Google News. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const googleNews: Adapter = {
  id: 'googlenews',
  label: 'Google News',
  hosts: ['news.google.com'],
  matches: ['*://news.google.com/*'],
  examples: ['https://news.google.com/search?q=nvidia&hl=en-US&gl=US&ceid=US%3Aen', 'https://news.google.com/home?hl=en-US&gl=US&ceid=US:en'],
  blocks: genericBlocks,
};
