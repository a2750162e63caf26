import { USER_SCAN_LIMIT, findUser } from './find-user.ts';
import { AGENT_PRODUCTS, familyOfAgent, familyOfNumber, type AgentProduct } from './families.ts';
import { emptyPrerequisiteState, readPrerequisite, readsTableLine, TABLE_HEADER, type PrerequisiteState } from './prerequisites.ts';
import { type FamilyId, type Finding, type ScanContext, type FindingSource, type Message, type Prerequisite, type ScanResult, type Summary, type Unrecognized, type VerdictCounts } from './types.ts';
import { judge, type Judgement } from './verdict.ts';
import { canonicalPart, type Parts } from './version.ts';
import { whyNotABuild } from './why-not-a-build.ts';

// One pass over the text: a global regex finds every dotted run of digits
// (ASCII or full-width) and indexOf finds the line breaks; each run is then
// classified by a bounded look at the characters around it. Nothing
// backtracks over more than a run, so time is linear in the input.
//
// Speed matters (a 100,000-line report should scan not much slower than a
// bare regex pass; scripts/bench.mjs measures it), so the hot path allocates
// only for results: runs are found with test() (no match arrays), most
// non-builds are rejected by their first two parts without slicing, run
// meanings and verdicts are cached per distinct run text (looked up by a hash,
// checked in place), and the reason for an unrecognised line is worked out
// only if the line ends up unrecognised.

/**
 * A maximal run with at least one dot. The lookbehind starts matches only at
 * the beginning of a digit run, so a long run without a dot costs one pass.
 */
const RUN = /(?<![0-9\uFF10-\uFF19])[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)+/g;
const NON_ASCII_RUN = /[^0-9.]/;

/** Words that stand before the build in a localised Office About dialog: "(Build 6965.2058 Click-to-Run)". */
const ABOUT_KEYWORDS = [
  'build', // en, de, fr, it, nl
  'сборка', // ru
  'збірка', // uk
  'compilación', // es
  'compilacion',
  'compilação', // pt
  'kompilacja', // pl
  'sestavení', // cs
  'derleme', // tr
  'ビルド', // ja
  '빌드', // ko
  '内部版本', // zh-CN
  '組建', // zh-TW
];
const ABOUT_LOOKBACK = 16;
const AGENT_LOOKBACK = 12;
const COMMENT_LIMIT = 200;
/** Longest line text kept for an unrecognised line. */
export const UNRECOGNIZED_TEXT_LIMIT = 200;
const REGISTRY_MARK = 'ersionToReport'; // VersionToReport, ClientVersionToReport
/** Keys of the PowerShell lines prerequisites.ts reads, tested in place without slicing. */
const PREREQUISITE_KEY = /(?:identity|enableofflineim|enableimautoarchiving)[^\S\r\n]*:/iy;

/** The agent product whose name is input[from, to), if any; compares in place. */
function productAt(input: string, from: number, to: number): AgentProduct | undefined {
  for (const product of AGENT_PRODUCTS) if (product.length === to - from && input.startsWith(product, from)) return product;
  return undefined;
}

/** What a run's text means by itself, computed once per distinct run text. */
interface RunInfo {
  /** Canonical parts (ASCII, no leading zeros). */
  parts: Parts;
  version: string;
  /** Family by number alone; undefined when the number is no client build. */
  family: FamilyId | undefined;
  /** Why the number is no client build (family undefined). */
  note: Message | undefined;
  /** The run as written. */
  text: string;
  /** Verdicts and finding text of this number per agent product ('' when written without one). */
  byProduct: ProductEntry[];
  /** The scan that last counted this version among its distinct builds. */
  seen: number;
}

// Run meanings and verdicts are pure functions of the run's text, so they are
// kept across scans: the popup and the overlay rescan similar text. The maps
// are emptied when they grow past a bound, so memory stays small.
const CACHE_LIMIT = 20_000;
// Keyed by a hash of the run's characters, checked against the text in
// place, so that looking up a run costs no string allocation.
const runCache = new Map<number, RunInfo>();
const aboutCache = new Map<number, RunInfo>();
let scanCount = 0;

