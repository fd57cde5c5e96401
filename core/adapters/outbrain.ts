/** Outbrain and Taboola widgets. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const outbrain: Adapter = {
  id: 'outbrain',
  label: 'Outbrain and Taboola widgets',
  hosts: ['outbrain.com', 'taboola.com'],
  matches: ['*://widgets.outbrain.com/*'],
  examples: ['https://widgets.outbrain.com/outbrain.js', 'https://trc.taboola.com/example/trc/3/json'],
  blocks: genericBlocks,
};
