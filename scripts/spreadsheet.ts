/** A CSV laid out as a spreadsheet lays it out (lettered columns, numbered rows, grid), for the README's screenshot. */
import Papa from 'papaparse';

const escape = (text: string): string => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const letter = (i: number): string => (i < 26 ? '' : letter(Math.floor(i / 26) - 1)) + String.fromCharCode(65 + (i % 26));

export function spreadsheetHtml(csv: string, title: string): string {
  const rows = Papa.parse<string[]>(csv.replace(/^\ufeff/, '').trim()).data;
  const width = Math.max(...rows.map((r) => r.length));
  const head = `<tr><th></th>${Array.from({ length: width }, (_, i) => `<th>${letter(i)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row, r) => `<tr${r === 0 ? ' class="header"' : ''}><th>${r + 1}</th>${row.map((cell) => `<td title="${escape(cell)}">${escape(cell)}</td>`).join('')}</tr>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>${escape(title)}</title>
<style>
  body { margin: 0; font: 12px/1.3 system-ui, sans-serif; background: #fff; color: #1f1f1f; }
  .bar { padding: 6px 10px; background: #f1f3f4; border-bottom: 1px solid #c7c7c7; font-weight: 600; }
  table { border-collapse: collapse; table-layout: fixed; }
  th, td { border: 1px solid #d9d9d9; padding: 2px 6px; height: 20px; max-width: 220px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  th { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; min-width: 28px; }
  tr.header td { font-weight: 600; background: #e8f0fe; }
  td { min-width: 60px; }
</style>
<div class="bar">${escape(title)}</div><table>${head}${body}</table>`;
}
