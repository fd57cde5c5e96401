import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://novini.example/';
const now = new Date('2025-11-14T15:00:00Z');

/** A news aggregator's story cluster: the lead story, its outlet and age, then related stories credited in brackets. */
function cluster(i: number): string {
  return `<table class="cluster"><tr><td class="cl-body">
    <h2><a href="https://www.outlet${i}.example/politics/2025/11/14/lead-story-${i}">Lead story number ${i} about the budget vote in parliament</a></h2>
    <p class="cl-lead">The deputies backed the draft budget after a nine-hour debate on the first reading of the bill.</p>
    <div class="cl-meta"><span class="src">Outlet ${i}</span> | <span class="date">${i + 1} hours ago</span></div>
    <div class="cl-more"><span class="lbl">More on this:</span><ul>
      <li><a href="https://www.related${i}a.example/news/related-story-${i}-a">Related story ${i}a: the finance minister on the deficit</a> <span class="src">(Related ${i}A)</span></li>
      <li><a href="https://www.related${i}b.example/news/related-story-${i}-b">Related story ${i}b: unions unhappy with the pay rise</a> <span class="src">(Related ${i}B)</span></li>
    </ul></div></td></tr></table>`;
}

describe("a cluster's related stories", () => {
  it('are stories of their own beside the lead story, each with the outlet credited after it', () => {
    const html = `<html><body><h1 class="blocktitle">Top stories</h1>${[0, 1, 2].map(cluster).join('')}</body></html>`;
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
    expect(articles.map((a) => [a.title.split(':')[0], a.source.name])).toEqual([
      ['Lead story number 0 about the budget vote in parliament', 'Outlet 0'], ['Related story 0a', 'Related 0A'], ['Related story 0b', 'Related 0B'],
      ['Lead story number 1 about the budget vote in parliament', 'Outlet 1'], ['Related story 1a', 'Related 1A'], ['Related story 1b', 'Related 1B'],
      ['Lead story number 2 about the budget vote in parliament', 'Outlet 2'], ['Related story 2a', 'Related 2A'], ['Related story 2b', 'Related 2B'],
    ]);
  });
});