/** Hash of input[start, end), taken from right to left as nextRun's walk-back does; stays a small integer. */
function hashRange(input: string, start: number, end: number): number {
  let hash = 0;
  for (let i = end - 1; i >= start; i--) hash = (Math.imul(hash, 31) + input.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

function cached(cache: Map<number, RunInfo>, input: string, start: number, end: number, hash: number, make: (text: string) => RunInfo): RunInfo {
  let info = cache.get(hash);
  if (info === undefined || info.text.length !== end - start || !input.startsWith(info.text, start)) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    // A hash collision simply replaces the entry.
    cache.set(hash, (info = make(input.slice(start, end))));
  }
  return info;
}

/** A run's verdicts and finding text when written after one agent product. */
interface ProductEntry {
  product: string;
  judgement: Judgement;
  text: string;
}

/** Where a scan starts, so that a caller can scan a long text in slices. */
export interface ScanOptions extends ScanContext {
  /** Line number of the first line (default 1). */
  firstLine?: number;
  /** Added to every offset (default 0). */
  offset?: number;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000;
}

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

function isDot(code: number): boolean {
  return code === 46 || code === 0xff0e;
}

/** The characters String.prototype.trim removes. */
function isTrimmed(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Lower case for the letters of ABOUT_KEYWORDS' scripts (Latin, Latin-1, Cyrillic), without allocating. */
function lower(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

/** input[from, to) ends with `word` (lower case), ignoring case. */
function endsWithWord(input: string, from: number, to: number, word: string): boolean {
  const at = to - word.length;
  if (at < from) return false;
  for (let k = 0; k < word.length; k++) if (lower(input.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** ASCII digits and dots for a run that may hold full-width forms. */
function asciiRun(run: string): string {
  return NON_ASCII_RUN.test(run) ? run.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : run;
}

function hasLeadingZero(part: string): boolean {
  return part.length > 1 && part.charCodeAt(0) === 48;
}

/** Meaning of a run of three or four parts, without product context. */
function runInfo(run: string): RunInfo {
  const raw = asciiRun(run).split('.');
  const parts = raw.map(canonicalPart);
  const family = hasLeadingZero(raw[0]!) || hasLeadingZero(raw[1]!) ? undefined : familyOfNumber(parts);
  return { parts, version: parts.join('.'), family, note: family ? undefined : whyNotABuild(raw, parts), text: run, byProduct: [], seen: 0 };
}

/**
 * Meaning of a two-part run after an About keyword: build.revision of a 16.0 client.
 * Office builds from 10000 on carry five-digit revisions (17928.20114); a
 * five-digit build with a short revision (19045.3803) is Windows's own "Build".
 */
function aboutInfo(run: string): RunInfo {
  const [build, revision] = asciiRun(run).split('.');
  const parts = ['16', '0', canonicalPart(build!), canonicalPart(revision!)];
  if (parts[2]!.length >= 5 && parts[3]!.length <= 4)
    return { parts, version: parts.join('.'), family: undefined, note: { key: 'ignored_windows', params: { text: run } }, text: run, byProduct: [], seen: 0 };
  const family = familyOfNumber(parts);
  // The About dialog's "(Build … Click-to-Run)" form is Click-to-Run, not MSI.
  return { parts, version: parts.join('.'), family: family === 'win16-msi-range' ? 'win16' : family, note: undefined, text: run, byProduct: [], seen: 0 };
}

/** ASCII digit value of a possibly full-width digit's code, or -1 for anything else. */
function digitAt(input: string, at: number): number {
  const c = input.charCodeAt(at);
  const d = c >= 0xff10 ? c - 0xff10 : c - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Could the run at `start` (with `dots` dots) be a client build by number?
 * Looks at the first two parts only, in place: 16.0 (or any 16.x of four
 * parts), 15.0, 4.0, 3.5, 2.0, as familyOfNumber needs. Most dotted numbers
 * in a report (dates, IPs, Windows versions) fail here without any slicing.
 */
function couldBeClient(input: string, start: number, dots: number): boolean {
  let major: number;
  let at: number;
  if (isDot(input.charCodeAt(start + 1))) {
    major = digitAt(input, start);
    at = start + 2;
  } else {
    if (!isDot(input.charCodeAt(start + 2)) || digitAt(input, start) !== 1) return false;
    major = 10 + digitAt(input, start + 1);
    at = start + 3;
  }
  // The minor part: one digit followed by a dot.
  const minor = isDot(input.charCodeAt(at + 1)) ? digitAt(input, at) : -1;
  switch (major) {
    case 16:
      return minor === 0 || (dots === 3 && digitAt(input, at) > 0);
    case 15:
    case 4:
    case 2:
      return minor === 0;
    case 3:
      return minor === 5;
    default:
      return false;
  }
}

/**
 * A Finding as a class instance: V8 allocates these faster than object
 * literals in the hot loop. Plain data all the same: JSON, structured clone
 * (worker messages, storage) and toEqual see the same fields.
 */
class FindingRecord implements Finding {
  constructor(
    public line: number,
    public start: number,
    public end: number,
    public text: string,
    public version: string,
    public family: FamilyId,
    public source: FindingSource,
    public verdicts: Judgement['verdicts'],
    public reasons: Judgement['reasons'],
    public clientVerdicts: Judgement['verdicts'] = verdicts,
  ) {}
}

/**
 * One scan's state. A class rather than closures inside scan(): its methods
 * are the same functions on every call, which the JIT can inline and keep
 * optimised from one scan to the next.
 */
class Scanner {
  findings: Finding[] = [];
  unrecognized: Unrecognized[] = [];
  prerequisites: Prerequisite[] = [];
  private prereqState: PrerequisiteState = emptyPrerequisiteState();
  private versions = new Set<string>();
  private scanId = 0;
  private input = '';
  private base = 0;
  // Verdict counts per location.
  private onlineEligible = 0;
  private onlineUpgrade = 0;
  private onlineNotSupported = 0;
  private onlineUnknown = 0;
  private onpremEligible = 0;
  private onpremUpgrade = 0;
  private onpremNotSupported = 0;
  private onpremUnknown = 0;
  // The next run: [runStart, runEnd) with `dots` dots, or runStart = -1 when there is none.
  private runStart = -1;
  private runEnd = 0;
  private dots = 0;
  private runHash = 0;
  // Next LF and CR at or after lineStart (-1: none left) and the next registry value name; each only moves forward.
  private nextLf = -1;
  private nextCr = -1;
  private registryAt = -1;
  lines = 0;
  private lineNo = 0;
  private lineStart = 0;
  // Per-line state: findings on the line, the agent tokens standing together
  // (parallel arrays reused from line to line) and the first run that is no
  // client build, kept to explain an unrecognised line.
  private found = 0;
  private readonly groupProduct: AgentProduct[] = [];
  private readonly groupStart: number[] = [];
  private readonly groupRunEnd: number[] = [];
  private readonly groupRun: RunInfo[] = [];
  private groupSize = 0;
  private groupEnd = 0;
  private agentProduct: AgentProduct = 'OC';
  private noteStart = -1;
  private noteEnd = -1;
  /** The reason for the line's first passed-over run, when known before whyNot. */
  private noteWhy: Message | undefined;

  /** Makes the scanner ready for a new text; every field is set again. */
  reset(input: string, base: number, firstLine: number): void {
    this.findings = [];
    this.unrecognized = [];
    this.prerequisites = [];
    this.prereqState = emptyPrerequisiteState();
    this.versions = new Set();
    this.scanId = ++scanCount;
    this.input = input;
    this.base = base;
    this.onlineEligible = this.onlineUpgrade = this.onlineNotSupported = this.onlineUnknown = 0;
    this.onpremEligible = this.onpremUpgrade = this.onpremNotSupported = this.onpremUnknown = 0;
    this.runStart = -1;
    this.runEnd = 0;
    this.dots = 0;
    this.nextLf = input.indexOf('\n');
    this.nextCr = input.indexOf('\r');
    this.registryAt = input.indexOf(REGISTRY_MARK);
    this.lines = 0;
    this.lineNo = firstLine - 1;
    this.lineStart = 0;
    this.found = 0;
    this.groupSize = 0;
    this.groupEnd = 0;
    this.noteStart = -1;
    this.noteEnd = -1;
    this.noteWhy = undefined;
    RUN.lastIndex = 0;
  }

  /** Lets go of the last text and result, so that they can be collected. */
  release(): void {
    this.input = '';
    this.findings = [];
    this.unrecognized = [];
    this.prerequisites = [];
    this.versions = new Set();
    this.groupRun.length = 0;
  }

  scanAll(): void {
    const input = this.input;
    this.nextRun();
    for (;;) {
      this.lineNo++;
      this.lines++;
      const lineStart = this.lineStart;
      // CRLF, LF and lone CR each end a line; indexOf is far cheaper than a regex per line.
      if (this.nextLf !== -1 && this.nextLf < lineStart) this.nextLf = input.indexOf('\n', lineStart);
      if (this.nextCr !== -1 && this.nextCr < lineStart) this.nextCr = input.indexOf('\r', lineStart);
      const lf = this.nextLf;
      const cr = this.nextCr;
      const lineEnd = cr === -1 ? (lf === -1 ? input.length : lf) : lf === -1 ? cr : Math.min(cr, lf);
      const hasBreak = lineEnd < input.length;
      const next = !hasBreak ? lineEnd : lineEnd === cr && lf === lineEnd + 1 ? lineEnd + 2 : lineEnd + 1;
      let resumeAt = lineStart;
      while (this.runStart !== -1 && this.runStart < lineEnd) {
        if (this.runStart >= resumeAt) resumeAt = this.classify(this.runStart, this.runEnd, lineEnd);
        this.nextRun();
      }
      this.finishLine(lineEnd);
      if (!hasBreak) break;
      this.lineStart = next;
      // A text that ends with a line break has no further line.
      if (next === input.length) break;
    }
  }

  private nextRun(): void {
    const input = this.input;
    if (!RUN.test(input)) {
      this.runStart = -1;
      return;
    }
    const end = RUN.lastIndex;
    // Walk back to the start of the run (the regex only starts at one),
    // counting its dots and hashing it for the run caches on the way.
    let s = end - 1;
    let dots = 0;
    let hash = input.charCodeAt(s);
    for (;;) {
      const c = input.charCodeAt(s - 1);
      if (isDigit(c)) {
        hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
        s--;
      } else if (isDot(c) && isDigit(input.charCodeAt(s - 2))) {
        hash = (Math.imul((Math.imul(hash, 31) + c) & 0x3fffffff, 31) + input.charCodeAt(s - 2)) & 0x3fffffff;
        s -= 2;
        dots++;
      } else break;
    }
    this.runStart = s;
    this.runEnd = end;
    this.dots = dots;
    this.runHash = hash;
  }

  /** `text` is given only when it is more than the product and the run (the About form). */
  private push(start: number, end: number, info: RunInfo, family: FamilyId, source: FindingSource, product: string, text?: string): void {
    // A run meets one or two products (UCCAPI and OC): a short list beats a Map.
    let entry: ProductEntry | undefined;
    for (const e of info.byProduct) if (e.product === product) entry = e;
    if (!entry) info.byProduct.push((entry = { product, judgement: judge(family, info.parts, product), text: product ? `${product}/${info.text}` : info.text }));
    if (info.seen !== this.scanId) {
      info.seen = this.scanId;
      this.versions.add(info.version);
    }
    const j = entry.judgement;
    this.findings.push(new FindingRecord(this.lineNo, start + this.base, end + this.base, text ?? entry.text, info.version, family, source, j.verdicts, j.reasons));
    switch (j.verdicts.online) {
      case 'eligible': this.onlineEligible++; break;
      case 'upgrade-required': this.onlineUpgrade++; break;
      case 'not-supported': this.onlineNotSupported++; break;
      default: this.onlineUnknown++;
    }
    switch (j.verdicts.onprem) {
      case 'eligible': this.onpremEligible++; break;
      case 'upgrade-required': this.onpremUpgrade++; break;
      case 'not-supported': this.onpremNotSupported++; break;
      default: this.onpremUnknown++;
    }
    this.found++;
  }

  /** One client per user agent: the platform token, else OC (the application), else UCCAPI. */
  private flushGroup(): void {
    if (this.groupSize === 0) return;
    let pick = 0;
    let rank = -1;
    for (let k = 0; k < this.groupSize; k++) {
      const product = this.groupProduct[k]!;
      const r = product === 'OC' ? 2 : product === 'UCCAPI' ? 1 : product === 'UCWA' ? 0 : 3;
      if (r > rank) {
        pick = k;
        rank = r;
      }
    }
    const product = this.groupProduct[pick]!;
    const info = this.groupRun[pick]!;
    this.groupSize = 0;
    this.push(this.groupStart[pick]!, this.groupRunEnd[pick]!, info, familyOfAgent(product, info.parts), 'user-agent', product);
  }

  private isRegistryLine(lineEnd: number): boolean {
    if (this.registryAt !== -1 && this.registryAt < this.lineStart) this.registryAt = this.input.indexOf(REGISTRY_MARK, this.lineStart);
    return this.registryAt !== -1 && this.registryAt + REGISTRY_MARK.length <= lineEnd;
  }

  /** Start of an agent product name ending right before a "/" at `slash` (the product goes to agentProduct), else -1. */
  private agentBefore(slash: number): number {
    const input = this.input;
    const lineStart = this.lineStart;
    if (slash <= lineStart || input.charCodeAt(slash) !== 47) return -1;
    let i = slash;
    const stop = Math.max(lineStart, slash - AGENT_LOOKBACK);
    while (i > stop && isLetter(input.charCodeAt(i - 1))) i--;
    if (i === slash) return -1;
    const before = i > lineStart ? input.charCodeAt(i - 1) : 32;
    if (isLetter(before) || (before >= 48 && before <= 57)) return -1;
    const product = productAt(input, i, slash);
    if (!product) return -1;
    this.agentProduct = product;
    return i;
  }

  /** Start of "(Build " standing right before `at`, as in an About dialog, else -1. */
  private aboutKeywordBefore(at: number): number {
    const input = this.input;
    const lineStart = this.lineStart;
    let i = at;
    while (i > lineStart && isSpace(input.charCodeAt(i - 1))) i--;
    if (i === lineStart || !(isLetter(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) > 127)) return -1;
    for (const word of ABOUT_KEYWORDS) {
      if (!endsWithWord(input, Math.max(lineStart, i - ABOUT_LOOKBACK), i, word)) continue;
      let k = i - word.length;
      while (k > lineStart && isSpace(input.charCodeAt(k - 1))) k--;
      if (k > lineStart && input.charCodeAt(k - 1) === 40 /* ( */) return i - word.length;
    }
    return -1;
  }

  /** End of a "(comment)" following a user agent token, if one closes nearby, else -1. */
  private commentEnd(from: number, lineEnd: number): number {
    const input = this.input;
    let i = from;
    while (i < lineEnd && isSpace(input.charCodeAt(i))) i++;
    if (input.charCodeAt(i) !== 40) return -1;
    const stop = Math.min(lineEnd, i + COMMENT_LIMIT);
    let depth = 0;
    for (; i < stop; i++) {
      const c = input.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) return i + 1;
    }
    return -1;
  }

  private onlySpaceBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) if (!isTrimmed(this.input.charCodeAt(i))) return false;
    return true;
  }

  /** Why the run input[start, end) is no client build. */
  private whyNot(start: number, end: number): Message | undefined {
    const input = this.input;
    let dotCount = 0;
    for (let i = start; i < end && dotCount <= 3; i++) if (isDot(input.charCodeAt(i))) dotCount++;
    if (dotCount > 3) return { key: 'ignored_too_many_parts', params: { text: input.slice(start, Math.min(end, start + 40)) } };
    return cached(runCache, input, start, end, hashRange(input, start, end), runInfo).note;
  }

  private noteRun(start: number, end: number): void {
    if (this.noteStart < 0) {
      this.noteStart = start;
      this.noteEnd = end;
    }
  }

  /** Like noteRun, with the reason already known. */
  private noteWith(start: number, end: number, why: Message): void {
    if (this.noteStart < 0) this.noteWhy = why;
    this.noteRun(start, end);
  }

  /** Whether a Windows release name ("22H2", "24H2") stands right before the "(" that opens at `keyword`'s parenthesis. */
  private windowsReleaseBefore(keyword: number): boolean {
    const input = this.input;
    let i = keyword;
    while (i > this.lineStart && input.charCodeAt(i - 1) !== 40) i--;
    i--;
    while (i > this.lineStart && isSpace(input.charCodeAt(i - 1))) i--;
    // dd H d, standing alone: "Version 22H2 (Build …".
    if (i - 4 < this.lineStart || (input.charCodeAt(i - 2) | 0x20) !== 0x68) return false;
    if (!isDigit(input.charCodeAt(i - 1)) || !isDigit(input.charCodeAt(i - 3)) || !isDigit(input.charCodeAt(i - 4))) return false;
    return i - 4 === this.lineStart || (!isDigit(input.charCodeAt(i - 5)) && !isLetter(input.charCodeAt(i - 5)));
  }

  /** Classifies the run input[start, end); returns where the next run may start. */
  private classify(start: number, end: number, lineEnd: number): number {
    const input = this.input;
    if (this.dots > 3) {
      this.noteRun(start, end);
      return end;
    }

    const nameStart = start > this.lineStart && input.charCodeAt(start - 1) === 47 ? this.agentBefore(start - 1) : -1;
    if (nameStart >= 0) {
      if (this.groupSize > 0 && !this.onlySpaceBetween(this.groupEnd, nameStart)) this.flushGroup();
      const k = this.groupSize++;
      this.groupProduct[k] = this.agentProduct;
      this.groupStart[k] = nameStart;
      this.groupRunEnd[k] = end;
      this.groupRun[k] = cached(runCache, input, start, end, this.runHash, runInfo);
      const close = this.commentEnd(end, lineEnd);
      this.groupEnd = close < 0 ? end : close;
      return this.groupEnd;
    }
    this.flushGroup();

    if (this.dots === 1) {
      const keyword = this.aboutKeywordBefore(start);
      if (keyword < 0) return end;
      const info = cached(aboutCache, input, start, end, this.runHash, aboutInfo);
      if (this.windowsReleaseBefore(keyword)) this.noteWith(start, end, { key: 'ignored_windows', params: { text: input.slice(start, end) } });
      else if (info.family) this.push(keyword, end, info, info.family, 'about', '', input.slice(keyword, end));
      else if (info.note) this.noteWith(start, end, info.note);
      return end;
    }

    // Most dotted numbers in a report (dates, IPs, Windows versions) fail on their first two parts.
    if (!couldBeClient(input, start, this.dots)) {
      this.noteRun(start, end);
      return end;
    }
    const info = cached(runCache, input, start, end, this.runHash, runInfo);
    if (info.family) this.push(start, end, info, info.family, this.isRegistryLine(lineEnd) ? 'registry' : 'bare', '');
    else this.noteRun(start, end);
    return end;
  }

  private finishLine(lineEnd: number): void {
    if (this.groupSize > 0) this.flushGroup();
    const input = this.input;
    const lineStart = this.lineStart;
    // Whose clients these are: the user the line names (issue 12), looked at only on lines with findings.
    if (this.found > 0) {
      const user = findUser(input.slice(lineStart, Math.min(lineEnd, lineStart + USER_SCAN_LIMIT)));
      if (user !== undefined) for (let i = this.findings.length - this.found; i < this.findings.length; i++) this.findings[i]!.user = user;
    }
    let first = lineStart;
    while (first < lineEnd && isTrimmed(input.charCodeAt(first))) first++;
    // Lines of a PowerShell table under way (its blank last line too) go to the table reader.
    const inTable = readsTableLine(this.prereqState);
    if (inTable && first === lineEnd) readPrerequisite('', this.lineNo, this.prereqState);
    if (first < lineEnd) {
      // Only "Identity", "EnableOfflineIM" and "EnableIMAutoArchiving" lines (or table headers) can be prerequisites.
      const c = input.charCodeAt(first) | 0x20;
      let prerequisite: Prerequisite | undefined;
      if (inTable) prerequisite = readPrerequisite(input.slice(lineStart, lineEnd), this.lineNo, this.prereqState);
      else if (c === 0x69 || c === 0x65) {
        PREREQUISITE_KEY.lastIndex = first;
        TABLE_HEADER.lastIndex = first;
        if (PREREQUISITE_KEY.test(input) || TABLE_HEADER.test(input)) prerequisite = readPrerequisite(input.slice(lineStart, lineEnd), this.lineNo, this.prereqState);
      }
      if (prerequisite) this.prerequisites.push(prerequisite);
      else if (this.found === 0) {
        let text: string;
        if (lineEnd - lineStart > UNRECOGNIZED_TEXT_LIMIT) {
          let cut = lineStart + UNRECOGNIZED_TEXT_LIMIT;
          // Never split a surrogate pair.
          if ((input.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
          text = `${input.slice(lineStart, cut)}…`;
        } else text = input.slice(lineStart, lineEnd);
        const entry: Unrecognized = { line: this.lineNo, text };
        const why = this.noteWhy ?? (this.noteStart < 0 ? undefined : this.whyNot(this.noteStart, this.noteEnd));
        if (why) entry.note = why;
        this.unrecognized.push(entry);
      }
    }
    this.found = 0;
    this.noteStart = -1;
    this.noteWhy = undefined;
  }

  summary(): Summary {
    const online: VerdictCounts = { eligible: this.onlineEligible, 'upgrade-required': this.onlineUpgrade, 'not-supported': this.onlineNotSupported, unknown: this.onlineUnknown, blocked: 0 };
    const onprem: VerdictCounts = { eligible: this.onpremEligible, 'upgrade-required': this.onpremUpgrade, 'not-supported': this.onpremNotSupported, unknown: this.onpremUnknown, blocked: 0 };
    return {
      lines: this.lines,
      findings: this.findings.length,
      distinctBuilds: this.versions.size,
      unrecognized: this.unrecognized.length,
      prerequisites: this.prerequisites.length,
      byLocation: { online, onprem },
    };
  }
}

// One scanner and one RUN regex serve every scan (scan is synchronous and
// never re-entered): the JIT's optimised code then refers only to objects
// that live as long as the module, instead of being thrown away ("weak
// objects" deoptimisation) each time a garbage collection frees the last
// scan's scanner.
const scanner = new Scanner();

export function scan(input: string, options: ScanOptions = {}): ScanResult {
  scanner.reset(input, options.offset ?? 0, options.firstLine ?? 1);
  if (input !== '') scanner.scanAll();
  const result = { findings: scanner.findings, unrecognized: scanner.unrecognized, prerequisites: scanner.prerequisites, summary: scanner.summary() };
  scanner.release();
  return result;
}
