import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { collapse, textOf } from '../../../core/text';
import { isMarkLike, textBeyond } from '../../../core/adapters/slashdot';
import { parsePage } from '../../../core/parse';

/** The test it stands for (slashdot.ts MARK_LIKE): one to 20 letters, with marks and white space around them only. */
const MARK_LIKE = /^[\p{M}\p{Cf}\s]*(?:\p{L}[\p{M}\p{Cf}\s]*){1,20}$/u;

describe('a text that may be part of a sponsor mark', () => {
  it('is told as the pattern tells it, an ASCII text by its characters', () => {
    const texts = [
      'Sponsored', '  Ad  ', '\n\t\t', '', 'Read More...', 'page 2', 'abcdefghijklmnopqrst', 'abcdefghijklmnopqrstu',
      'a b c d e f g h i j k l m n o p q r s t u', 'Anzeige\v', 'Publicité', 'x\u00a0y', '\u200eAd\u200e', '広告', 'ad\u0301',
      '@', '[x]', '`', '{', '~', 'Ad\x7f', '\x00Ad',
    ];
    for (const text of texts) expect(isMarkLike(text), JSON.stringify(text)).toBe(MARK_LIKE.test(text));
  });

  it('answers as the pattern on every single character and on ASCII mixes', () => {
    for (let c = 0; c < 0x3100; c++) {
      const text = String.fromCharCode(c);
      expect(isMarkLike(text), `U+${c.toString(16)}`).toBe(MARK_LIKE.test(text));
      expect(isMarkLike(`Ad ${text}`), `Ad U+${c.toString(16)}`).toBe(MARK_LIKE.test(`Ad ${text}`));
    }
  });
});

describe('the text a snippet is cut from', () => {
  const summary = 'Google is not letting a handset application that spies on text messages be sold. '.repeat(8);

  it('of text and inline elements, is a prefix of the whole text longer than the cut', () => {
    const doc = documentFromHtml(
      `<div id="x">\n\t\tdbune writes <i>"${summary}<a href="/a">spies   on</a>\n\t${summary}"</i></div>`,
      'https://slashdot.org/',
    );
    const el = doc.getElementById('x')!;
    const whole = textOf(el);
    const head = textBeyond(el, 300);
    expect(head.length).toBeGreaterThan(300);
    expect(head.length).toBeLessThan(whole.length);
    expect(whole.startsWith(head)).toBe(true);
  });

  it('is the whole text when it is short, or when a part is a block', () => {
    const doc = documentFromHtml(
      `<div id="short"> A <b>short</b>\n summary </div><div id="box"><div>${summary}</div><p>${summary}</p></div>`,
      'https://slashdot.org/',
    );
    expect(textBeyond(doc.getElementById('short')!, 300)).toBe('A short summary');
    const box = doc.getElementById('box')!;
    expect(textBeyond(box, 300)).toBe(textOf(box));
  });

  it('keeps white space cut in the middle of a run as one space, as collapsing the whole does', () => {
    const raw = `${'word '.repeat(70)}\n\n\t\t${'next '.repeat(70)}`;
    const doc = documentFromHtml(`<div id="x">${raw}</div>`, 'https://slashdot.org/');
    const head = textBeyond(doc.getElementById('x')!, 340);
    expect(collapse(raw).startsWith(head)).toBe(true);
    expect(head.length).toBeGreaterThan(340);
  });
});

describe('a paid firehose post', () => {
  const item = (id: number, title: string, byline: string, summary: string): string => `
<article id="firehose-${id}" data-fhid="${id}" data-fhtype="story" class="fhitem fhitem-story article">
  <header>
    <h2 class="story"><span id="title-${id}" class="story-title"><a href="//slashdot.org/story/21/11/08/${id}/story-${id}">${title}</a></span>
    <span class="slashpop"><a href="//slashdot.org/story/21/11/08/${id}/story-${id}#comments" class="comment-bubble">12</a></span></h2>
    <div class="details"><span class="story-byline">${byline} Posted by BeauHD <time datetime="on Monday November 08, 2021 @10:20AM">on Monday November 08, 2021 @10:20AM</time></span></div>
  </header>
  <div class="body"><div id="text-${id}" class="p">${summary}</div></div>
</article>`;
  const html = `<html><body><div id="firehoselist">
${item(1524217, 'Try the New Cloud Desktop Free for 30 Days', '<span class="badge">Sponsored</span>', 'A desktop in the cloud, in your browser, with nothing to install and every tool you need.')}
${item(1524218, 'Regulators Look Into Search Ad Auctions', '', 'Regulators asked how the auctions behind each <b>Ad</b> on the results page set their prices, and who profits.')}
</div></body></html>`;
  const url = 'https://slashdot.org/';
  const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2021-11-09T00:00:00Z') }).articles;

  it('is the one whose byline carries a sponsor mark; a mark word inside a summary is the story\'s text', () => {
    expect(articles.map((a) => [a.title, a.sponsored])).toEqual([
      ['Try the New Cloud Desktop Free for 30 Days', true],
      ['Regulators Look Into Search Ad Auctions', false],
    ]);
  });
});

