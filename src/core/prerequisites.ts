import { isAsciiWordAt } from './ascii-word.ts';
import { isBlank } from './blank.ts';
import type { Prerequisite } from './types.ts';

// Reads the server-side switches that decide offline IM before any client
// does, from pasted PowerShell Format-List output:
//   Get-CsImConfiguration  ->  EnableOfflineIM       : False  (off for everyone)
//   Get-CsClientPolicy     ->  EnableIMAutoArchiving : False  (that policy's senders cannot send)
// "Identity : Tag:Sales" names the record the following values belong to.
// The same switches in Format-Table form (`| ft Identity,EnableIMAutoArchiving`)
// are read by column: a header naming a switch, a line of dashes under each
// column, then one row per record until a blank line.

export interface PrerequisiteState {
  identity: string | undefined;
  /** A possible table header seen on the line before. */
  header?: string | undefined;
  /** The columns of the table being read. */
  columns?: Column[] | undefined;
  /** The columns of a CSV export being read (`Export-Csv`: "Identity","EnableOfflineIM"), and its separator. */
  csv?: { keys: string[]; separator: string } | undefined;
  /** A switch read as a property on the line before ("(Get-CsImConfiguration).EnableOfflineIM"): its value comes next. */
  pending?: string | undefined;
  /** A Markdown or wiki table under way: its header's cells (lower case, once its |---| line is seen) and the last row's. */
  markdown?: { header: string[] | undefined; last: string[] } | undefined;
}

interface Column {
  key: string;
  start: number;
}

export function emptyPrerequisiteState(): PrerequisiteState {
  return { identity: undefined, header: undefined, columns: undefined, csv: undefined, pending: undefined, markdown: undefined };
}

/** The two switches, lower case, as keys and as column names. */
const SWITCHES = ['enableofflineim', 'enableimautoarchiving'];
/** A CSV export's header, tested in place where a line's text starts: a switch's or Identity's name, perhaps quoted, then a separator. */
export const CSV_HEADER = /"?(?:identity|enableofflineim|enableimautoarchiving)"?\s*[,;]/iy;
/** Column names only, the first as `ft Identity,…` prints it. */
const HEADER = String.raw`(?:identity|enableofflineim|enableimautoarchiving)(?:[^\S\r\n]+[A-Za-z]+)+[^\S\r\n]*`;
/** A table header, tested in place where a line's text starts. */
export const TABLE_HEADER = new RegExp(String.raw`${HEADER}(?:[\r\n]|$)`, 'iy');
const HEADER_LINE = new RegExp(String.raw`^\s*${HEADER}$`, 'i');
const SWITCH_COLUMN = /(?:^|\s)(?:enableofflineim|enableimautoarchiving)(?:\s|$)/i;
const DASHES = /^[^\S\r\n]*-+(?:[^\S\r\n]+-+)*[^\S\r\n]*$/;

/** Whether the table reader wants this line (a row, or the dashes under a header). */
export function readsTableLine(state: PrerequisiteState): boolean {
  return state.columns !== undefined || state.header !== undefined || state.pending !== undefined || state.csv !== undefined || state.markdown !== undefined;
}

