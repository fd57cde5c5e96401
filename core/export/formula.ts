/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell that begins with one of these is run as a formula by
 * Excel, LibreOffice or Google Sheets. Papa Parse's built-in pattern ends in `.*$`, which misses cells with a line break
 * after the first character; this one looks at the first character only.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** Prefixes a leading apostrophe, which makes the spreadsheet show the cell as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
