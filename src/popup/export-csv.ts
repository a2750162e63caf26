import { csvCell } from '../core/csv.ts';
import { FAMILY_MESSAGE, formatMessage, type Catalogue, type Finding } from '../core/index.ts';
import { CSV_HEADER_KEYS, VERDICT_MESSAGE } from './export-keys.ts';

// One CSV row per finding, for a spreadsheet or a ticket. Cells an
// application could read as a formula are neutralised (OWASP "CSV injection").

const LINE_TEXT_LIMIT = 500;


/** The whole line a finding sits on (shortened), from the scanned text. */
function lineAround(text: string, f: Finding): string {
  const from = Math.max(text.lastIndexOf('\n', f.start - 1), text.lastIndexOf('\r', f.start - 1)) + 1;
  let to = f.end;
  while (to < text.length && to - from < LINE_TEXT_LIMIT) {
    const c = text.charCodeAt(to);
    if (c === 10 || c === 13) break;
    to++;
  }
  return text.slice(from, to).trim();
}

export function csvFromFindings(findings: readonly Finding[], text: string, catalogue: Catalogue): string {
  const say = (key: string, params: Record<string, string> = {}) => formatMessage(catalogue, { key, params });
  const out: string[] = [CSV_HEADER_KEYS.map((k) => csvCell(say(k))).join(',')];
  for (const f of findings) {
    out.push(
      [
        f.line,
        lineAround(text, f),
        f.text,
        f.version,
        say(FAMILY_MESSAGE[f.family]),
        say(VERDICT_MESSAGE[f.verdicts.online]),
        formatMessage(catalogue, f.reasons.online),
        say(VERDICT_MESSAGE[f.verdicts.onprem]),
        formatMessage(catalogue, f.reasons.onprem),
      ]
        .map(csvCell)
        .join(','),
    );
  }
  // The BOM makes Excel read UTF-8 (Cyrillic names) correctly.
  return `\uFEFF${out.join('\r\n')}\r\n`;
}

export { csvCell };
