/** Bing News. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const bingNews: Adapter = {
  id: 'bingnews',
  label: 'Bing News',
  hosts: ['bing.com'],
  paths: /^\/news/,
  matches: ['*://www.bing.com/news*'],
  examples: ['https://www.bing.com/news', 'https://www.bing.com/news/search?q=climate'],
  blocks: genericBlocks,
};