describe("the firehose's pending submissions", () => {
  it('are stories too, read from their /submission/ links', () => {
    const item = (id: number, title: string) => `
<article id="firehose-${id}" data-fhid="${id}" data-fhtype="submission" class="fhitem fhitem-submission article">
  <header><h2 class="story"><span id="title-${id}" class="story-title"><a onclick="return toggle_fh_body_wrap_return(this);" href="//slashdot.org/submission/${id}/submission-${id}">${title}</a></span></h2>
    <ul class="comment-count"><li class="comment-bubble"><a href="//slashdot.org/submission/${id}/submission-${id}#comments">0</a></li></ul>
    <div class="details"><span class="story-byline">Submitted by reader on <time datetime="on Monday March 09, 2026 @10:20AM">on Monday March 09, 2026 @10:20AM</time></span></div></header>
  <div class="body"><div id="text-${id}" class="p">A reader writes about what changed and why it matters to the people who run such systems every day.</div></div>
</article>`;
    const story = `<article id="firehose-178402400" data-fhid="178402400" data-fhtype="story" class="fhitem fhitem-story article">
  <header><h2 class="story"><span id="title-178402400" class="story-title"><a href="//slashdot.org/story/26/03/10/1412345/grid-operators-brace-for-a-hot-summer">Grid Operators Brace For a Hot Summer</a></span></h2>
    <div class="details"><span class="story-byline">Posted by BeauHD on <time datetime="on Tuesday March 10, 2026 @02:20PM">on Tuesday March 10, 2026 @02:20PM</time></span></div></header>
  <div class="body"><div id="text-178402400" class="p">Operators across three states said they expect record demand in July and August this year.</div></div>
</article>`;
    const html = `<html><body><div id="firehoselist">${story}${item(17402311, 'Insurers Quietly Add Autonomous Agent Exclusions to Cyber Policies')}${item(17402312, 'Debian Votes on a New Default Init for Containers')}</div></body></html>`;
    const url = 'https://slashdot.org/recent';
    const articles = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2026-03-10T00:00:00Z') }).articles;
    expect(articles.map((a) => [a.title, a.url])).toEqual([
      ['Grid Operators Brace For a Hot Summer', 'https://slashdot.org/story/26/03/10/1412345/grid-operators-brace-for-a-hot-summer'],
      ['Insurers Quietly Add Autonomous Agent Exclusions to Cyber Policies', 'https://slashdot.org/submission/17402311/submission-17402311'],
      ['Debian Votes on a New Default Init for Containers', 'https://slashdot.org/submission/17402312/submission-17402312'],
    ]);
  });
});

describe('the front page before 2004, each story a title bar, its byline and its "Read More..." line side by side', () => {
  const story = (topic: string, title: string, posted: string, sid: string) => `<P>
<TABLE WIDTH="100%" BORDER="0" CELLPADDING="0" CELLSPACING="0" BGCOLOR="#666666"><TR><TD WIDTH="100%"><FONT SIZE="3" COLOR="#FFFFFF"><B>${topic ? `<A HREF="//apple.slashdot.org/"><FONT COLOR="#FFFFFF">${topic}</FONT></A>: ` : ''}${title}</B></FONT></TD></TR></TABLE>
<A HREF="//slashdot.org/search.pl?topic=179"><IMG SRC="//images.slashdot.org/topics/topicapple.gif" ALT="Apple"></A>
<B>Posted by <A HREF="http://pudge.net/">pudge</A> on ${posted}</B><BR>
<FONT SIZE="2"><B>from the check-your-bridge-chip dept.</B></FONT><BR>
<A HREF="//slashdot.org/~reader/">reader</A> writes <I>"A growing number of users report that their drives vanish after the upgrade."</I>
<P><B>(</B> <A HREF="//slashdot.org/article.pl?sid=${sid}&amp;mode=thread"><B>Read More...</B></A> | <B>87</B> of <B>341</B> comments <B>)</B></P>`;

  it('reads each story from its bar, its posting time (Eastern, standard time after the clocks went back) and its link', () => {
    const html = `<HTML><BODY><TABLE><TR><TD><FONT>${story('Apple', 'Panther Upgrade Trips Over Older FireWire Enclosures', 'Monday October 27, @11:09AM', '03/10/27/0938217')}${story('', 'SCO Expands Its Invoice List to Linux Desktop Users', 'Monday October 27, @10:32AM', '03/10/27/0812244')}</FONT></TD></TR></TABLE></BODY></HTML>`;
    const url = 'http://slashdot.org/';
    const result = parsePage(documentFromHtml(html, url), { url: new URL(url), now: new Date('2003-10-27T16:40:00Z') });
    expect(result.articles.map((a) => a.author)).toEqual(['pudge', 'pudge']);
    expect(result.articles.map((a) => [a.title, a.url, a.publishedAt])).toEqual([
      ['Panther Upgrade Trips Over Older FireWire Enclosures', 'http://slashdot.org/article.pl?sid=03/10/27/0938217&mode=thread', '2003-10-27T16:09:00.000Z'],
      ['SCO Expands Its Invoice List to Linux Desktop Users', 'http://slashdot.org/article.pl?sid=03/10/27/0812244&mode=thread', '2003-10-27T15:32:00.000Z'],
    ]);
  });
});
