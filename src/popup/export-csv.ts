import { FAMILY_MESSAGE, formatMessage, type Catalogue, type Finding, type Verdict } from '../core/index.ts';

// One CSV row per finding, for a spreadsheet or a ticket. Cells an
// application could read as a formula are neutralised (OWASP "CSV injection").

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const LINE_TEXT_LIMIT = 500;

/** One cell, safe against formula injection and quoted when needed. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const VERDICT_MESSAGE: Readonly<Record<Verdict, string>> = {
  eligible: 'verdict_eligible',
  'upgrade-required': 'verdict_upgrade_required',
  'not-supported': 'verdict_not_supported',
  unknown: 'verdict_unknown',
};

/** The message keys a CSV of these families and reasons needs, so a catalogue can be built for the worker. */
export const CSV_HEADER_KEYS = [
  'popup_csv_line',
  'popup_csv_line_text',
  'popup_csv_found',
  'popup_csv_version',
  'popup_csv_family',
  'popup_csv_online',
  'popup_csv_online_reason',
  'popup_csv_onprem',
  'popup_csv_onprem_reason',
] as const;

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
