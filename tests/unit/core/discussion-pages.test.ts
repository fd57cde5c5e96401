import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const now = new Date('2026-03-28T12:40:00Z');

function parse(html: string, url: string) {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now });
}

/** Hacker News' two rows of a story: the title row, then its subtext row. */
const storyRows = (id: number, title: string, site: string): string => `<tr class="athing submission" id="${id}"><td class="title"><span class="rank">${id % 100}.</span></td>
  <td class="votelinks"><a id="up_${id}" href="vote?id=${id}&amp;how=up"><div class="votearrow"></div></a></td>
  <td class="title"><span class="titleline"><a href="https://${site}/posts/${id}">${title}</a><span class="sitebit comhead"> (<a href="from?site=${site}"><span class="sitestr">${site}</span></a>)</span></span></td></tr>
  <tr><td colspan="2"></td><td class="subtext"><span class="subline"><span class="score">212 points</span> by <a class="hnuser" href="user?id=u${id}">u${id}</a>
  <span class="age" title="2026-03-28T09:38:11"><a href="item?id=${id}">3 hours ago</a></span> | <a href="item?id=${id}">88 comments</a></span></td></tr>`;

describe("a Hacker News item page (a story's discussion)", () => {
  const comment = (id: number, text: string): string => `<tr class="athing comtr" id="${id}"><td><table><tr><td class="ind"></td><td class="default">
    <div><span class="comhead"><a class="hnuser" href="user?id=c${id}">c${id}</a> <span class="age" title="2026-03-28T10:0${id % 10}:00"><a href="item?id=${id}">2 hours ago</a></span></span></div>
    <div class="comment"><div class="commtext c00">${text} See <a href="https://other${id}.example/2026/03/27/cdn-costs-explained">this write-up of CDN costs</a>.</div></div></td></tr></table></td></tr>`;
  const page = (stories: string) => `<html><body><center><table id="hnmain"><tr><td><table class="fatitem">${stories}</table>
    <table class="comment-tree">${[11, 12, 13, 14].map((id) => comment(id, 'We saw the same thing when we turned QUIC on for our edge.')).join('')}</table></td></tr></table></center></body></html>`;

  it('lists no story: its own story is the page, its comments are no list', () => {
    const result = parse(page(storyRows(47311001, 'Why our CDN bill tripled after we turned on HTTP/3', 'fennick.io')), 'https://news.ycombinator.com/item?id=47311001');
    expect(result.articles).toEqual([]);
  });

  it("lists no story on the jobs page (startups' hiring notices are no news) nor on the pages of comments alone", () => {
    const jobs = `<html><body><table id="hnmain"><tr><td><table>${[47311001, 47311002, 47311003].map((id) => storyRows(id, `Company ${id} (YC W25) is hiring a founding engineer`, 'company.example')).join('')}</table></td></tr></table></body></html>`;
    expect(parse(jobs, 'https://news.ycombinator.com/jobs').articles).toEqual([]);
    expect(parse(jobs, 'https://news.ycombinator.com/newcomments').articles).toEqual([]);
    expect(parse(jobs, 'https://news.ycombinator.com/newest').articles).toHaveLength(3);
  });

  it('still lists a listing page\'s stories in the same markup', () => {
    const listing = `<html><body><table id="hnmain"><tr><td><table>${[47311001, 47311002].map((id) => storyRows(id, `Story number ${id} about CDN bills and HTTP/3`, 'fennick.io')).join('')}</table></td></tr></table></body></html>`;
    expect(parse(listing, 'https://news.ycombinator.com/newest').articles).toHaveLength(2);
  });
});
