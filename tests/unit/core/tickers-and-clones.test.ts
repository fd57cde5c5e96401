import { describe, expect, it } from 'vitest';
import { documentFromHtml } from '../../../cli/dom';
import { parsePage } from '../../../core/parse';

const url = 'https://huamkhao.example/';
const now = new Date('2025-06-08T18:00:00Z');

function parse(html: string) {
  return parsePage(documentFromHtml(html, url), { url: new URL(url), now }).articles;
}

/** Three timed stories of a list, so that the page reads as a list of stories. */
const timed = [1, 2, 3]
  .map((i) => `<div class="item"><span class="src">Outlet ${i}</span> <span>${i} hours ago</span><h3><a href="https://outlet${i}.example/news/2025/06/08/story-${i}">Timed story number ${i} about the city budget</a></h3></div>`)
  .join('');

describe("a ticker's run of items in one element", () => {
  it('reads each link with the outlet in brackets after it, up to the bullet before the next ("<a>…</a> <small>(ຂປລ)</small> ●")', () => {
    const items = [
      ['https://kpl.example/detail.aspx?id=91902', 'ລາຄານ້ຳມັນເຊື້ອໄຟ ປັບຂຶ້ນ 450 ກີບຕໍ່ລິດ', 'ຂປລ'],
      ['https://vientianemai.example/news/2025/06/08/88431', 'ນະຄອນຫຼວງ ແຈ້ງປິດເສັ້ນທາງຂ້າງຕະຫຼາດເຊົ້າ ຊົ່ວຄາວ 3 ວັນ', 'ວຽງຈັນໃໝ່'],
      ['https://pasaxon.example/content/2025/06/08/51377', 'ທະນາຄານແຫ່ງ ສປປ ລາວ ຮັກສາອັດຕາດອກເບ້ຍ', 'ປະຊາຊົນ'],
    ];
    const ticker = `<marquee>${items.map(([href, title, outlet]) => `<a href="${href}">${title}</a> <small>(${outlet})</small>`).join('&nbsp;&nbsp;&#9679;&nbsp;&nbsp;')}</marquee>`;
    const articles = parse(`<html lang="lo"><body><header>${ticker}</header><main>${timed}</main></body></html>`);
    expect(articles.slice(0, 3).map((a) => [a.title, a.source.name])).toEqual(items.map(([, title, outlet]) => [title, outlet]));
  });

  it('reads the outlet after a timed item\'s link in a ticker ("<b>17:32</b> <a>…</a> (ΑΠΕ) •")', () => {
    const ticker = `<marquee>${[1, 2, 3].map((i) => `<b>17:3${i}</b> <a href="article.asp?id=1049${i}">Ticker story number ${i} about the port strike</a> (ΑΠΕ)`).join(' &nbsp;&#8226;&nbsp; ')}</marquee>`;
    const articles = parse(`<html><body><header>${ticker}</header><main>${timed}</main></body></html>`);
    expect(articles.filter((a) => a.title.startsWith('Ticker')).map((a) => a.source.name)).toEqual(['ΑΠΕ', 'ΑΠΕ', 'ΑΠΕ']);
  });
});

describe("a carousel's clones of its slides", () => {
  it("counts each slide once when the library marks its copies by class (Owl Carousel's '.owl-item.cloned')", () => {
    const slide = (i: number, cls: string) =>
      `<div class="${cls}"><div class="item"><h2><a href="https://outlet${i}.example/news/slide-${i}">Slide story number ${i} about the river crossing</a></h2><p><span class="src">Outlet ${i}</span> · <span>${i} hours ago</span></p></div></div>`;
    const carousel = `<div class="owl-stage">${slide(3, 'owl-item cloned')}${slide(1, 'owl-item active')}${slide(2, 'owl-item')}${slide(3, 'owl-item')}${slide(1, 'owl-item cloned')}</div>`;
    expect(parse(`<html><body><main>${carousel}</main></body></html>`).map((a) => a.title)).toEqual([
      'Slide story number 1 about the river crossing', 'Slide story number 2 about the river crossing', 'Slide story number 3 about the river crossing',
    ]);
  });
});
