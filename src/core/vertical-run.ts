import type { Mention } from './evidence.ts';
import { isPlanCell } from './headings.ts';
import { mentionsIn } from './mentions.ts';
import { STATE_KEY_WORDS, stateSaysNotThere } from './state-clause.ts';

// A grid copied from a web portal one cell per line (docs/evidence.md, "A grid copied one cell per line"): the
// column labels first, one per line ("Device", "Product", "Installed version", "Target version"), then each row's
// cells in the same order. A build alone on its line there belongs to the column at its position, so the label says
// whether it is installed, a target, or another product's; and the product named in an earlier cell of its row says
// whose build it is ("Microsoft Word 2016" / "16.0.x"). Read from the lines since the last blank line only, and only
// in a run's first MAX_RUN_LINES lines: a copy of a few dozen rows, not a log.

/** Labels a grid's header holds at most. */
const MAX_LABELS = 12;
/** Lines of a run read at most (a title, the header and some 30 rows of a wide grid). */
export const MAX_RUN_LINES = 400;
/** A column label's length at most. */
const LABEL_LIMIT = 48;
/** Characters of a line kept to read it (a label, a title or a product's cell is shorter). */
const CELL_LIMIT = 80;
/** A part's first lines kept for the state above it to be read on (a title, the labels, the first cell). */
const LEAD = MAX_LABELS + 2;

