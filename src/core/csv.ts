// The one CSV cell writer, for the CLI's and the popup's exports.
// Spreadsheets run a cell as a formula when it starts with = + - @ (or a
// full-width ＝ ＋ － ＠), also after leading white space or control
// characters, and treat a leading tab or CR the same way. Such cells get a
// leading apostrophe (OWASP's advice), so Excel shows the text and runs nothing.

/** A cell that a spreadsheet could read as a formula, after any leading blanks or controls. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this looks for
const FORMULA_START = /^[\s\u0000-\u001f\u007f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\u000b\u000c\u001b]/u;
const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(cells: readonly (string | number)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
