import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';

describe('the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
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
});
