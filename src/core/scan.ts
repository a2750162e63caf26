import { AGENT_PRODUCTS, familyOfAgent, familyOfNumber, type AgentProduct } from './families.ts';
import { readPrerequisite, type PrerequisiteState } from './prerequisites.ts';
import { VERDICTS, type FamilyId, type Finding, type FindingSource, type Message, type Prerequisite, type ScanResult, type Summary, type Unrecognized, type VerdictCounts } from './types.ts';
import { judge, type Judgement } from './verdict.ts';
import { canonicalPart, type Parts } from './version.ts';
import { whyNotABuild } from './why-not-a-build.ts';

// One pass over the text: a global regex finds every dotted run of digits
// (ASCII or full-width) and a second finds line breaks; each run is then
// classified by a bounded look at the characters around it. Nothing
// backtracks over more than a run, so time is linear in the input.
//
// Speed matters (a 100,000-line report must scan about as fast as a bare
// regex pass), so the hot path allocates only for findings: runs are found
// with test() (no match arrays), most non-builds are rejected by their first
// part without slicing, run texts and verdicts are cached per distinct value,
// and the reason for an unrecognised line is worked out only if the line
// ends up unrecognised.

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

function cached(cache: Map<number, RunInfo>, input: string, start: number, end: number, make: (text: string) => RunInfo): RunInfo {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + input.charCodeAt(i)) & 0x3fffffff; // stays a small integer
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
export interface ScanOptions {
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

/** Meaning of a two-part run after an About keyword: build.revision of a 16.0 client. */
function aboutInfo(run: string): RunInfo {
  const [build, revision] = asciiRun(run).split('.');
  const parts = ['16', '0', canonicalPart(build!), canonicalPart(revision!)];
  const family = familyOfNumber(parts);
  // The About dialog's "(Build … Click-to-Run)" form is Click-to-Run, not MSI.
  return { parts, version: parts.join('.'), family: family === 'win16-msi-range' ? 'win16' : family, note: undefined, text: run, byProduct: [], seen: 0 };
}

/** First part of a run is one that a client family starts with (16, 15, 4, 3, 2)? */
function majorCouldBeClient(input: string, start: number): boolean {
  const a = input.charCodeAt(start);
  const b = input.charCodeAt(start + 1);
  const d0 = a >= 0xff10 ? a - 0xfee0 : a;
  if (isDot(b)) return d0 === 52 || d0 === 51 || d0 === 50; // 4, 3, 2
  if (!isDot(input.charCodeAt(start + 2)) || d0 !== 49) return false;
  const d1 = b >= 0xff10 ? b - 0xfee0 : b;
  return d1 === 54 || d1 === 53; // 16, 15
}

function emptyCounts(): VerdictCounts {
  return Object.fromEntries(VERDICTS.map((v) => [v, 0])) as VerdictCounts;
}

export function scan(input: string, options: ScanOptions = {}): ScanResult {
  const base = options.offset ?? 0;
  const findings: Finding[] = [];
  const unrecognized: Unrecognized[] = [];
  const prerequisites: Prerequisite[] = [];
  const prereqState: PrerequisiteState = { identity: undefined };
  // Verdict counts per location, summed in locals and put into the summary at the end.
  const counts = { online: emptyCounts(), onprem: emptyCounts() };
  let onlineEligible = 0;
  let onlineUpgrade = 0;
  let onlineNotSupported = 0;
  let onlineUnknown = 0;
  let onpremEligible = 0;
  let onpremUpgrade = 0;
  let onpremNotSupported = 0;
  let onpremUnknown = 0;
  const byLocation = () => {
    counts.online = { eligible: onlineEligible, 'upgrade-required': onlineUpgrade, 'not-supported': onlineNotSupported, unknown: onlineUnknown };
    counts.onprem = { eligible: onpremEligible, 'upgrade-required': onpremUpgrade, 'not-supported': onpremNotSupported, unknown: onpremUnknown };
    return counts;
  };
  const versions = new Set<string>();
  let lines = 0;
  if (input === '') return { findings, unrecognized, prerequisites, summary: summaryOf(findings, unrecognized, prerequisites, lines, versions, byLocation()) };

  const scanId = ++scanCount;
  const run = new RegExp(RUN.source, 'g');
  // Next LF and next CR at or after lineStart (-1: none left); each only moves forward.
  let nextLf = input.indexOf('\n');
  let nextCr = input.indexOf('\r');
  // The next run: [runStart, runEnd), or runStart = -1 when there is none.
  let runStart = -1;
  let runEnd = 0;
  let dots = 0;
  const nextRun = () => {
    if (!run.test(input)) {
      runStart = -1;
      return;
    }
    runEnd = run.lastIndex;
    // Walk back to the start of the run (the regex only starts at one), counting its dots.
    let s = runEnd - 1;
    dots = 0;
    for (;;) {
      const c = input.charCodeAt(s - 1);
      if (isDigit(c)) s--;
      else if (isDot(c) && isDigit(input.charCodeAt(s - 2))) {
        s -= 2;
        dots++;
      } else break;
    }
    runStart = s;
  };
  nextRun();

  let registryAt = input.indexOf(REGISTRY_MARK);
  let lineNo = (options.firstLine ?? 1) - 1;
  let lineStart = 0;

  // Per-line state.
  let found = 0;
  // The user agent tokens standing together on the line, as parallel arrays reused from line to line.
  const groupProduct: AgentProduct[] = [];
  const groupStart: number[] = [];
  const groupRunEnd: number[] = [];
  const groupRun: RunInfo[] = [];
  let groupSize = 0;
  let groupEnd = 0;
  // Set by agentBefore.
  let agentProduct: AgentProduct = 'OC';
  // The first run on the line that is no client build, kept to explain an unrecognised line.
  let noteStart = -1;
  let noteEnd = -1;

  /** `text` is given only when it is more than the product and the run (the About form). */
  const push = (start: number, end: number, info: RunInfo, family: FamilyId, source: FindingSource, product: string, text?: string) => {
    // For a given run the product decides the family, so the product is the key.
    // A run meets one or two products (UCCAPI and OC): a short list beats a Map.
    let entry: ProductEntry | undefined;
    for (const e of info.byProduct) if (e.product === product) entry = e;
    if (!entry) info.byProduct.push((entry = { product, judgement: judge(family, info.parts, product), text: product ? `${product}/${info.text}` : info.text }));
    if (info.seen !== scanId) {
      info.seen = scanId;
      versions.add(info.version);
    }
    const j = entry.judgement;
    findings.push({
      line: lineNo,
      start: start + base,
      end: end + base,
      text: text ?? entry.text,
      version: info.version,
      family,
      source,
      verdicts: j.verdicts,
      reasons: j.reasons,
    });
    switch (j.verdicts.online) {
      case 'eligible': onlineEligible++; break;
      case 'upgrade-required': onlineUpgrade++; break;
      case 'not-supported': onlineNotSupported++; break;
      default: onlineUnknown++;
    }
    switch (j.verdicts.onprem) {
      case 'eligible': onpremEligible++; break;
      case 'upgrade-required': onpremUpgrade++; break;
      case 'not-supported': onpremNotSupported++; break;
      default: onpremUnknown++;
    }
    found++;
  };

  /** One client per user agent: the platform token, else OC (the application), else UCCAPI. */
  const flushGroup = () => {
    if (groupSize === 0) return;
    let pick = 0;
    let rank = -1;
    for (let k = 0; k < groupSize; k++) {
      const product = groupProduct[k]!;
      const r = product === 'OC' ? 2 : product === 'UCCAPI' ? 1 : product === 'UCWA' ? 0 : 3;
      if (r > rank) {
        pick = k;
        rank = r;
      }
    }
    const product = groupProduct[pick]!;
    const info = groupRun[pick]!;
    push(groupStart[pick]!, groupRunEnd[pick]!, info, familyOfAgent(product, info.parts), 'user-agent', product);
    groupSize = 0;
  };

  const isRegistryLine = (lineEnd: number) => {
    // registryAt only moves forward, so all lines together search the text once.
    if (registryAt !== -1 && registryAt < lineStart) registryAt = input.indexOf(REGISTRY_MARK, lineStart);
    return registryAt !== -1 && registryAt + REGISTRY_MARK.length <= lineEnd;
  };

  /** Start of an agent product name ending right before a "/" at `slash` (the product goes to agentProduct), else -1. */
  const agentBefore = (slash: number): number => {
    if (slash <= lineStart || input.charCodeAt(slash) !== 47) return -1;
    let i = slash;
    const stop = Math.max(lineStart, slash - AGENT_LOOKBACK);
    while (i > stop && isLetter(input.charCodeAt(i - 1))) i--;
    if (i === slash) return -1;
    const before = i > lineStart ? input.charCodeAt(i - 1) : 32;
    if (isLetter(before) || (before >= 48 && before <= 57)) return -1;
    const product = productAt(input, i, slash);
    if (!product) return -1;
    agentProduct = product;
    return i;
  };

  /** Start of "(Build " standing right before `at`, as in an About dialog. */
  const aboutKeywordBefore = (at: number): number | undefined => {
    let i = at;
    while (i > lineStart && isSpace(input.charCodeAt(i - 1))) i--;
    if (i === lineStart || !(isLetter(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) > 127)) return undefined;
    for (const word of ABOUT_KEYWORDS) {
      if (!endsWithWord(input, Math.max(lineStart, i - ABOUT_LOOKBACK), i, word)) continue;
      let k = i - word.length;
      while (k > lineStart && isSpace(input.charCodeAt(k - 1))) k--;
      if (k > lineStart && input.charCodeAt(k - 1) === 40 /* ( */) return i - word.length;
    }
    return undefined;
  };

  /** End of a "(comment)" following a user agent token, if one closes nearby. */
  const commentEnd = (from: number, lineEnd: number): number | undefined => {
    let i = from;
    while (i < lineEnd && isSpace(input.charCodeAt(i))) i++;
    if (input.charCodeAt(i) !== 40) return undefined;
    const stop = Math.min(lineEnd, i + COMMENT_LIMIT);
    let depth = 0;
    for (; i < stop; i++) {
      const c = input.charCodeAt(i);
      if (c === 40) depth++;
      else if (c === 41 && --depth === 0) return i + 1;
    }
    return undefined;
  };

  const onlySpaceBetween = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (!isTrimmed(input.charCodeAt(i))) return false;
    return true;
  };

