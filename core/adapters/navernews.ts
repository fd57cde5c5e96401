/** Naver News. (Starting point: the generic detector; the site's own rules go here.) */
import type { Adapter } from '../types';
import { genericBlocks } from './generic';

export const naverNews: Adapter = {
  id: 'navernews',
  label: 'Naver News',
  hosts: ['news.naver.com'],
  matches: ['*://news.naver.com/*', '*://*.news.naver.com/*'],
  examples: ['https://news.naver.com/section/100', 'https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=100'],
  blocks: genericBlocks,
};
