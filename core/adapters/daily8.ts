/** Daily8 story pages: the page's own story, then "Related Articles" blocks of source, age, attribution, headline, text. */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const daily8: Adapter = {
  id: 'daily8',
  label: 'Daily8',
  hosts: ['daily8.com'],
  matches: ['*://daily8.com/*', '*://*.daily8.com/*'],
  examples: ['https://daily8.com/news/world-militaries-learning-from-russia', 'https://www.daily8.com/'],
  // The related-articles layout is what the generic detector is built to read; nothing here needs patching yet.
  blocks: genericBlocks,
};
