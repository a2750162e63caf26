// --csv: one RFC 4180 row per finding, written as found. Verdicts and family
// are stable codes (filterable in any language); reasons are text in the
// chosen language; line_text is the whole source line, so the user name or
// device beside the build comes along into the spreadsheet. Every cell goes
// through core's csvCell (formula guard, quoting).
import { csvCell, csvRow } from '../core/csv.ts';
import type { ScanResult } from '../core/types.ts';
import { lineTexts, recordFormat } from './records.ts';
import type { ReportSink, SinkContext } from './sink.ts';

export const CSV_HEADER = ['line', 'version', 'family', 'online', 'onprem', 'reason_online', 'reason_onprem', 'text', 'line_text', 'user'];

export function csvSink(ctx: SinkContext): ReportSink {
  const { out, tr } = ctx;
  out.write(csvRow(CSV_HEADER));
  const records = recordFormat('csv', tr);
  return {
    slice(result: ScanResult, text: string, offset: number) {
      const lineText = lineTexts(text, offset);
      for (const f of result.findings) records.writeFinding(out, f, lineText(f));
    },
    async end() {
      // Every row is written already.
    },
  };
}

export { csvCell };
