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
const LABEL_WORD = /version|versi[oóã]|верси|сборк|wersj|build|verzi|sürüm|バージョン|(?<![\p{L}])(?:bitness|name|count|date|status|channel|installed|target|required|minimum|latest|available)(?![\p{L}])|\(/iu;
/**
 * A column naming what a row is about, the first one of most grids ("Device", "Computer name", "User", "Product",
 * «Устройство»): under a line that is none, that line is the grid's title ("Update readiness", "Inventory").
 */
const IDENTITY_LABEL = /^(?:\S+\s+){0,2}?\S*(?:device|computer|machine|host|user|product|application|asset|name|gerät|rechner|benutzer|produkt|anwendung|appareil|ordinateur|poste|utilisateur|produit|dispositivo|equipo|usuario|producto|aplicaci|urządzeni|komputer|użytkownik|aplikacj|apparaat|gebruiker|toepassing|utente|prodotto|устройств|компьютер|пользовател|продукт|приложени|имя|デバイス|コンピューター|ユーザー|製品)\S*(?:\s+\S+)?$/iu;
/** A column of installed builds ("Installed version", "Current build", "Detected version", «Установленная версия»). */
const INSTALLED_LABEL = /install|current|detected|discovered|aktuell|erkannt|actuel|détect|actual|atual|corrente|rilevat|huidig|gevonden|bieżąc|wykryt|установлен|текущ|обнаружен|インストール済|現在/i;
/** Words of a report's title, not of a column ("Software history", "Update readiness", «Отчёт по версиям»). */
const TITLE_WORD = /history|report|inventory|overview|summary|compliance|readiness|dashboard|without|collection|historique|geschichte|verlauf|bericht|übersicht|rapport|informe|storico|cronologia|historia|raport|отч[её]т|истори|обзор|一覧|履歴|レポート/iu;
/** A column of names ("Name", "Nome", «Имя», 名前): a label before it is a title ("Apps" / "Name"). */
const NAME_LABEL = /^(?:(?:display|product|app|software)\s*)?(?:name|nom|nome|nombre|naam|nazwa|имя|название|名前)$/iu;
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
  /** The header's labels; in a form, the label of the value under way. */
  labels: string[];
  /** The grid's columns (2 or more), 1 for a form (a label line, then its value's line), 0 still reading, -1 none. */
  columns: number;
  product: string | undefined;
  /** An earlier cell of the row (of the form) says its install is not there ("Not installed" before the build). */
  gone: boolean;
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

const fresh = (): VerticalState => ({ lines: 0, title: false, labels: [], columns: 0, product: undefined, gone: false });
/** Past MAX_RUN_LINES, the run is no grid any more. */
const over = (): VerticalState => ({ lines: MAX_RUN_LINES, title: false, labels: [], columns: -1, product: undefined, gone: false });
const copy = (s: VerticalState): VerticalState => ({ lines: s.lines, title: s.title, labels: [...s.labels], columns: s.columns, product: s.product, gone: s.gone });

export const NO_VERTICAL: VerticalState = fresh();

/**
 * Whether a line (trimmed) can be a column's label, after the labels before it: short, no digits, no cells, not a
 * product named alone ("Skype for Business", "Exchange Online" are a cell's value; "Outlook version" is a label), unless
 * the labels before it lead with a row's subject that is no product ("Device" / "Outlook" / "Skype for Business": columns
 * named after products).
 */
function isLabel(text: string, before: readonly string[]): boolean {
  if (text.length === 0 || text.length > LABEL_LIMIT || NOT_A_LABEL.test(text) || EMPTY_OR_BOOLEAN.test(text)) return false;
  if (LABEL_WORD.test(text)) return !namesProduct(text) || !TITLE_BREAK.test(text);
  const mentions = mentionsIn(text, 0, text.length);
  // A mailbox location names a requirement's row ("Exchange Online", "Exchange on-premises").
  if (mentions.some((m) => m.kind === 'neutral')) return false;
  // Under a row's subject's label, a login written as one ("m.roth", "ivanov", "jdoe") is the first row's cell: labels
  // are written capitalized.
  if (before.length > 0 && LOGIN_CELL.test(text) && IDENTITY_LABEL.test(before[0]!) && !IDENTITY_LABEL.test(text) && !STATE_OR_ACTION.test(text)) return false;
  if (!mentions.some((m) => PRODUCT_KINDS.has(m.kind))) return true;
  return before.length > 0 && IDENTITY_LABEL.test(before[0]!) && !before.some((l) => PRODUCT_COLUMN.test(l)) && !TITLE_BREAK.test(text);
}

/** A login: one word in lower case, or two joined by a dot ("ivanov", "m.roth", "K.Wolf"). */
const LOGIN_CELL = /^(?:\p{Ll}[\p{L}_-]*|\p{L}+\.\p{L}+)$/u;

/** An empty cell or a yes/no: a value ("N/A", "—", "No", «Н/Д»). */
const EMPTY_OR_BOOLEAN = /^(?:n\/a|n\.a\.|н\/д|—|–|-|yes|no|ja|nein|oui|non|sí|si|да|нет|tak|nie|true|false)$/iu;
/** A column of products' names: a product's name under it is its value ("Product" / "Skype for Business"). */
const PRODUCT_COLUMN = /product|application|software|program|(?<![\p{L}])(?:app|apps|name|nom|nome|nombre|naam|nazwa|имя)(?![\p{L}])|produkt|anwendung|logiciel|produit|producto|aplicaci|prodotto|applica|aplikac|продукт|приложени|программ|название|製品|アプリ|名前/iu;
/** A column of an install's state or last action ("Status", "Action", "Aktion", «Состояние», 状態). */
const STATE_OR_ACTION = new RegExp(`(?<![\\p{L}])(?:${STATE_KEY_WORDS}|action|aktion|acción|azione|akcja|действие|install state|installation status)(?![\\p{L}])|状態|ステータス`, 'iu');
/** An app offered, not installed, as a state's value ("Available" in Intune's install status). */
const OFFERED = /^(?:available|verfügbar|disponible|disponibile|beschikbaar|dostępn\p{L}*|доступн\p{L}*|利用可能)$/iu;
/** "No" under a column that asks whether it is installed ("Installed" / "No"). */
const NO_VALUE = /^(?:no|nein|non|нет|nie|ne|não|nee|nej|false|0|✗|×|-)$/iu;

/** A state's value or an app page's button that says the app is not there ("Install", "Removed", «Удалено», 削除済み). */
const NOT_THERE_CELL =
  /^(?:install(?:ing)?(?:\.{3}|…)?|install failed|installieren|installer|instalar|installa|установить|zainstaluj|インストール|entfernt|supprimée?|удален[оаы]?|удалён|odinstalowan\p{L}*|desinstalad\p{L}*|no instalad\p{L}*|nie zainstalowan\p{L}*|インストールされていません|アンインストール済み|削除済み|désinstallée?|eliminad\p{L}*|rimoss\p{L}*|verwijderd|available for install|dostępne do zainstalowania)$/iu;

/** Whether a cell under `label` says its row's install is not there. */
export function cellSaysGone(label: string, value: string): boolean {
  if (STATE_OR_ACTION.test(label)) return valueSaysGone(value, true);
  return INSTALLED_LABEL.test(label) && !VERSION_LABEL.test(label) && NO_VALUE.test(value);
}

function namesProduct(text: string): boolean {
  return mentionsIn(text, 0, text.length).some((m) => PRODUCT_KINDS.has(m.kind));
}

/** The place of the next line among the grid's data lines (a form's: among its label and value lines, from 0). */
function placeOf(state: VerticalState): number {
  return state.lines - (state.title ? 1 : 0) - (state.columns >= 2 ? state.columns : 0);
}

/**
 * The first line that is no label opens the first row: the labels above it are the columns, if a grid's. A single label
 * opens a form instead: each label's line, then its value's ("Product" / "Skype for Business" / "Version" / "16.0.x").
 */
function closeHeader(state: VerticalState): void {
  // (Columns named after products hold their builds: "Device" / "Outlook" / "Skype for Business".)
  if (state.labels.length >= 2 && state.labels.some((l, k) => VERSION_LABEL.test(l) || (k > 0 && IDENTITY_LABEL.test(state.labels[0]!) && namesProduct(l)))) {
    // A first label that names no row's subject over one that does is the grid's title ("Update readiness" / "Device",
    // "Applicazioni" / "Nome").
    const [first, second] = state.labels as [string, string];
    if (!state.title && state.labels.length >= 3 && ((!IDENTITY_LABEL.test(first) && IDENTITY_LABEL.test(second)) || (NAME_LABEL.test(second) && !NAME_LABEL.test(first)) || TITLE_WORD.test(first))) {
      state.title = true;
      state.labels.shift();
    }
    state.columns = state.labels.length;
  } else if (state.labels.length === 1) {
    state.columns = 1;
  } else {
    state.columns = -1;
    state.title = false;
    state.labels = [];
  }
}

/** The state after one more non-blank line (trimmed, at most CELL_LIMIT characters), changed in place. */
function step(state: VerticalState, text: string): void {
  if (state.lines >= MAX_RUN_LINES) return;
  if (state.columns === 0) {
    if (state.lines === 0 && !NOT_A_LABEL.test(text.replace(/[:：]\s*$/, '')) && namesProduct(text) && (!isLabel(text, []) || TITLE_BREAK.test(text))) state.title = true;
    else if (state.labels.length < MAX_LABELS && isLabel(text, state.labels)) state.labels.push(text);
    else closeHeader(state);
  }
  if (state.columns === 1) {
    // A form: the lines at even places are labels, each value's line follows its label's; a line that is no label there ends it.
    if (placeOf(state) % 2 === 0) {
      if (isLabel(text, [])) state.labels[0] = text;
      else Object.assign(state, { columns: -1, title: false, labels: [], product: undefined, gone: false });
    } else readCell(state, state.labels[0]!, text);
  } else if (state.columns >= 2) {
    const cell = placeOf(state);
    if (cell >= 0) {
      if (cell % state.columns === 0) {
        state.product = undefined;
        state.gone = false;
      }
      readCell(state, state.labels[cell % state.columns]!, text);
    }
  }
  if (++state.lines >= MAX_RUN_LINES) Object.assign(state, over());
}

/** What a row's cell says for its builds: the product it names, or that the install is not there. */
function readCell(state: VerticalState, label: string, text: string): void {
  if (DOTTED.test(text)) return;
  if (namesProduct(text)) state.product = text;
  if (cellSaysGone(label, text)) state.gone = true;
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
    // Only a header under way, a grid's rows or a form need the line's words.
    if (s.columns >= 0) step(s, !this.blankSeen && this.partLines <= LEAD ? this.lead[this.partLines - 1]! : cellText(input, first, to));
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
    // A build alone under the labels opens the first row itself: the first column's (a form's first value).
    if (this.state.columns === 0 && this.state.lines < MAX_RUN_LINES) {
      const opened = copy(this.state);
      closeHeader(opened);
      return opened.columns >= 1 ? opened.labels[0] : undefined;
    }
    const { labels, columns } = this.state;
    const cell = placeOf(this.state);
    if (columns === 1) return cell % 2 === 1 ? labels[0] : undefined;
    return columns >= 2 && cell >= 0 ? labels[cell % columns] : undefined;
  }

  /**
   * The row the line under way stands in (a form is one row), when column() gives its label; -1 for none. A state's
   * cell later in the row speaks for its build (scan.ts takes it back).
   */
  row(): number {
    if (this.unknown) return -1;
    const { columns } = this.state;
    if (columns === 1) return 0;
    const cell = placeOf(this.state);
    return columns >= 2 && cell >= 0 ? Math.floor(cell / columns) : columns === 0 ? 0 : -1;
  }

  /** Whether the line under way stands in a grid or a form read so far (or may: the part began with a state not known). */
  inGrid(): boolean {
    return this.unknown || this.state.columns >= 1;
  }

  /** Whether an earlier cell of the row under way says its install is not there ("Not installed", "Available"). */
  rowGone(): boolean {
    const { gone, columns } = this.state;
    return !this.unknown && gone && (columns === 1 || (columns >= 2 && placeOf(this.state) % columns !== 0));
  }

  /** Whether the grid's labels are a version report's: a column of installed builds, of targets, or of a product's. */
  versionReport(): boolean {
    return this.state.labels.some((l) => INSTALLED_LABEL.test(l) || isPlanCell(l) || namesProduct(l));
  }

  /**
   * In a grid whose labels hold both a column of installed builds and one of builds to reach ("Installed version" /
   * "Available version"), whether the line under way stands in the plan's column; undefined for any other grid or line.
   */
  planColumn(): boolean | undefined {
    const label = this.column();
    if (label === undefined) return undefined;
    const { labels } = this.state;
    return labels.some((l) => INSTALLED_LABEL.test(l)) && labels.some(isPlanCell) ? isPlanCell(label) : undefined;
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
  const named = mentions.find((m) => m.kind === 'past') ?? mentions.find((m) => m.kind === 'client') ?? mentions.find((m) => m.kind === 'other' || m.kind === 'app' || m.kind === 'windows' || m.kind === 'suite');
  if (named !== undefined || rowProduct === undefined) return named;
  const cell = mentionsIn(rowProduct, 0, rowProduct.length);
  // (An app beside the suite's name is the app's: "Microsoft Office Outlook".)
  return cell.find((m) => m.kind === 'client') ?? cell.find((m) => m.kind === 'other' || m.kind === 'app' || m.kind === 'windows') ?? cell.find((m) => PRODUCT_KINDS.has(m.kind));
}

/** An update's state, not the install's: "Update pending", "Upgrade scheduled", «Обновление ожидается» (the build is there). */
const UPDATE_STATE = /update|upgrade|aktualisier|mise à jour|actualiza|aggiorn|aktualiz|bijwerk|обновлен|оновлен/i;

/** Whether a state's value says its install is not there, "Available" (offered, not installed) counted when `offered`. */
function valueSaysGone(value: string, offered: boolean): boolean {
  return saysCellNotThere(value) || (offered && OFFERED.test(value)) || NOT_THERE_CELL.test(value);
}

/** Whether a state cell says the build in its row is not there ("Uninstalled", "Download pending"; not "Update pending"). */
function saysCellNotThere(cell: string): boolean {
  return cell.length <= CELL_LIMIT && !UPDATE_STATE.test(cell) && stateSaysNotThere(cell);
}

/** A state cell alone below a build alone, without a header: a few words. */
const STATE_ALONE_LIMIT = 24;

/**
 * Whether a line is a state cell on its own ("Uninstalled", "Download pending", an app page's "Install" button), not a
 * label ("Zielversion:"); in a grid or a form (`inGrid`) "Available" may be a label, and is not read so.
 */
export function isStateAlone(cell: string, inGrid: boolean): boolean {
  return cell.length <= STATE_ALONE_LIMIT && !/[:：]\s*$/.test(cell) && !VERSION_LABEL.test(cell) && valueSaysGone(cell, !inGrid);
}
