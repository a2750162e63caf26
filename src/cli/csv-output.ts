// --csv: one RFC 4180 row per finding, written as found. Verdicts and family
// are stable codes (filterable in any language); reasons are text in the
// chosen language; line_text is the whole source line, so the user name or
// device beside the build comes along into the spreadsheet. Every cell goes
// through core's csvCell (formula guard, quoting).
import { csvCell, csvRow } from '../core/csv.ts';
import type { Finding, ScanResult } from '../core/types.ts';
import type { ReportSink, SinkContext } from './sink.ts';

const HEADER = ['line', 'version', 'family', 'online', 'onprem', 'reason_online', 'reason_onprem', 'text', 'line_text', 'user'];
/** Longest source line copied into a cell. */
export const LINE_TEXT_LIMIT = 1000;

/** The source line around each finding in `text` (which starts at `base`); findings on one line share one lookup. */
function lineTexts(text: string, base: number): (f: Finding) => string {
  let lastLine = -1;
  let last = '';
  return (f) => {
    if (f.line !== lastLine) {
      let from = f.start - base;
      while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
      let to = f.end - base;
      while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
      const line = to - from > LINE_TEXT_LIMIT ? `${text.slice(from, from + LINE_TEXT_LIMIT)}…` : text.slice(from, to);
      last = line;
      lastLine = f.line;
    }
    return last;
  };
}

export function csvSink(ctx: SinkContext): ReportSink {
  const { out, tr } = ctx;
  out.write(csvRow(HEADER));
  // The verdict and reason cells are the same for every finding of one judgement.
  const cells = new WeakMap<object, string>();
  return {
    slice(result: ScanResult, text: string, offset: number) {
      const lineText = lineTexts(text, offset);
      for (const f of result.findings) {
        let verdicts = cells.get(f.reasons);
        if (verdicts === undefined) {
          verdicts = [f.verdicts.online, f.verdicts.onprem, tr.format(f.reasons.online), tr.format(f.reasons.onprem)].map(csvCell).join(',');
          cells.set(f.reasons, verdicts);
        }
        out.write(`${f.line},${csvCell(f.version)},${csvCell(f.family)},${verdicts},${csvCell(f.text)},${csvCell(lineText(f))},${csvCell(f.user ?? '')}\r\n`);
      }
    },
    async end() {
      // Every row is written already.
    },
  };
}

export { csvCell };
