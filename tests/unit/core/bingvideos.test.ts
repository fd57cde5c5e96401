import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://www.bing.com/videos/search?q=winter+storm';
const now = new Date('2026-01-26T18:05:00Z');

/** One tile of Bing's video results, as Bing renders it: its duration badge over the thumbnail, then title and meta rows. */
function tile(i: number, title: string, age: string, site: string, channel: string | null): string {
  const channelRow = channel
    ? `<span class="mc_vtvc_meta_row_channel_site">${site}</span><span class="mc_vtvc_meta_row_channel_sep"> › </span><span class="mc_vtvc_meta_row_channel_name">${channel}</span>`
    : `<span class="mc_vtvc_meta_row_channel_site">${site}</span>`;
  return `<div class="dg_u" role="listitem"><div id="mc_vtvc__${i}" class="mc_vtvc b_canvas"><a class="mc_vtvc_link" href="/videos/riverview/relatedvideo?q=winter+storm&amp;mid=${i}ABC&amp;FORM=VIRE"><div class="mc_vtvc_con_rc">
    <div class="mc_vtvc_th"><img class="rms_img" src="https://tse1.mm.bing.net/th?id=OVP.${i}" alt="${title}"><div class="mc_bc_rc items"><div class="mc_bc w_i"><svg class="mc_bc_ico"></svg><div class="mc_bc items">2:41:0${i}</div></div></div></div>
    <div class="mc_vtvc_meta"><div class="mc_vtvc_title" title="${title}"><strong>Winter</strong> storm ${title.slice(13, 30)}…</div>
    <div class="mc_vtvc_meta_block"><div class="mc_vtvc_meta_row"><span class="meta_vc_content">18K views</span><span class="meta_dot_content"> · </span><span class="meta_pd_content">${age}</span></div>
    <div class="mc_vtvc_meta_row mc_vtvc_meta_row_channel">${channelRow}</div></div></div></div></a></div></div>`;
}

describe("Bing's video results", () => {
  const html = `<html><body><div class="dg_b" role="list">${[
    tile(0, 'Winter storm live: Heavy snow shuts interstates across the Plains', '45 minutes ago', 'YouTube', 'WeatherNation'),
    tile(1, 'Winter storm: Ice leaves 300,000 without power in Tennessee', '2 hours ago', 'MSN', 'FOX Weather'),
    tile(2, 'Winter storm: why this one is so hard to forecast', '3 hours ago', 'CBS News', null),
  ].join('')}</div></body></html>`;

  it('reads each tile: its full title, its link, the channel (else the site) as source, and its age', () => {
    const result = parsePage(documentFromHtml(html, url), { url: new URL(url), now });
    expect(result.layout.adapter).toBe('bingnews');
    expect(result.articles.map((a) => [a.title, a.source.name, a.publishedAt])).toEqual([
      ['Winter storm live: Heavy snow shuts interstates across the Plains', 'WeatherNation', '2026-01-26T17:20:00.000Z'],
      ['Winter storm: Ice leaves 300,000 without power in Tennessee', 'FOX Weather', '2026-01-26T16:05:00.000Z'],
      ['Winter storm: why this one is so hard to forecast', 'CBS News', '2026-01-26T15:05:00.000Z'],
    ]);
    expect(result.articles[0]!.url).toBe('https://www.bing.com/videos/riverview/relatedvideo?q=winter+storm&mid=0ABC&FORM=VIRE');
    expect(result.articles[0]!.time.text).toBe('45 minutes ago');
  });
});
