/** Lobsters. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const lobsters: Adapter = {
  id: 'lobsters',
  label: 'Lobsters',
  hosts: ['lobste.rs'],
  matches: ['*://lobste.rs/*'],
  examples: ['https://lobste.rs/', 'https://lobste.rs/newest', 'https://lobste.rs/t/programming'],
  blocks: genericBlocks,
};
