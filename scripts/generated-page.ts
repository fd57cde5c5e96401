/** Generated aggregator pages for the benchmarks: the reference layout in three markups, any number of blocks. */
/** One generated aggregator page of `n` blocks: the reference layout, with the markup varied from block to block. */
export function generatedPage(n: number): string {
  const cards: string[] = [];
  for (let i = 0; i < n; i++) {
    const age = `${(i % 23) + 1} hours ago`;
    const title = `Generated story number ${i} about the reference layout`;
    cards.push(i % 3 === 0
      ? `<article class="c${i % 7}"><header><b>Source ${i % 17}</b> <span>${age}</span></header><p>- Source ${i % 17}</p><h3><a href="/news/${i}">${title}</a></h3><p>${'Teaser text for the story. '.repeat(6)}</p></article>`
      : i % 3 === 1
        ? `<div class="x${i % 5}"><a href="/news/${i}"><div><div>Source ${i % 17}</div><div>${age}</div></div><div>${title}</div><div>${'Teaser text. '.repeat(10)}</div></a></div>`
        : `<li><span>Source ${i % 17}</span> · <span>${age}</span><br><a href="/news/${i}">${title}</a><small>${'Teaser. '.repeat(12)}</small></li>`);
  }
  // Blocks in lists of 50, as aggregators page them.
  const sections: string[] = [];
  for (let i = 0; i < cards.length; i += 50) sections.push(`<section><h2>Section ${i / 50}</h2><div>${cards.slice(i, i + 50).join('')}</div></section>`);
  return `<!doctype html><html><head><title>Generated</title></head><body><h1>Generated page</h1>${sections.join('')}</body></html>`;
}