/** A row of a Markdown or wiki table: its first character (blanks aside) is "|". */
function isMarkdownRow(line: string): boolean {
  let i = 0;
  while (i < line.length && isBlank(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 124;
}

const MARKDOWN_RULE = /^:?-{3,}:?$/;
/** A switch's name as a word of a cell (lower case). */
const SWITCH_IN_CELL = /(?<![\w-])(enableofflineim|enableimautoarchiving)(?![\w-])/;
/** A settings table's column that holds the value as it is ("| Setting | Expected | Actual |"). */
const VALUE_COLUMN = /^(?:value|actual|current|now|wert|ist|ist-wert|istwert|aktuell|aktueller wert|valeur|actuel|valor|actual value|значение|факт\p{L}*|текущ\p{L}*|сейчас)$/iu;
/** A cell's value: True or False, perhaps with a remark ("False (default is True)"). */
const CELL_BOOLEAN = /^\$?(true|false)(?:\s*\([^()]*\))?$/i;

function cellBoolean(cell: string | undefined): boolean | undefined {
  const match = cell === undefined ? null : CELL_BOOLEAN.exec(cell);
  return match ? match[1]!.toLowerCase() === 'true' : undefined;
}

/**
 * A Markdown or wiki table's row: a header naming the switches as columns ("| Identity | EnableOfflineIM |"), or a
 * table of settings with the switch's name in the first cell and its value in a "Value" / "Actual" column, or in the
 * second of two cells without a header ("| EnableOfflineIM | False |"). Three cells without a header may compare
 * values (default, ours), and are not read.
 */
function readMarkdownRow(line: string, lineNo: number, state: PrerequisiteState): Prerequisite | undefined {
  // Confluence writes a header's bars double ("|| Identity || EnableOfflineIM ||").
  const cells = line.trim().replace(/\|\|/g, '|').replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
  const table = (state.markdown ??= { header: undefined, last: cells });
  if (cells.every((cell) => MARKDOWN_RULE.test(cell))) {
    table.header = table.last.map((cell) => cell.toLowerCase());
    return undefined;
  }
  table.last = cells;
  // A header without a rule line under it (Confluence's "|| Identity || EnableOfflineIM ||"): switch names and no value.
  if (table.header === undefined && cells.some((cell) => SWITCHES.includes(cell.toLowerCase())) && !cells.some((cell) => cellBoolean(cell) !== undefined)) {
    table.header = cells.map((cell) => cell.toLowerCase());
    return undefined;
  }
  const header = table.header;
  if (header !== undefined && cells.length !== header.length) return undefined;
  for (const key of SWITCHES) {
    const at = header?.indexOf(key) ?? -1;
    const flag = at < 0 ? undefined : cellBoolean(cells[at]);
    if (flag !== undefined) {
      const identity = header!.indexOf('identity');
      return record(key, flag, (identity < 0 ? undefined : cells[identity]?.slice(0, 200)) || state.identity || 'Global', lineNo);
    }
  }
  const name = cells[0]!.toLowerCase();
  const valueAt = header === undefined ? (cells.length === 2 ? 1 : -1) : header.findIndex((cell, i) => i > 0 && VALUE_COLUMN.test(cell));
  if (valueAt < 0) return undefined;
  if (name === 'identity') {
    state.identity = cells[valueAt]!.slice(0, 200) || undefined;
    return undefined;
  }
  // The switch's name alone, or in a check's wording ("Get-CsImConfiguration (Global) EnableOfflineIM").
  const key = SWITCH_IN_CELL.exec(name)?.[1];
  const flag = key === undefined ? undefined : cellBoolean(cells[valueAt]);
  const named = name === key ? undefined : INLINE_IDENTITY.exec(cells[0]!)?.[0];
  const identity = named === undefined ? (state.identity ?? 'Global') : /^global$/i.test(named) ? 'Global' : named;
  return flag === undefined ? undefined : record(key!, flag, identity, lineNo);
}

/**
 * Notes a switch read as a property, the line input[lineStart, lineEnd) ending
 * with its name after "." or a blank: "PS C:\> (Get-CsImConfiguration).EnableOfflineIM",
 * "… | Select-Object -ExpandProperty EnableIMAutoArchiving". PowerShell prints
 * the value alone on the next line.
 */
export function notePropertyRead(input: string, lineStart: number, lineEnd: number, state: PrerequisiteState): void {
  let end = lineEnd;
  while (end > lineStart && isBlank(input.charCodeAt(end - 1))) end--;
  for (const key of SWITCHES) {
    const start = end - key.length;
    if (start > lineStart && isAsciiWordAt(input, start, end, key) && (input.charCodeAt(start - 1) === 46 /* . */ || isBlank(input.charCodeAt(start - 1)))) {
      state.pending = key;
      return;
    }
  }
}

const KEY_LIMIT = 40;

function readBoolean(value: string): boolean | undefined {
  return booleanIn(value, 0, value.length);
}

/**
 * "True", "False", "$true" or "$false" in any case, blanks around, as
 * text[from, to); undefined for anything else. Read in place: this runs on
 * every switch line of a long paste.
 */
function booleanIn(text: string, from: number, to: number): boolean | undefined {
  let s = from;
  let e = to;
  while (s < e && isBlank(text.charCodeAt(s))) s++;
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--;
  if (text.charCodeAt(s) === 36 /* $ */) s++;
  if (isAsciiWordAt(text, s, e, 'true')) return true;
  if (isAsciiWordAt(text, s, e, 'false')) return false;
  return undefined;
}

function columnsOf(header: string, dashes: string): Column[] | undefined {
  const columns: Column[] = [];
  for (const match of dashes.matchAll(/-+/g)) {
    const start = match.index;
    const key = header.slice(start, start + match[0].length).trim().toLowerCase();
    if (!key || /\s/.test(key)) return undefined;
    columns.push({ key, start });
  }
  return columns.some((c) => SWITCHES.includes(c.key)) ? columns : undefined;
}

/** The cells of a CSV line, quotes and blanks trimmed (the switches' values hold no separator). */
function csvCells(line: string, separator: string): string[] {
  return line.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
}

/** A CSV export's header naming a switch column ("Identity","EnableOfflineIM"), as its keys, or undefined. */
function csvHeader(line: string): { keys: string[]; separator: string } | undefined {
  const separator = line.includes(',') ? ',' : line.includes(';') ? ';' : '';
  if (!separator) return undefined;
  const keys = csvCells(line, separator).map((cell) => cell.toLowerCase());
  return keys.every((key) => /^[a-z][a-z0-9]*$/.test(key)) && keys.some((key) => SWITCHES.includes(key)) ? { keys, separator } : undefined;
}

function readCsvRow(line: string, lineNo: number, state: PrerequisiteState, csv: { keys: string[]; separator: string }): Prerequisite | undefined {
  const cells = csvCells(line, csv.separator);
  if (line.trim() === '' || cells.length !== csv.keys.length) {
    state.csv = undefined;
    return undefined;
  }
  const identity = cells[csv.keys.indexOf('identity')]?.slice(0, 200) || 'Global';
  for (const key of SWITCHES) {
    const at = csv.keys.indexOf(key);
    const flag = at < 0 ? undefined : readBoolean(cells[at]!);
    if (flag !== undefined) return record(key, flag, identity, lineNo);
  }
  return undefined;
}

function readRow(line: string, lineNo: number, state: PrerequisiteState, columns: Column[]): Prerequisite | undefined {
  if (line.trim() === '') {
    state.columns = undefined;
    return undefined;
  }
  const cells = new Map<string, string>();
  columns.forEach((c, i) => cells.set(c.key, line.slice(c.start, columns[i + 1]?.start ?? line.length).trim()));
  const identity = cells.get('identity')?.slice(0, 200) || 'Global';
  for (const key of SWITCHES) {
    const flag = readBoolean(cells.get(key) ?? '');
    if (flag !== undefined) return record(key, flag, identity, lineNo);
  }
  return undefined;
}

export function readPrerequisite(line: string, lineNo: number, state: PrerequisiteState): Prerequisite | undefined {
  if (isMarkdownRow(line)) return readMarkdownRow(line, lineNo, state);
  // Any other line ends a Markdown table.
  state.markdown = undefined;
  if (state.pending !== undefined) {
    const key = state.pending;
    state.pending = undefined;
    const flag = readBoolean(line);
    if (flag !== undefined) return record(key, flag, state.identity ?? 'Global', lineNo);
    // PowerShell may print a blank line before the value.
    if (line.trim() === '') {
      state.pending = key;
      return undefined;
    }
  }
  if (state.columns) return readRow(line, lineNo, state, state.columns);
  if (state.csv) {
    const row = readCsvRow(line, lineNo, state, state.csv);
    if (row || state.csv) return row;
    // Not a row of that export: read the line as it is.
  }
  if (state.header !== undefined) {
    const header = state.header;
    state.header = undefined;
    if (DASHES.test(line)) {
      state.columns = columnsOf(header, line);
      return undefined;
    }
    // Not a table after all: read the line as it is.
  }
  const colon = line.indexOf(':');
  const csv = colon < 0 ? csvHeader(line) : undefined;
  if (csv) {
    state.csv = csv;
    return undefined;
  }
  if (colon < 0) {
    // Column names only: perhaps a table's header, if dashes follow.
    if (HEADER_LINE.test(line) && SWITCH_COLUMN.test(line)) state.header = line;
    return undefined;
  }
  if (colon > KEY_LIMIT) return undefined;
  // The key, blanks trimmed, compared in place.
  let ks = 0;
  let ke = colon;
  while (ks < ke && isBlank(line.charCodeAt(ks))) ks++;
  while (ke > ks && isBlank(line.charCodeAt(ke - 1))) ke--;
  if (isAsciiWordAt(line, ks, ke, 'identity')) {
    state.identity = line.slice(colon + 1).trim().slice(0, 200) || undefined;
    return undefined;
  }
  const key = SWITCHES.find((name) => isAsciiWordAt(line, ks, ke, name));
  if (key === undefined) return undefined;
  const flag = booleanIn(line, colon + 1, line.length);
  if (flag === undefined) return undefined;
  return record(key, flag, state.identity ?? 'Global', lineNo);
}

/** A switch's name anywhere on a line, as the scanner looks for it (lastIndex set by the caller). */
export const SWITCH_NAME = /enableofflineim|enableimautoarchiving/gi;

/**
 * A switch written inside a line rather than as Format-List prints it:
 * "Identity : Global ; EnableOfflineIM : False", "EnableOfflineIM : False (Global)",
 * "Global: EnableOfflineIM=False.", "EnableOfflineIM is set to False",
 * `<property name="EnableOfflineIM">false</property>`. Not a command's parameter ("-EnableOfflineIM $False").
 */
const INLINE_SWITCH = /(?<![-\w$])(enableofflineim|enableimautoarchiving)["'\]]?(?:\s*>\s*|\s*[:=]\s*|\s+(?:(?:is|ist|est|es|steht|now|jetzt|set|to|auf|sur|à|en|на|в|установлен\p{L}*|bei|uns|hier|here|currently|still|noch|derzeit|aktuell|у|нас|сейчас|chez|nous)\s+){0,4}|=\s*|:\s*)["']?\$?(true|false)(?![\w-])/giu;
/**
 * What makes a line a command, a check to make, a condition, a default or a past value rather than the switch as it
 * is: "Set-CsImConfiguration …", "make sure EnableOfflineIM is True", "if … AND …", "False by default", "… was the old value".
 */
const NOT_A_READING = /(?<![\p{L}\d_-])(?:set-cs\w*|make sure|ensure|confirm|verify|should|must|needs?|if|when|was|were|old|previous(?:ly)?|before|expected|desired|default|defaults|по умолчанию|standardmäßig|par défaut|por defecto|whether|ob|prüfen|prüfe|scheduled|planned|will|geplant|запланирован\p{L}*|убедитесь|проверьте|должн\p{L}*|было|был|раньше|если|ли|had|until|bis|hatten|jusqu'à|hasta|до вчера)(?![\p{L}\d_])|[<>]=|=>|->\s*\$?(?:true|false)/iu;
/** Logic in a rule or a query: "… AND EnableOfflineIM = $True", upper case only ("and" in prose is no condition). */
const LOGIC = /(?<![\w$])(?:AND|OR)(?!\w)/;
/** The configuration a line names: "(Global)", "Identity : Tag:Sales", "Site:Redmond". */
const INLINE_IDENTITY = /\b(?:(?:tag|site|service):[\w-]+(?:[.:][\w-]+)*|global)\b/i;

/**
 * A Set- command the line says was run: at a PowerShell prompt (a transcript) or after "ran", "executed"
 * ("PS C:\> Set-CsImConfiguration -Identity Global -EnableOfflineIM $False", "We ran Set-CsClientPolicy … last week").
 * Its parameter is then the switch as it is. A command alone may be a proposal, and is not read.
 */
const SET_RUN = /^\s*PS [^>\r\n]{0,260}>\s*set-cs(?:imconfiguration|clientpolicy)\b|(?<![\p{L}])(?:ran|executed|applied|выполнил[аи]?|применил[аи]?)\s+set-cs(?:imconfiguration|clientpolicy)\b|set-cs(?:imconfiguration|clientpolicy)\b.*(?<![\p{L}])(?:ausgeführt|angewendet|выполнен\p{L}*|exécutée?)(?![\p{L}])/iu;
/** A question or a "do not" about the command: a proposal, not a run ("Should we run …?", "Do NOT run …"). */
const SET_PROPOSED = /\?|(?<![\p{L}])(?:do not|don't|never|should|shall|could|nicht|не)(?![\p{L}])/iu;
const SET_PARAMETER = /(?<![\w])-(enableofflineim|enableimautoarchiving)\s*:?\s*\$(true|false)\b/i;
const SET_IDENTITY = /(?<![\w])-identity\s+["']?((?:tag|site|service):[\w.:-]+|global)/i;

function readSetCommand(line: string, lineNo: number): Prerequisite | undefined {
  if (!SET_RUN.test(line) || SET_PROPOSED.test(line)) return undefined;
  const match = SET_PARAMETER.exec(line);
  if (!match) return undefined;
  const identity = SET_IDENTITY.exec(line)?.[1];
  return record(match[1]!.toLowerCase(), match[2]!.toLowerCase() === 'true', identity === undefined || /^global$/i.test(identity) ? 'Global' : identity, lineNo);
}

/** A verb right before the switch's name that asks for a change: "set EnableOfflineIM to False", "turn … off". */
const IMPERATIVE_BEFORE = /(?:^|[\s:(])(?:set|change|turn|switch|setze|mettre|установите|поставьте)\s+$/i;

/**
 * A clause's ends: a full stop, semicolon, "!" or "?" before a blank, a dash between blanks, a bar, a comma (not one
 * before "that", «что», "ob": the clause after it belongs to the one before), a parenthesis.
 */
const CLAUSE_END = /[.;!?](?:\s|$)|\s[—–-]\s|[|;]|,\s(?!(?:что|чтобы|that|dass|que|ob|whether|if|если)\s)|\s\(/giu;

/** line[from, to) with the rest of its clause on both sides. */
function clauseAround(line: string, from: number, to: number): string {
  let start = 0;
  let end = line.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(line); m; m = CLAUSE_END.exec(line)) {
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return line.slice(start, end);
}

/** The switch a line states inside its text, if it states one as it is (see INLINE_SWITCH and NOT_A_READING). */
export function readInlineSwitch(line: string, lineNo: number, state: PrerequisiteState): Prerequisite | undefined {
  if (line.length > 1000) return undefined;
  const set = readSetCommand(line, lineNo);
  if (set) return set;
  INLINE_SWITCH.lastIndex = 0;
  const match = INLINE_SWITCH.exec(line);
  if (!match) return undefined;
  // Only the switch's own clause speaks of it: "EnableOfflineIM : False — if you need it, run Set-CsImConfiguration …".
  const clause = clauseAround(line, match.index, match.index + match[0].length);
  if (NOT_A_READING.test(clause) || LOGIC.test(clause) || IMPERATIVE_BEFORE.test(line.slice(Math.max(0, match.index - 16), match.index))) return undefined;
  const identity = INLINE_IDENTITY.exec(line)?.[0] ?? state.identity ?? 'Global';
  return record(match[1]!.toLowerCase(), match[2]!.toLowerCase() === 'true', /^global$/i.test(identity) ? 'Global' : identity, lineNo);
}

function record(key: string, flag: boolean, identity: string, lineNo: number): Prerequisite {
  if (key === 'enableofflineim') {
    return {
      line: lineNo,
      kind: 'offline-im-switch',
      identity,
      value: flag,
      blocking: !flag,
      message: { key: flag ? 'prereq_offline_im_on' : 'prereq_offline_im_off', params: { identity } },
    };
  }
  return {
    line: lineNo,
    kind: 'im-auto-archiving',
    identity,
    value: flag,
    blocking: !flag,
    message: { key: flag ? 'prereq_auto_archiving_on' : 'prereq_auto_archiving_off', params: { identity } },
  };
}
