import { browser } from 'wxt/browser';
import { listen } from '../utils/messaging';

/** Routes Byline's messages and keeps the toolbar badge: the number of articles on each tab. */
export default defineBackground(() => {
  // Firefox MV2 names the toolbar button browserAction; MV3 names it action.
  const action = browser.action ?? browser.browserAction;
  listen({
    'byline:parsed': async (message, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return;
      const text = message.kind === 'aggregator' && message.count > 0 ? String(message.count) : '';
      await action.setBadgeBackgroundColor({ tabId, color: '#1f5f8b' });
      await action.setBadgeText({ tabId, text });
    },
  });
});
