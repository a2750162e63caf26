// Scans a text that arrives in pieces (a log read from disk, a paste handed
// over in parts) with the one engine, scan(), on line-aligned slices: the
// partial last line of a piece waits for the next one, so a line that spans
// pieces is read once, whole; each slice is scanned with the line number and
// offset it starts at, so findings say the same lines and UTF-16 offsets as
// one scan of the whole text would. A CR at the end of a piece waits too: a
// CRLF split between pieces stays one line break.
//
// Memory stays bounded by the slice size: results go to onSlice as they are
// found and only the counts are kept. A line longer than LONG_LINE (a
// hostile input without line breaks) is scanned in parts, cut between
// characters that cannot belong to a build; its line number stays the same.
import { plainLabels } from './markup-labels.ts';
import { Headings } from './headings.ts';
import { VerticalRun } from './vertical-run.ts';
import type { BlockState, PartChange, PartStart } from './part-state.ts';
import { newScanCarry, scan, type ScanOptions } from './scan.ts';
import { blockedPolicies, serverSwitches } from './server-switches.ts';
import { effective } from './verdict.ts';
import { MAILBOX_LOCATIONS, VERDICTS, type Finding, type Message, type ScanContext, type ScanResult, type Summary } from './types.ts';
import { emptyLocationCounts } from './verdict-counts.ts';

export interface StreamScanOptions extends ScanContext {
  /** Receives each slice's result as soon as it is scanned, with the slice's text (it starts at result offset `offset`). */
  onSlice(result: ScanResult, text: string, offset: number): void;
  /**
   * The server switch that turns offline IM off for everyone, when a pass
   * before this one found it in the input (EnableOfflineIM False): findings
   * the build alone makes eligible are blocked from the first line on, with
   * this message as their reason.
   */
  offlineImOff?: Message;
  /** Pieces shorter than this many characters are gathered before they are scanned (default 64 Ki). */
  sliceChars?: number;
  /**
   * Whole lines longer together than twice this many characters are scanned
   * in slices of about this size, cut after a LF (default: a piece's whole
   * lines in one slice). Smaller slices' results die young: the CLI's
   * garbage collector copies less.
   */
  sliceLimit?: number;
  /**
   * For a part of a larger text: the headings and record in force above it
   * (part-state.ts), or 'unknown' when they are not known yet (then part()
   * tells whether an answer could depend on them). Default: nothing above.
   */
  above?: PartStart | 'unknown';
  /** First line number (default 1) and offset (default 0), for a part of a larger text. */
  firstLine?: number;
  offset?: number;
}

export interface StreamScan {
  /** Adds the next piece of text; scans every whole line gathered so far once enough has arrived. */
  push(text: string): void;
  /** Scans what is left (the last line needs no line break); the summary of the whole text. */
  end(): StreamEnd;
  /** The distinct versions of the findings so far. */
  versions(): ReadonlySet<string>;
  /** After end(): what the text did to the headings and the record (part-state.ts), and whether an answer could depend on an unknown `above`. */
  part(): { change: PartChange; dependedOnStart: boolean };
}

export interface StreamEnd {
  /** Counts of the whole text; when the switch came after eligible findings, they count as blocked here. */
  summary: Summary;
  /** The prerequisite message of an EnableOfflineIM False found in the text, if any. */
  offlineImOff: Message | undefined;
}

/** Effective verdicts with the switch off, made once per judgement (findings of one build share it). */
const blockedCache = new WeakMap<object, { verdicts: Finding['verdicts']; reasons: Finding['reasons'] }>();

/** A finding as judged with offline IM off for everyone (`why`: the EnableOfflineIM False prerequisite's message): eligible becomes blocked. */
export function blockFinding(f: Finding, why: Message): void {
  if (f.verdicts.online !== 'eligible' && f.verdicts.onprem !== 'eligible') return;
  let blocked = blockedCache.get(f.verdicts);
  if (!blocked) {
    const off = { identity: why.params.identity ?? 'Global', line: Number(why.params.line ?? 0) };
    blocked = effective({ verdicts: f.clientVerdicts, reasons: f.reasons }, { offlineImOff: off });
    blockedCache.set(f.verdicts, blocked);
  }
  f.verdicts = blocked.verdicts;
  f.reasons = blocked.reasons;
}

/** A line longer than this many characters is scanned in parts. */
export const LONG_LINE = 8 << 20;
/** How far back from the cut a long line looks for a character that cannot be part of a build. */
const CUT_WINDOW = 4096;

