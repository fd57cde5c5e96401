/** Techmeme, Memeorandum, Mediagazer. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const techmeme: Adapter = {
  id: 'techmeme',
  label: 'Techmeme, Memeorandum, Mediagazer',
  hosts: ['techmeme.com', 'memeorandum.com', 'mediagazer.com'],
  matches: ['*://techmeme.com/*', '*://www.techmeme.com/*', '*://memeorandum.com/*', '*://www.memeorandum.com/*', '*://mediagazer.com/*', '*://www.mediagazer.com/*'],
  examples: ['https://www.techmeme.com/', 'https://www.memeorandum.com/', 'https://mediagazer.com/'],
  blocks: genericBlocks,
};
