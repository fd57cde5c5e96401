import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { knownStory, ledeOf, pressOfStory, thumbnailOf } from '../../../core/adapters/navernews-markup';
import { titleOf } from '../../../core/fields/title';
import { viewOf } from '../../../core/fields/view';
import { inParse } from '../../../core/memo';

const page = 'https://news.naver.com/main/main.naver?mode=LSD&mid=shm&sid1=100';
const now = new Date('2022-12-28T15:00:00Z');
const story = 'https://n.news.naver.com/mnews/article/025/0003249579?sid=100';
const LEDE = '노웅래 더불어민주당 의원에 대한 체포동의안이 민주당의 엄호 속에 28일 국회 본회의에서 부결됐다. 주호영 국민의힘 원내대표는 …';

/** knownStory of the first <li> of `html`, with the generic title rules' headline of the same block. */
function read(html: string) {
  return inParse(() => {
    const doc = documentFromHtml(`<body><ul>${html}</ul></body>`, page);
    const block = { element: doc.querySelector('li')!, section: null };
    const ctx = { url: new URL(page), now };
    const known = knownStory(block, ctx);
    const generic = titleOf(viewOf(block, ctx, ctx.url));
    const press = known && pressOfStory(known);
    const picture = known && thumbnailOf(known, ctx.url);
    return { known, snippet: known && ledeOf(known), press, picture, generic: generic && { title: generic.title, element: generic.element, url: generic.url } };
  });
}

describe('Naver story shapes read from the markup', () => {
  it('names the headline cluster item\'s headline link, as the generic title rules read it, and its lede', () => {
    const { known, snippet, press, generic } = read(
      `<li class="cluster_item"><div class="cluster_thumb"><a href="${story}" class="cluster_thumb_link"><img src="x.jpg" width="132" height="90"><strong class="r_ico">동영상기사</strong></a></div>` +
        `<div class="cluster_text"><a href="${story}" class="cluster_text_headline nclicks(cls_pol.clsart)">노웅래 체포안 부결에…주호영 "이재명에 대한 예행연습"</a>` +
        `<div class="cluster_text_lede">${LEDE}</div><div class="cluster_text_info"><div class="cluster_text_press">중앙일보</div></div></div></li>`,
    );
    expect(known?.headline).toEqual(generic);
    expect(snippet).toBe(LEDE);
    expect(press).toBe('중앙일보');
  });

  it('names the ranking box item\'s headline link and its publisher past the logo, and gives it no teaser', () => {
    const { known, snippet, press, generic } = read(
      `<li><a href="${story}" class="ranking_thumb"><img src="x.jpg" width="88" height="60"></a><div class="list_text_inner">` +
        `<a href="${story}" class="list_tit nclicks('rig.renws2')">[단독] '옷장 시신' 피의자 집에서 또 핏자국 묻은 여행 …</a>` +
        `<a class="list_press" href="/main/ranking/office.naver?officeId=437"><span class="list_press_thumb"><img src="l.png" width="16" height="16"></span>JTBC</a></div></li>`,
    );
    expect(known?.headline).toEqual(generic);
    expect(snippet).toBeNull();
    expect(press).toBe('JTBC');
  });

  it("takes the thumbnail's image for the story's picture, not the publisher's logo, and waits for a lazy one's address", () => {
    const ranking = read(
      `<li><a href="${story}" class="ranking_thumb"><img src="https://mimgnews.pstatic.net/image/origin/437/2022/12/28/326787.jpg?type=nf88_60" width="88" height="60"></a>` +
        `<a href="${story}" class="list_tit">[단독] '옷장 시신' 피의자 집에서 또 핏자국</a><a class="list_press" href="/main/ranking/office.naver?officeId=437"><span class="list_press_thumb"><img src="l.png" width="16" height="16"></span>JTBC</a></li>`,
    );
    expect(ranking.picture).toBe('https://mimgnews.pstatic.net/image/origin/437/2022/12/28/326787.jpg?type=nf88_60');
    const lazy = read(
      `<li class="cluster_item"><div class="cluster_thumb"><a href="${story}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/t.jpg"></a></div>` +
        `<a href="${story}" class="cluster_text_headline">노웅래 체포안 부결에 주호영 반응</a></li>`,
    );
    expect(lazy.picture).toBeNull();
    const waiting = read(`<li class="cluster_item"><div class="cluster_thumb"><a href="${story}"><img data-src="/t.jpg"></a></div><a href="${story}" class="cluster_text_headline">노웅래 체포안 부결에 주호영 반응</a></li>`);
    expect(waiting.picture).toBe('https://news.naver.com/t.jpg');
  });

  it('reads the publisher as its label writes it, a name that reads like a desk too', () => {
    const { press } = read(
      `<li><a href="${story}" class="list_tit">[단독] '옷장 시신' 피의자 집에서 또 핏자국 묻은 여행 …</a>` +
        `<a class="list_press" href="/main/ranking/office.naver?officeId=437">JTBC Newsroom</a></li>`,
    );
    expect(press).toBe('JTBC Newsroom');
  });

  it('names the one link of a bare list item, not a link with a label beside it', () => {
    const bare = read(`<li> <a href="${story}" class="nclicks(rig.secteco)" title="노웅래 체포동의안 부결 파장">노웅래 체포동의안 부결 파장…'방탄' 프레임 갇힌 민주당</a> </li>`);
    expect(bare.known?.headline).toEqual(bare.generic);
    expect(bare.press).toBeNull();
    expect(read(`<li><a href="${story}">노웅래 체포동의안 부결 파장…'방탄' 프레임 갇힌 민주당</a> 연합뉴스</li>`).known).toBeNull();
  });

  it('leaves other shapes, and headline links that hold elements, to the generic rules', () => {
    expect(read(`<li class="sa_item"><a href="${story}" class="sa_text_title"><strong>노웅래 체포동의안 부결</strong></a></li>`).known).toBeNull();
    expect(read(`<li><a href="${story}" class="list_tit"><strong>노웅래 체포동의안 부결</strong></a></li>`).known).toBeNull();
  });

  it('gives no teaser for a lede shorter than a snippet', () => {
    const { snippet } = read(`<li class="cluster_item"><a href="${story}" class="cluster_text_headline">노웅래 체포안 부결에 주호영 반응</a><div class="cluster_text_lede">짧은 요약</div></li>`);
    expect(snippet).toBeNull();
  });
});
