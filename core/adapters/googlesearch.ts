/** Google Search (news results). (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const googleSearch: Adapter = {
  id: 'googlesearch',
  label: 'Google Search (news results)',
  hosts: ['google.*'],
  paths: /^\/search$/,
  matches: ['*://www.google.com/search*'],
  examples: ['https://www.google.com/search?q=asthma&tbm=nws', 'https://www.google.co.nz/search?q=asthma&tbm=nws'],
  blocks: genericBlocks,
};