  const runInfoOf = (start: number, end: number): RunInfo => cached(runCache, input, start, end, runInfo);

  /** Why the run input[start, end) is no client build. */
  const whyNot = (start: number, end: number): Message | undefined => {
    let dotCount = 0;
    for (let i = start; i < end && dotCount <= 3; i++) if (isDot(input.charCodeAt(i))) dotCount++;
    if (dotCount > 3) return { key: 'ignored_too_many_parts', params: { text: input.slice(start, Math.min(end, start + 40)) } };
    return runInfoOf(start, end).note;
  };

  const classify = (start: number, end: number, lineEnd: number): number => {
    if (dots > 3) {
      if (noteStart < 0) {
        noteStart = start;
        noteEnd = end;
      }
      return end;
    }

    const nameStart = start > lineStart && input.charCodeAt(start - 1) === 47 ? agentBefore(start - 1) : -1;
    if (nameStart >= 0) {
      if (groupSize > 0 && !onlySpaceBetween(groupEnd, nameStart)) flushGroup();
      groupProduct[groupSize] = agentProduct;
      groupStart[groupSize] = nameStart;
      groupRunEnd[groupSize] = end;
      groupRun[groupSize] = runInfoOf(start, end);
      groupSize++;
      const close = commentEnd(end, lineEnd);
      groupEnd = close ?? end;
      return groupEnd;
    }
    flushGroup();

    if (dots === 1) {
      const keyword = aboutKeywordBefore(start);
      if (keyword === undefined) return end;
      const info = cached(aboutCache, input, start, end, aboutInfo);
      if (info.family) push(keyword, end, info, info.family, 'about', '', input.slice(keyword, end));
      return end;
    }

    // Most dotted numbers in a report (dates, IPs, Windows versions) fail on their first part.
    if (!majorCouldBeClient(input, start)) {
      if (noteStart < 0) {
        noteStart = start;
        noteEnd = end;
      }
      return end;
    }
    const info = runInfoOf(start, end);
    if (info.family) push(start, end, info, info.family, isRegistryLine(lineEnd) ? 'registry' : 'bare', '');
    else if (noteStart < 0) {
        noteStart = start;
        noteEnd = end;
      }
    return end;
  };

