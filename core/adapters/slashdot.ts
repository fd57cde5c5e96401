/** Slashdot. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const slashdot: Adapter = {
  id: 'slashdot',
  label: 'Slashdot',
  hosts: ['slashdot.org'],
  matches: ['*://slashdot.org/*', '*://*.slashdot.org/*'],
  examples: ['https://slashdot.org/', 'https://tech.slashdot.org/'],
  blocks: genericBlocks,
};
