import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const now = new Date('2025-04-09T18:22:00Z');
const ages = ['1m', '14m', '47m', '2h', '3h', '5h'];

/**
 * A forum's topic list (Discourse's markup): each row a heading that links to the thread, its tags and posters, and the
 * latest activity's time. `featured(i)` adds what a forum of shared news links shows beside a topic: the outlet's link.
 */
function topicList(site: string, thread: (i: number) => string, featured: (i: number) => string = () => ''): string {
  const rows = ages.map((age, i) => `<tr class="topic-list-item">
    <td class="main-link"><span class="link-top-line" role="heading" aria-level="2"><a href="${thread(i)}" class="title raw-topic-link">Topic number ${i} about the city's new transit plan</a>${featured(i)}</span>
      <div class="discourse-tags"><a href="/tag/transit">transit</a></div></td>
    <td class="posters"><a href="/u/user${i}"><img src="/avatar/${i}.png" alt=""></a></td>
    <td class="num posts"><span class="number">${i + 2}</span></td>
    <td class="num activity"><a href="${thread(i)}/4"><span class="relative-date">${age}</span></a></td>
  </tr>`);
  return `<html><head><title>Latest topics - ${site}</title></head><body><table class="topic-list"><tbody>${rows.join('')}</tbody></table></body></html>`;
}

function parse(html: string, url: string) {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now });
}

describe("a forum's threads", () => {
  it('are not news when each topic is a discussion that links nowhere beyond the forum', () => {
    const url = 'https://forum.homelab.example/c/networking/7';
    for (const thread of [(i: number) => `/t/topic-${i}/${41800 + i}`, (i: number) => `/forum/viewtopic.php?t=${900 + i}`, (i: number) => `/threads/topic-${i}.${5100 + i}/`]) {
      expect(parse(topicList('Homelab', thread), url).articles).toEqual([]);
    }
  });

  it("are news when each topic shares an outlet's story", () => {
    const url = 'https://talk.civicwire.example/latest';
    const result = parse(topicList('CivicWire', (i) => `/t/topic-${i}/${4800 + i}`, (i) => ` <a class="topic-featured-link" href="https://www.outlet${i}.example/2025/04/09/transit-plan">outlet${i}.example</a>`), url);
    expect(result.articles).toHaveLength(ages.length);
    expect(result.articles[0]!.url).toBe('https://talk.civicwire.example/t/topic-0/4800');
  });
});
