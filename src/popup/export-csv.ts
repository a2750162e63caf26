import { actionForLocations, ACTION_LABEL } from '../core/action.ts';
import { csvCell, csvRow } from '../core/csv.ts';
import { FAMILY_MESSAGE, formatMessage, type Catalogue, type Finding, type MailboxLocation } from '../core/index.ts';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';
import type { MessageKey } from '../message-key.ts';
import { csvHeaderKeys } from './export-keys.ts';
import { usersCsvHeaderKeys } from './users-csv-keys.ts';
import type { UserRow } from './who-must-update.ts';

// One CSV row per finding, for a spreadsheet or a ticket. Cells an
// application could read as a formula are neutralised by csvCell.
// Linear in the text: each line's bounds are found once, walking forward
// (a 50 MB paste with one finding per line exports in about a second).

const LINE_TEXT_LIMIT = 500;

export interface CsvOptions {
  /** The locations whose columns the CSV has (the popup's mailbox choice). Default: both. */
  locations?: readonly MailboxLocation[];
  /** Leave out clients that need nothing. */
  problemsOnly?: boolean;
  thresholds?: Readonly<Record<MailboxLocation, string>>;
}

/**
 * Finds each finding's line text, moving only forward through the text: the
 * next LF and CR are found with indexOf and kept until passed (a lone-CR or
 * LF-only text never makes it search back or to the end again).
 */
function lineReader(text: string) {
  let pos = 0;
  let lineFrom = 0;
  let nextLf = -2;
  let nextCr = -2;
  let lastLine = -1;
  let lastText = '';
  /** The first line break at or after `pos`, or -1. */
  const nextBreak = (): number => {
    if (nextLf !== -1 && nextLf < pos) nextLf = text.indexOf('\n', pos);
    if (nextCr !== -1 && nextCr < pos) nextCr = text.indexOf('\r', pos);
    return nextLf === -1 ? nextCr : nextCr === -1 ? nextLf : Math.min(nextLf, nextCr);
  };
  return (f: Finding): string => {
    if (f.line === lastLine) return lastText;
    lastLine = f.line;
    const target = Math.min(f.start, text.length);
    if (target < pos) {
      // Out of order (never from scan()): start again from this line.
      lineFrom = Math.max(text.lastIndexOf('\n', target - 1), text.lastIndexOf('\r', target - 1)) + 1;
      pos = lineFrom;
      nextLf = nextCr = -2;
    }
    let end = nextBreak();
    while (end !== -1 && end < target) {
      lineFrom = pos = end + 1;
      end = nextBreak();
    }
    const to = Math.min(end === -1 ? text.length : end, lineFrom + LINE_TEXT_LIMIT);
    lastText = text.slice(lineFrom, to).trim();
    return lastText;
  };
}

export function csvFromFindings(findings: readonly Finding[], text: string, catalogue: Catalogue, options: CsvOptions = {}): string {
  const locations = options.locations ?? (['online', 'onprem'] as const);
  const say = (key: MessageKey, params: Record<string, string> = {}) => formatMessage(catalogue, { key, params });
  const lineOf = lineReader(text);
  const out: string[] = [`\uFEFF${csvRow(csvHeaderKeys(locations).map((k) => say(k)))}`];
  // A report has thousands of clients but few distinct builds: the judged
  // cells (client, results, reasons, action) are written once per build.
  const judged = new Map<string, string | null>();
  for (const f of findings) {
    const key = `${f.family}|${f.version}|${locations.map((l) => `${f.verdicts[l]}|${f.reasons[l].key}|${Object.values(f.reasons[l].params).join('\u0001')}`).join('|')}`;
    let tail = judged.get(key);
    if (tail === undefined) {
      const action = actionForLocations(f, locations, options.thresholds);
      if (options.problemsOnly && action.kind === 'none') tail = null;
      else {
        const cells: string[] = [];
        for (const l of locations) cells.push(say(VERDICT_MESSAGE[f.verdicts[l]]), formatMessage(catalogue, f.reasons[l]));
        cells.push(say(ACTION_LABEL[action.kind], { threshold: action.target ?? '' }), action.target ?? '');
        tail = csvRow(cells);
      }
      judged.set(key, tail);
    }
    if (tail === null) continue;
    out.push(`${[f.line, lineOf(f), f.text, f.version, say(FAMILY_MESSAGE[f.family]), f.user ?? ''].map(csvCell).join(',')},${tail}`);
  }
  // The BOM (first cell) makes Excel read UTF-8 (Cyrillic names) correctly.
  return out.join('');
}

/** "Who must update" as CSV: one row per user. */
export function csvFromUsers(users: readonly UserRow[], catalogue: Catalogue): string {
  const say = (key: MessageKey, params: Record<string, string> = {}) => formatMessage(catalogue, { key, params });
  const out = [`\uFEFF${csvRow(usersCsvHeaderKeys().map((k) => say(k)))}`];
  for (const u of users) {
    out.push(csvRow([u.user, u.version, say(FAMILY_MESSAGE[u.family]), say(VERDICT_MESSAGE[u.verdict]), formatMessage(catalogue, u.action.advice), u.action.target ?? '']));
  }
  return out.join('');
}

export { csvCell };
