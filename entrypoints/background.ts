import { browser } from 'wxt/browser';
import { listen, sendToTab } from '../utils/messaging';

/** Routes Byline's messages, keeps the toolbar badge (the number of articles on each tab) and the keyboard shortcut. */
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
  browser.commands?.onCommand.addListener(async (command) => {
    if (command !== 'toggle-badges') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await sendToTab(tab.id, { type: 'byline:toggle-hidden' }).catch(() => undefined);
  });
});
