import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isBylineMessage, listen } from '../../../utils/messaging';

describe('the message protocol', () => {
  beforeEach(() => fakeBrowser.reset());

  it('accepts only the known message shapes', () => {
    expect(isBylineMessage({ type: 'byline:get-result' })).toBe(true);
    expect(isBylineMessage({ type: 'byline:parsed', count: 3, kind: 'aggregator' })).toBe(true);
    expect(isBylineMessage({ type: 'byline:parsed', count: -1, kind: 'aggregator' })).toBe(false);
    expect(isBylineMessage({ type: 'byline:parsed', count: 2, kind: '<script>' })).toBe(false);
    expect(isBylineMessage({ type: 'byline:get-result', extra: 1 })).toBe(false);
    expect(isBylineMessage({ type: 'other' })).toBe(false);
    expect(isBylineMessage('byline:get-result')).toBe(false);
    expect(isBylineMessage(null)).toBe(false);
  });

  it('answers Byline and ignores other senders and malformed messages', async () => {
    let calls = 0;
    listen({ 'byline:get-result': () => (calls++, { ok: true } as never) });
    const own = { id: fakeBrowser.runtime.id };
    const [answer] = await fakeBrowser.runtime.onMessage.trigger({ type: 'byline:get-result' }, own, () => {});
    expect(await answer).toEqual({ ok: true });
    const [foreign] = await fakeBrowser.runtime.onMessage.trigger({ type: 'byline:get-result' }, { id: 'some-other-extension' }, () => {});
    expect(foreign).toBeUndefined();
    const [bad] = await fakeBrowser.runtime.onMessage.trigger({ type: 'byline:get-result', html: '<img>' }, own, () => {});
    expect(bad).toBeUndefined();
    expect(calls).toBe(1);
  });

  it('stops answering once the listener is removed', async () => {
    const stop = listen({ 'byline:get-result': () => ({}) as never });
    stop();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: 'byline:get-result' }, { id: fakeBrowser.runtime.id }, () => {});
    expect(answers.filter((a) => a !== undefined)).toEqual([]);
  });
});
