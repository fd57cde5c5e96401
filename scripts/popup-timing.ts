import type { Page } from 'puppeteer-core';

export interface FirstRows {
  /** From the frame's creation to its first article row. */
  ms: number;
  /** Article rows in the DOM then (the list is virtualised: only those near the view). */
  rows: number;
  /** The popup's count line then. */
  count: string | null;
}

/**
 * Opens the popup for a tab inside a frame of an extension page and times it from the frame's creation to its first
 * article row: loading the popup, asking the page for its result, and rendering the list.
 */
export async function timeToFirstRows(host: Page, tabId: number): Promise<FirstRows> {
  await host.bringToFront();
  return host.evaluate((src) => {
    document.querySelector('iframe.timing')?.remove();
    const frame = document.createElement('iframe');
    frame.className = 'timing';
    frame.style.cssText = 'width: 400px; height: 600px; border: 0';
    const start = performance.now();
    frame.src = src;
    document.body.append(frame);
    // No named helpers in here: tsx (the scripts' runner) would wrap them in a __name() call the page does not have.
    return new Promise<FirstRows>((resolve) => {
      const timer = setInterval(() => {
        const doc = frame.contentDocument;
        const rows = doc?.querySelectorAll('.article-row').length ?? 0;
        if (!rows) return;
        clearInterval(timer);
        resolve({ ms: performance.now() - start, rows, count: doc!.querySelector('[data-testid="count"]')?.textContent ?? null });
      }, 1);
    });
  }, `popup.html?tabId=${tabId}&timing=${Date.now()}`);
}
