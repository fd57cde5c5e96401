import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

describe('the background', () => {
  let onCommand: ((command: string) => Promise<void>) | undefined;
  let sent: Array<[number, unknown]>;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    sent = [];
    // fakeBrowser has no commands or tabs.sendMessage: stand-ins record what the background does with them.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation((fn) => void (onCommand = fn as typeof onCommand));
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async (tabId: number, message: unknown) => void sent.push([tabId, message]));
    background.main();
  });

  const parsed = async (count: number, kind: string, sender: object) =>
    Promise.all(await fakeBrowser.runtime.onMessage.trigger({ type: 'byline:parsed', count, kind }, sender, () => {}));

  it('shows the number of articles on the toolbar badge of the tab', async () => {
    await parsed(3, 'aggregator', { id: fakeBrowser.runtime.id, tab: { id: 7 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('3');
  });

  it('clears the badge on pages that are not aggregators', async () => {
    await parsed(3, 'aggregator', { id: fakeBrowser.runtime.id, tab: { id: 7 } });
    await parsed(0, 'article', { id: fakeBrowser.runtime.id, tab: { id: 7 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('ignores counts sent by anything but Byline', async () => {
    await parsed(99, 'aggregator', { id: 'another-extension', tab: { id: 7 } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
  });

  it('hides or shows the badges of the active tab on the keyboard shortcut', async () => {
    const win = await fakeBrowser.windows.create({ focused: true });
    const tab = await fakeBrowser.tabs.create({ url: 'https://daily8.com/', active: true, windowId: win!.id });
    await onCommand!('toggle-badges');
    await onCommand!('something-else');
    expect(sent).toEqual([[tab.id, { type: 'byline:toggle-hidden' }]]);
  });
});
