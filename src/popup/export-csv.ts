import { actionForLocations, ACTION_LABEL } from '../core/action.ts';
import { csvCell, csvRow } from '../core/csv.ts';
import { FAMILY_MESSAGE, formatMessage, type Catalogue, type Finding, type MailboxLocation } from '../core/index.ts';
import { csvHeaderKeys, VERDICT_MESSAGE } from './export-keys.ts';
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

/** Finds each finding's line text, moving only forward through the text. */
function lineReader(text: string) {
  let cursor = 0;
  let lineFrom = 0;
  let lastLine = -1;
  let lastText = '';
  return (f: Finding): string => {
    if (f.line === lastLine) return lastText;
    lastLine = f.line;
    // Walk to the finding, remembering the last line break passed.
    const target = Math.min(f.start, text.length);
    if (target < cursor) {
      // Out of order (never from scan()): look back once, bounded by this line.
      lineFrom = Math.max(text.lastIndexOf('\n', target - 1), text.lastIndexOf('\r', target - 1)) + 1;
    } else {
      for (let i = cursor; i < target; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) lineFrom = i + 1;
      }
    }
    cursor = Math.max(cursor, target);
    let to = lineFrom;
    const stop = Math.min(text.length, lineFrom + LINE_TEXT_LIMIT);
    while (to < stop) {
      const c = text.charCodeAt(to);
      if (c === 10 || c === 13) break;
      to++;
    }
    lastText = text.slice(lineFrom, to).trim();
    return lastText;
  };
}

export function csvFromFindings(findings: readonly Finding[], text: string, catalogue: Catalogue, options: CsvOptions = {}): string {
  const locations = options.locations ?? (['online', 'onprem'] as const);
  const say = (key: string, params: Record<string, string> = {}) => formatMessage(catalogue, { key, params });
  const lineOf = lineReader(text);
  const out: string[] = [`\uFEFF${csvRow(csvHeaderKeys(locations).map((k) => say(k)))}`];
  for (const f of findings) {
    const action = actionForLocations(f, locations, options.thresholds);
    if (options.problemsOnly && action.kind === 'none') continue;
    const cells: (string | number)[] = [f.line, lineOf(f), f.text, f.version, say(FAMILY_MESSAGE[f.family]), f.user ?? ''];
    for (const l of locations) cells.push(say(VERDICT_MESSAGE[f.verdicts[l]]), formatMessage(catalogue, f.reasons[l]));
    cells.push(say(ACTION_LABEL[action.kind], { threshold: action.target ?? '' }), action.target ?? '');
    out.push(csvRow(cells));
  }
  // The BOM (first cell) makes Excel read UTF-8 (Cyrillic names) correctly.
  return out.join('');
}

/** "Who must update" as CSV: one row per user. */
export function csvFromUsers(users: readonly UserRow[], catalogue: Catalogue): string {
  const say = (key: string, params: Record<string, string> = {}) => formatMessage(catalogue, { key, params });
  const out = [`\uFEFF${csvRow(usersCsvHeaderKeys().map((k) => say(k)))}`];
  for (const u of users) {
    out.push(csvRow([u.user, u.version, say(FAMILY_MESSAGE[u.family]), say(VERDICT_MESSAGE[u.verdict]), formatMessage(catalogue, u.action.advice), u.action.target ?? '']));
  }
  return out.join('');
}

export { csvCell };