  const finishLine = (lineEnd: number) => {
    flushGroup();
    let first = lineStart;
    while (first < lineEnd && isTrimmed(input.charCodeAt(first))) first++;
    if (first < lineEnd) {
      // Only "Identity", "EnableOfflineIM" and "EnableIMAutoArchiving" lines can be prerequisites.
      const c = input.charCodeAt(first) | 0x20;
      PREREQUISITE_KEY.lastIndex = first;
      const prerequisite = (c === 0x69 || c === 0x65) && PREREQUISITE_KEY.test(input) ? readPrerequisite(input.slice(lineStart, lineEnd), lineNo, prereqState) : undefined;
      if (prerequisite) prerequisites.push(prerequisite);
      else if (found === 0) {
        let text: string;
        if (lineEnd - lineStart > UNRECOGNIZED_TEXT_LIMIT) {
          let cut = lineStart + UNRECOGNIZED_TEXT_LIMIT;
          // Never split a surrogate pair.
          if ((input.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
          text = `${input.slice(lineStart, cut)}…`;
        } else text = input.slice(lineStart, lineEnd);
        const entry: Unrecognized = { line: lineNo, text };
        const why = noteStart < 0 ? undefined : whyNot(noteStart, noteEnd);
        if (why) entry.note = why;
        unrecognized.push(entry);
      }
    }
    found = 0;
    noteStart = -1;
  };

  for (;;) {
    lineNo++;
    lines++;
    // CRLF, LF and lone CR each end a line; indexOf is far cheaper than a regex per line.
    if (nextLf !== -1 && nextLf < lineStart) nextLf = input.indexOf('\n', lineStart);
    if (nextCr !== -1 && nextCr < lineStart) nextCr = input.indexOf('\r', lineStart);
    const lineEnd = nextCr === -1 ? (nextLf === -1 ? input.length : nextLf) : nextLf === -1 ? nextCr : Math.min(nextCr, nextLf);
    const hasBreak = lineEnd < input.length;
    const next = !hasBreak ? lineEnd : lineEnd === nextCr && nextLf === lineEnd + 1 ? lineEnd + 2 : lineEnd + 1;
    let resumeAt = lineStart;
    while (runStart !== -1 && runStart < lineEnd) {
      if (runStart >= resumeAt) resumeAt = classify(runStart, runEnd, lineEnd);
      nextRun();
    }
    finishLine(lineEnd);
    if (!hasBreak) break;
    lineStart = next;
    // A text that ends with a line break has no further line.
    if (lineStart === input.length) break;
  }

  return { findings, unrecognized, prerequisites, summary: summaryOf(findings, unrecognized, prerequisites, lines, versions, byLocation()) };
}

function summaryOf(
  findings: readonly Finding[],
  unrecognized: readonly Unrecognized[],
  prerequisites: readonly Prerequisite[],
  lines: number,
  versions: ReadonlySet<string>,
  byLocation: Summary['byLocation'],
): Summary {
  return { lines, findings: findings.length, distinctBuilds: versions.size, unrecognized: unrecognized.length, prerequisites: prerequisites.length, byLocation };
}
