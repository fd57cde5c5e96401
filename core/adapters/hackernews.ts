/** Hacker News. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const hackernews: Adapter = {
  id: 'hackernews',
  label: 'Hacker News',
  hosts: ['news.ycombinator.com'],
  matches: ['*://news.ycombinator.com/*'],
  examples: ['https://news.ycombinator.com/', 'https://news.ycombinator.com/news?p=2', 'https://news.ycombinator.com/newest'],
  blocks: genericBlocks,
};
