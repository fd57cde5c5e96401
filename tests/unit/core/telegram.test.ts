import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://t.me/s/europa_kompakt';
const now = new Date('2025-06-08T09:00:00Z');

/** One post of a channel's web view; `preview` adds the card Telegram shows for the story the post links. */
function post(n: number, text: string, preview: { site: string; title: string; href: string } | null, time: string): string {
  const card = preview
    ? `<a class="tgme_widget_message_link_preview" href="${preview.href}"><i class="link_preview_right_image" style="background-image:url('https://cdn4.telesco.pe/file/${n}.jpg')"></i>
        <div class="link_preview_site_name accent_color">${preview.site}</div><div class="link_preview_title">${preview.title}</div>
        <div class="link_preview_description">A teaser of the story that the outlet wrote for its page, long enough to be one.</div></a>`
    : '';
  return `<div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="europa_kompakt/${n}">
    <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/europa_kompakt"><span>Europa kompakt</span></a></div>
    <div class="tgme_widget_message_text">${text}</div>${card}
    <div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">14.6K</span><a class="tgme_widget_message_date" href="https://t.me/europa_kompakt/${n}"><time datetime="${time}" class="time">${time.slice(11, 16)}</time></a></div>
  </div></div>`;
}

describe('a Telegram channel', () => {
  const html = `<html><body><section class="tgme_channel_history">${[
    post(4806, 'Der DWD warnt vor Starkregen.', { site: 'tagesschau.de', title: 'Hitze und Unwetter: DWD warnt vor schweren Gewittern im Süden', href: 'https://www.tagesschau.de/inland/dwd-unwetter-100.html' }, '2025-06-08T06:47:12+00:00'),
    post(4807, 'Guten Morgen! Eine Umfrage zum Wochenende.', null, '2025-06-08T07:10:00+00:00'),
    post(4808, 'Merz nach dem Besuch in Washington.', { site: 'DER SPIEGEL', title: 'Merz nach Washington-Besuch: »Wir haben eine gute Grundlage«', href: 'https://www.spiegel.de/politik/merz-washington-a-1234.html?utm_source=telegram' }, '2025-06-08T08:02:00+00:00'),
  ].join('')}</section></body></html>`;

  it("reads each post's link preview as a story (the outlet, the title, the link, the post's time), and a post without one as none", () => {
    const result = parsePage(documentFromHtml(html, url), { url: new URL(url), now });
    expect(result.layout.adapter).toBe('telegram');
    expect(result.articles.map((a) => [a.title, a.source.name, a.url, a.publishedAt])).toEqual([
      ['Hitze und Unwetter: DWD warnt vor schweren Gewittern im Süden', 'tagesschau.de', 'https://www.tagesschau.de/inland/dwd-unwetter-100.html', '2025-06-08T06:47:12.000Z'],
      ['Merz nach Washington-Besuch: »Wir haben eine gute Grundlage«', 'DER SPIEGEL', 'https://www.spiegel.de/politik/merz-washington-a-1234.html', '2025-06-08T08:02:00.000Z'],
    ]);
    expect(result.articles[0]!.imageUrl).toBe('https://cdn4.telesco.pe/file/4806.jpg');
  });

  it("reads no story from a post that recommends another channel (its preview links the channel on Telegram itself)", () => {
    const promoted = `<html><body><section class="tgme_channel_history">${[
      post(4812, 'Ein Kanal, den wir empfehlen: <a href="https://t.me/wetter_aktuell">https://t.me/wetter_aktuell</a>', { site: 'Telegram', title: 'Wetter aktuell', href: 'https://t.me/wetter_aktuell' }, '2025-06-08T08:45:00+00:00'),
      post(4813, 'Tritt unserer Gruppe bei!', { site: 'Telegram', title: 'Europa kompakt – Diskussion', href: 'https://t.me/+AbCdEf123456' }, '2025-06-08T08:50:00+00:00'),
      post(4814, 'Der Bericht.', { site: 'tagesschau.de', title: 'Bahnstreik: Was Reisende jetzt wissen müssen', href: 'https://www.tagesschau.de/wirtschaft/bahnstreik-104.html' }, '2025-06-08T08:55:00+00:00'),
    ].join('')}</section></body></html>`;
    const result = parsePage(documentFromHtml(promoted, url), { url: new URL(url), now });
    expect(result.articles.map((a) => a.title)).toEqual(['Bahnstreik: Was Reisende jetzt wissen müssen']);
  });

  it("reads a photo's caption that leads with a bold headline and links one story elsewhere, and not one that links none", () => {
    const captioned = `<html><body><section class="tgme_channel_history">${[
      post(4810, '<b>Waldbrand zwingt 12.000 Menschen zur Flucht</b><br/><br/>Starke Winde trieben das Feuer über Nacht weiter.<br/><br/>🔗 <a href="https://www.tagesschau.de/ausland/waldbrand-102.html" target="_blank">Weiterlesen</a>', null, '2025-06-08T08:30:00+00:00'),
      post(4811, '<b>Unsere Umfrage zum Wochenende</b><br/>Stimmen Sie ab!', null, '2025-06-08T08:40:00+00:00'),
    ].join('')}</section></body></html>`;
    const result = parsePage(documentFromHtml(captioned, url), { url: new URL(url), now });
    expect(result.articles.map((a) => [a.title, a.source.name, a.url, a.publishedAt, a.snippet])).toEqual([
      ['Waldbrand zwingt 12.000 Menschen zur Flucht', 'tagesschau.de', 'https://www.tagesschau.de/ausland/waldbrand-102.html', '2025-06-08T08:30:00.000Z', 'Starke Winde trieben das Feuer über Nacht weiter.'],
    ]);
  });

  it('reads a caption whose bold headline follows a flag or another emoji, and not one that text opens', () => {
    const flagged = `<html><body><section class="tgme_channel_history">${[
      post(4815, '🇬🇭 <b>Ghana opens twin bridge over the Volta at Adomi</b><br/><br/>via MyJoyOnline: <a href="https://www.myjoyonline.com/adomi-twin-bridge-opens/">www.myjoyonline.com/adomi-twin-bridge-opens/</a>', null, '2025-06-08T08:58:00+00:00'),
      post(4816, 'Good morning: <b>Five things to watch</b> — <a href="https://www.myjoyonline.com/five-things/">www.myjoyonline.com/five-things/</a>', null, '2025-06-08T08:59:00+00:00'),
    ].join('')}</section></body></html>`;
    const result = parsePage(documentFromHtml(flagged, url), { url: new URL(url), now });
    expect(result.articles.map((a) => [a.title, a.url])).toEqual([['Ghana opens twin bridge over the Volta at Adomi', 'https://www.myjoyonline.com/adomi-twin-bridge-opens/']]);
  });
});
