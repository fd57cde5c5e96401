import { browser } from 'wxt/browser';
import { listen, sendToTab } from '../utils/messaging';
import { CollectionWriter } from '../utils/collection-writer';
import { collectionItem } from '../utils/storage';

/**
 * Routes Byline's messages, keeps the toolbar badge (the number of articles on each tab) and the keyboard shortcut,
 * and is the one writer of the collection.
 */
export default defineBackground(() => {
  // Firefox MV2 names the toolbar button browserAction; MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  const collection = new CollectionWriter(collectionItem);
  listen({
    'byline:parsed': async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const text = message.kind === 'aggregator' && message.count > 0 ? String(message.count) : '';
      await action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
      await action.setBadgeText({ tabId, text });
    },
    'byline:collect': async ({ result }, sender) => {
      // Only a content script speaks for a page, and only for the page it runs in.
      if (!sender.tab || result.layout.kind !== 'aggregator') return;
      await collection.add({ pageUrl: result.url, seenAt: new Date().toISOString(), articles: result.articles });
    },
    'byline:collection-clear': () => collection.clear(),
    'byline:collection-restore': ({ collection: removed }) => collection.restore(removed),
    'byline:collection-status': () => collection.problem,
  });
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-badges') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'byline:toggle-hidden' }).catch(() => undefined);
  });
});