/** The words of a column of builds ("Installed version", "Zielversion", «Версия», "Windows build", "Available update"). */
const VERSION_LABEL = /version|versi[oóã]|верси|сборк|збірк|wersj|build|verzi|sürüm|バージョン|ビルド|版本|버전|빌드|update|upgrade|aktualis|actualiza|mise à jour|aggiorn|aktualiz|обновлени|оновлен|release|patch/i;
/** Words of a label beside a product's name ("Outlook version", "Skype for Business (installed)"): the product names a column. */
const LABEL_WORD = /version|versi[oóã]|верси|сборк|wersj|build|verzi|sürüm|bitness|name|count|date|status|channel|installed|target|required|minimum|latest|available|\(/i;
/** Mentions of a product: a line that names one alone is a cell's value ("Skype for Business"), not a label. */
const PRODUCT_KINDS: ReadonlySet<string> = new Set(['client', 'web', 'mac', 'mobile', 'other', 'windows', 'app', 'suite']);
/** A cell separator, a digit or a colon at the end: a row or a label with its value, not a grid's label. */
const NOT_A_LABEL = /[,;\t|@\\\d]|[:：]\s*$/;
/** A grid's title over its labels: a product's report ("Skype for Business - version compliance", "Skype for Business"). */
const TITLE_BREAK = /\s[-–—]\s|[:：]/;
/** A dotted number of three parts or more: a build cell, which names no product. */
const DOTTED = /\d+(?:\.\d+){2,}/;

/**
 * The grid's state: its lines so far (a title's included), whether its first line is a title, its header's labels,
 * its columns (0 still reading the header, -1 no grid) and the product named in the row under way so far.
 */
export interface VerticalState {
  lines: number;
  title: boolean;
  labels: string[];
  columns: number;
  product: string | undefined;
}

/**
 * What a part of a text did to the state, whatever it was before: whether it held a blank line (`state` is then the
 * state after its last one); else its number of lines, its first LEAD lines and its last MAX_LABELS lines (the row
 * under way at its end stands among them), all of them when they are that few.
 */
export interface VerticalChange {
  blank: boolean;
  state: VerticalState;
  lines: number;
  lead: string[];
  tail: string[];
}

const fresh = (): VerticalState => ({ lines: 0, title: false, labels: [], columns: 0, product: undefined });
/** Past MAX_RUN_LINES, the run is no grid any more. */
const over = (): VerticalState => ({ lines: MAX_RUN_LINES, title: false, labels: [], columns: -1, product: undefined });
const copy = (s: VerticalState): VerticalState => ({ lines: s.lines, title: s.title, labels: [...s.labels], columns: s.columns, product: s.product });

export const NO_VERTICAL: VerticalState = fresh();

/** Whether a line (trimmed) can be a column's label: short, no digits, no cells, not a product named alone. */
function isLabel(text: string): boolean {
  if (text.length === 0 || text.length > LABEL_LIMIT || NOT_A_LABEL.test(text)) return false;
  // "Skype for Business", "Exchange Online", "Lync 2013" alone are a product cell's value; "Outlook version" is a label.
  if (LABEL_WORD.test(text)) return !namesProduct(text) || !TITLE_BREAK.test(text);
  // So is a mailbox location ("Exchange Online", "Exchange on-premises"): a requirement's row names it.
  return !mentionsIn(text, 0, text.length).some((m) => PRODUCT_KINDS.has(m.kind) || m.kind === 'neutral');
}

function namesProduct(text: string): boolean {
  return mentionsIn(text, 0, text.length).some((m) => PRODUCT_KINDS.has(m.kind));
}

/** The state after one more non-blank line (trimmed, at most CELL_LIMIT characters), changed in place. */
function step(state: VerticalState, text: string): void {
  if (state.lines >= MAX_RUN_LINES) return;
  if (state.columns === 0) {
    if (state.lines === 0 && !NOT_A_LABEL.test(text.replace(/[:：]\s*$/, '')) && namesProduct(text) && (!isLabel(text) || TITLE_BREAK.test(text))) state.title = true;
    else if (state.labels.length < MAX_LABELS && isLabel(text)) state.labels.push(text);
    // The first line that is no label opens the first row: the labels above it are the columns, if a grid's.
    else if (state.labels.length >= 2 && state.labels.some((l) => VERSION_LABEL.test(l))) state.columns = state.labels.length;
    else {
      state.columns = -1;
      state.title = false;
      state.labels = [];
    }
  }
  if (state.columns >= 2) {
    const cell = state.lines - (state.title ? 1 : 0) - state.columns;
    if (cell >= 0) {
      if (cell % state.columns === 0) state.product = undefined;
      if (!DOTTED.test(text) && namesProduct(text)) state.product = text;
    }
  }
  if (++state.lines >= MAX_RUN_LINES) Object.assign(state, over());
}

/** The state after a part that made `change`, when `before` was the state at its start. */
export function afterVertical(before: VerticalState, change: VerticalChange): VerticalState {
  if (change.blank) return copy(change.state);
  const state = copy(before);
  for (const text of change.lead) step(state, text);
  if (change.tail.length > 0) {
    // The lines between: only counted (the header was read in the lead, the row under way is in the tail).
    state.lines = Math.min(MAX_RUN_LINES, before.lines + change.lines - change.tail.length);
    if (state.lines >= MAX_RUN_LINES) return over();
    for (const text of change.tail) step(state, text);
  }
  return state;
}

/** The grid under way, line by line (scan.ts calls line() at every line's end, a blank one included). */
export class VerticalRun {
  private state: VerticalState = fresh();
  /** The part began with a state not known (a worker's part): until its first blank line, lines are only kept. */
  private unknown = false;
  private blankSeen = false;
  /** The part's lines before its first blank line: how many, the first LEAD, and a ring of the last MAX_LABELS. */
  private partLines = 0;
  private lead: string[] = [];
  private tail: (string | undefined)[] = [];
  private tailStarts: number[] = [];
  private tailEnds: number[] = [];
  /** A column was asked for before the state at the part's start was known: the part's answers may depend on it. */
  dependedOnStart = false;

  static from(state: VerticalState | undefined): VerticalRun {
    const run = new VerticalRun();
    if (state === undefined) run.unknown = true;
    else run.state = copy(state);
    return run;
  }

  /** The line ending at `to` ended; `first` is its first non-blank character (`to` for a blank line). */
  line(input: string, first: number, to: number): void {
    if (first === to) {
      this.blankSeen = true;
      this.unknown = false;
      if (this.state.lines !== 0 || this.state.columns !== 0) this.state = fresh();
      return;
    }
    if (!this.blankSeen) {
      // Kept by place: read only at the end of the slice (sliceEnd), so that a log without blank lines costs no copies.
      const k = this.partLines % MAX_LABELS;
      this.tail[k] = undefined;
      this.tailStarts[k] = first;
      this.tailEnds[k] = Math.min(to, first + CELL_LIMIT);
      this.partLines++;
      if (this.lead.length < LEAD) this.lead.push(cellText(input, first, to));
    }
    if (this.unknown) return;
    const s = this.state;
    if (s.lines >= MAX_RUN_LINES) return;
    // Only a header under way or a grid's rows need the line's words.
    if (s.columns === 0 || s.columns >= 2) step(s, !this.blankSeen && this.partLines <= LEAD ? this.lead[this.partLines - 1]! : cellText(input, first, to));
    else if (++s.lines >= MAX_RUN_LINES) this.state = over();
  }

  /** The slice ends: the lines kept by place are read while the input is there. */
  sliceEnd(input: string): void {
    if (this.blankSeen) return;
    for (let k = 0; k < this.tailStarts.length; k++) this.tail[k] ??= trimEnd(input.slice(this.tailStarts[k], this.tailEnds[k]));
  }

  /** The label of the column the line under way stands in, when it is a grid's row line; undefined for none. */
  column(): string | undefined {
    if (this.unknown) {
      if (this.partLines < MAX_RUN_LINES) this.dependedOnStart = true;
      return undefined;
    }
    const { lines, title, labels, columns } = this.state;
    const cell = lines - (title ? 1 : 0) - columns;
    return columns >= 2 && cell >= 0 ? labels[cell % columns] : undefined;
  }

  /** The product named in an earlier cell of the row under way ("Microsoft Word 2016"), when column() gives a label. */
  rowProduct(): string | undefined {
    return this.unknown ? undefined : this.state.product;
  }

  /** What this part did to the state (see VerticalChange). */
  change(): VerticalChange {
    const n = this.partLines;
    if (this.blankSeen) return { blank: true, state: copy(this.state), lines: 0, lead: [], tail: [] };
    if (n <= LEAD) return { blank: false, state: fresh(), lines: n, lead: [...this.lead], tail: [] };
    const tail: string[] = [];
    const kept = Math.min(n - LEAD, MAX_LABELS);
    for (let i = n - kept; i < n; i++) tail.push(this.tail[i % MAX_LABELS] ?? '');
    return { blank: false, state: fresh(), lines: n, lead: [...this.lead], tail };
  }
}

function trimEnd(text: string): string {
  return text.replace(/\s+$/, '');
}

/** A line's text as the grid reads it: from its first non-blank character, at most CELL_LIMIT characters. */
function cellText(input: string, first: number, to: number): string {
  return trimEnd(input.slice(first, Math.min(to, first + CELL_LIMIT)));
}

/**
 * What a grid's column label says of the builds in it, as a mention scan.ts weighs as a build's owner: a target's or a
 * requirement's column ("Target version", "Mindestversion", "Latest available"), a build before ("Previous version"),
 * another product's ("Outlook version", "Windows build"), the client's ("Skype for Business version"); else the
 * product its row named before it ("Microsoft Word 2016", "Skype for Business"); undefined for none of these.
 */
export function columnOwner(label: string, rowProduct: string | undefined): Mention | undefined {
  if (isPlanCell(label)) return { kind: 'threshold-before', start: 0, end: label.length, text: label };
  const mentions = mentionsIn(label, 0, label.length);
  const named = mentions.find((m) => m.kind === 'past') ?? mentions.find((m) => m.kind === 'client') ?? mentions.find((m) => m.kind === 'other' || m.kind === 'app' || m.kind === 'windows');
  if (named !== undefined || rowProduct === undefined) return named;
  const cell = mentionsIn(rowProduct, 0, rowProduct.length);
  return cell.find((m) => m.kind === 'client') ?? cell.find((m) => PRODUCT_KINDS.has(m.kind));
}

/** A column of an install's state ("Status", "Install state", «Состояние», "Stan"). */
const STATE_COLUMN = new RegExp(`(?<![\\p{L}])(?:${STATE_KEY_WORDS})(?![\\p{L}])`, 'iu');
/** An update's state, not the install's: "Update pending", "Upgrade scheduled", «Обновление ожидается» (the build is there). */
const UPDATE_STATE = /update|upgrade|aktualisier|mise à jour|actualiza|aggiorn|aktualiz|bijwerk|обновлен|оновлен/i;

/** Whether a grid's column label names an install's state. */
export function isStateColumn(label: string): boolean {
  return STATE_COLUMN.test(label);
}

/** Whether a state cell says the build in its row is not there ("Uninstalled", "Download pending"; not "Update pending"). */
export function saysCellNotThere(cell: string): boolean {
  return cell.length <= CELL_LIMIT && !UPDATE_STATE.test(cell) && stateSaysNotThere(cell);
}

/** A state cell alone below a build alone, without a header: a few words. */
const STATE_ALONE_LIMIT = 24;

/** Whether a line is a state cell on its own ("Uninstalled", "Download pending"), not a label ("Zielversion:"). */
export function isStateAlone(cell: string): boolean {
  return cell.length <= STATE_ALONE_LIMIT && !/[:：]\s*$/.test(cell) && !VERSION_LABEL.test(cell) && saysCellNotThere(cell);
}
