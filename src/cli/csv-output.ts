import { csvCell } from '../core/csv.ts';
// --csv: one RFC 4180 row per finding. Verdicts and family are stable codes
// (filterable in any language); reasons are text in the chosen language;
// line_text is the whole source line, so the user name or device beside the
// build comes along into the spreadsheet.
import type { Finding, ScanResult } from '../core/index.ts';
import type { Translator } from './messages.ts';

const HEADER = ['line', 'version', 'family', 'online', 'onprem', 'reason_online', 'reason_onprem', 'text', 'line_text'];
/** Longest source line copied into a cell. */
export const LINE_TEXT_LIMIT = 1000;

/**
 * One CSV cell. A leading = + - @ tab or CR would make a spreadsheet run the
 * cell as a formula, so such cells get a leading quote; then RFC 4180 quoting.
 */

/** The source line around each finding; findings on one line share one lookup. */
function lineTexts(input: string): (f: Finding) => string {
  let lastLine = -1;
  let last = '';
  return (f) => {
    if (f.line !== lastLine) {
      let from = f.start;
      while (from > 0 && input[from - 1] !== '\n' && input[from - 1] !== '\r') from--;
      let to = f.end;
      while (to < input.length && input[to] !== '\n' && input[to] !== '\r') to++;
      const text = input.slice(from, to);
      last = text.length > LINE_TEXT_LIMIT ? `${text.slice(0, LINE_TEXT_LIMIT)}…` : text;
      lastLine = f.line;
    }
    return last;
  };
}

export function renderCsv(result: ScanResult, input: string, tr: Translator): string {
  const rows = [HEADER.join(',')];
  const lineText = lineTexts(input);
  for (const f of result.findings) {
    const cells = [f.line, f.version, f.family, f.verdicts.online, f.verdicts.onprem, tr.format(f.reasons.online), tr.format(f.reasons.onprem), f.text, lineText(f)];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

export { csvCell };