/** Digits, dots, letters, '/', '(' and spaces can be part of a build as written; a cut avoids them. */
function canCutBefore(code: number): boolean {
  return !(
    (code >= 48 && code <= 57) || code === 46 || (code >= 0xff10 && code <= 0xff19) || code === 0xff0e ||
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code > 127 || code === 47 || code === 40 || code === 32 || code === 9
  );
}

/** The block entries a part found itself (on its lines), for what it did to the state (part-state.ts). */
function ownBlock(block: BlockState, firstLine: number, blank: boolean): BlockState & { blank: boolean } {
  const from = block.lines.findIndex((line) => line >= firstLine);
  const at = from < 0 ? block.lines.length : from;
  return { versions: block.versions.slice(at), lines: block.lines.slice(at), keys: block.keys.slice(at), blank };
}

export function createStreamScan(options: StreamScanOptions): StreamScan {
  const sliceChars = options.sliceChars ?? 1 << 16;
  // The engine's state from slice to slice: the PowerShell readers, the record under way, the switches read so far.
  const scanCarry = newScanCarry();
  scanCarry.partFirstLine = options.firstLine ?? 1;
  if (options.above === 'unknown') {
    scanCarry.headings = Headings.from(undefined);
    scanCarry.vertical = VerticalRun.from(undefined);
    scanCarry.recordStartUnknown = true;
  } else if (options.above) {
    scanCarry.headings = Headings.from(options.above.headings);
    scanCarry.vertical = VerticalRun.from(options.above.vertical);
    scanCarry.record = { ...options.above.records };
    scanCarry.block = { versions: [...options.above.block.versions], lines: [...options.above.block.lines], keys: [...options.above.block.keys] };
    scanCarry.app = options.above.marks.app;
    scanCarry.diff = options.above.marks.diff;
    scanCarry.above = options.above.marks.above;
  }
  // The last piece given to scanSlice, and its labels in bold blanked.
  let plainOf = '';
  let plain = '';
  const base: ScanOptions = options.thresholds ? { thresholds: options.thresholds, carry: scanCarry } : { carry: scanCarry };
  let nextLine = options.firstLine ?? 1;
  let offset = options.offset ?? 0;
  const summary: Summary = { lines: 0, findings: 0, distinctBuilds: 0, unrecognized: 0, prerequisites: 0, byLocation: emptyLocationCounts(), blocked: false, blockedPolicies: [] };
  let offlineImOff: Message | undefined;

  /**
   * Scans text[from, to) (from is a line start); `continues`: its last line
   * goes on in the next slice. The engine reads the part in place: a sliced
   * string is slower to read, and only the CSV output needs the slice.
   */
  const scanSlice = (raw: string, continues: boolean, from = 0, to = raw.length): void => {
    if (to === from) return;
    // Labels in bold read as labels (markup-labels.ts): a piece's lines blanked once, whatever its slices; offsets unmoved.
    if (raw !== plainOf) {
      plainOf = raw;
      plain = plainLabels(raw);
    }
    const whole = plain;
    const result = scan(whole, { ...base, firstLine: nextLine, offset, start: from, end: to });
    const text = from === 0 && to === whole.length ? whole : whole.slice(from, to);
    const s = result.summary;
    if (options.offlineImOff) {
      const why = options.offlineImOff;
      for (const f of result.findings) blockFinding(f, why);
      for (const l of MAILBOX_LOCATIONS) {
        s.byLocation[l].blocked += s.byLocation[l].eligible;
        s.byLocation[l].eligible = 0;
      }
    }
    const ended = continues ? s.lines - 1 : s.lines;
    nextLine += ended;
    offset += text.length;
    summary.lines += ended;
    summary.findings += s.findings;
    summary.unrecognized += s.unrecognized;
    summary.prerequisites += s.prerequisites;
    for (const l of MAILBOX_LOCATIONS) for (const v of VERDICTS) summary.byLocation[l][v] += s.byLocation[l][v];
    options.onSlice(result, text, offset - text.length);
  };

  // The partial last line so far, in pieces (joined only when its end arrives).
  let carry: string[] = [];
  let carryLength = 0;
  // Small pieces wait here until there are sliceChars of them, so that scan() is not called per byte.
  let small: string[] = [];
  let smallLength = 0;

  const takeCarry = (): string => {
    const text = carry.length === 1 ? carry[0]! : carry.join('');
    carry = [];
    carryLength = 0;
    return text;
  };

  /** No line break for LONG_LINE characters: scan up to a safe cut, the line goes on. */
  const cutLongLine = (): void => {
    const text = takeCarry();
    let cut = text.length;
    const stop = Math.max(1, text.length - CUT_WINDOW);
    while (cut > stop && !canCutBefore(text.charCodeAt(cut - 1))) cut--;
    if (cut === stop) cut = text.length - 1;
    // Never between the halves of a surrogate pair.
    if ((text.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    scanSlice(text.slice(0, cut), true);
    carry = [text.slice(cut)];
    carryLength = text.length - cut;
  };

  /** Scans text[from, to), whole lines, in slices of about sliceLimit characters. */
  const scanLines = (text: string, from: number, to: number): void => {
    const limit = options.sliceLimit;
    if (limit !== undefined) {
      while (to - from > 2 * limit) {
        const lf = text.indexOf('\n', from + limit);
        if (lf === -1 || lf + 1 >= to) break;
        scanSlice(text, false, from, lf + 1);
        from = lf + 1;
      }
    }
    scanSlice(text, false, from, to);
  };

  /**
   * Scans a piece: the carried line ends at the piece's first line break
   * (scanned on its own, a short string), the whole lines after it are
   * scanned as a slice of the piece (no copy), the rest is carried.
   */
  const feed = (text: string): void => {
    const carriedCr = carryLength > 0 && lastCharIsCr(carry);
    // End of the first line break in text (-1: none).
    let first: number;
    if (carriedCr) first = text.charCodeAt(0) === 10 ? 1 : 0;
    else {
      const lf = text.indexOf('\n');
      const cr = text.indexOf('\r');
      const at = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      // A CR at the very end may be the first half of a CRLF.
      first = at === -1 || (at === cr && at === text.length - 1) ? -1 : at === cr && text.charCodeAt(at + 1) === 10 ? at + 2 : at + 1;
    }
    if (first === -1) {
      carry.push(text);
      carryLength += text.length;
      if (carryLength > LONG_LINE) cutLongLine();
      return;
    }
    if (carryLength > 0) scanSlice(takeCarry() + text.slice(0, first), false);
    else first = 0;
    const lf = text.lastIndexOf('\n');
    let cr = text.lastIndexOf('\r');
    if (cr === text.length - 1) cr = cr > 0 ? text.lastIndexOf('\r', cr - 1) : -1;
    const last = Math.max(lf, cr, first - 1) + 1;
    if (last > first) scanLines(text, first, last);
    if (last < text.length) {
      carry.push(text.slice(last));
      carryLength += text.length - last;
    }
  };

  return {
    push(text) {
      if (text === '') return;
      if (text.length >= sliceChars && smallLength === 0) return feed(text);
      small.push(text);
      smallLength += text.length;
      if (smallLength >= sliceChars) {
        const joined = small.join('');
        small = [];
        smallLength = 0;
        feed(joined);
      }
    },
    end() {
      if (smallLength > 0) feed(small.join(''));
      small = [];
      smallLength = 0;
      if (carryLength > 0) scanSlice(takeCarry(), false);
      summary.distinctBuilds = scanCarry.versions.size;
      // The engine's rule (server-switches.ts) on every switch read: Global, or all configurations, off.
      const off = serverSwitches(scanCarry.prerequisites).offlineImOff;
      // The switch's message, with its line, so that a later pass can block from line 1 with the engine's own reason.
      offlineImOff = off ? { key: 'prereq_offline_im_off', params: { identity: off.identity, line: String(off.line) } } : undefined;
      summary.blocked = offlineImOff !== undefined || options.offlineImOff !== undefined;
      summary.blockedPolicies = blockedPolicies(scanCarry.prerequisites);
      // The switch came after findings were passed on: the counts say what is true for the whole input.
      if (offlineImOff && !options.offlineImOff) {
        for (const l of MAILBOX_LOCATIONS) {
          summary.byLocation[l].blocked += summary.byLocation[l].eligible;
          summary.byLocation[l].eligible = 0;
        }
      }
      return { summary, offlineImOff };
    },
    versions: () => scanCarry.versions,
    part: () => ({
      change: {
        headings: scanCarry.headings.change(),
        vertical: scanCarry.vertical.change(),
        records: { ...scanCarry.record, reset: scanCarry.recordReset },
        block: ownBlock(scanCarry.block, options.firstLine ?? 1, scanCarry.blockBlank),
        marks: { app: scanCarry.app, diff: scanCarry.diff, above: scanCarry.above, appSet: scanCarry.appTouched, diffSet: scanCarry.diffTouched, aboveSet: scanCarry.aboveTouched },
      },
      dependedOnStart: scanCarry.headings.dependedOnStart || scanCarry.recordDepended || scanCarry.vertical.dependedOnStart,
    }),
  };
}

function lastCharIsCr(pieces: readonly string[]): boolean {
  const last = pieces[pieces.length - 1]!;
  return last.charCodeAt(last.length - 1) === 13;
}
