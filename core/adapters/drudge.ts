/** Drudge Report. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const drudge: Adapter = {
  id: 'drudge',
  label: 'Drudge Report',
  hosts: ['drudgereport.com'],
  matches: ['*://drudgereport.com/*', '*://*.drudgereport.com/*'],
  examples: ['https://www.drudgereport.com/', 'https://drudgereport.com/'],
  blocks: genericBlocks,
};
