import { familyOfAgent, familyOfNumber, isAgentProduct, type AgentProduct } from './families.ts';
import { readPrerequisite, type PrerequisiteState } from './prerequisites.ts';
import { summarize } from './summarize.ts';
import type { FamilyId, Finding, FindingSource, Message, Prerequisite, ScanResult, Unrecognized } from './types.ts';
import { judge, type Judgement } from './verdict.ts';
import { canonicalPart, type Parts } from './version.ts';
import { whyNotABuild } from './why-not-a-build.ts';

// One pass over the text: a single global regex finds every run of dotted
// digits (ASCII or full-width) and a second finds line breaks; each run is
// then classified by a bounded look at the characters around it. Nothing
// backtracks over more than a run, so time is linear in the input.

// Linear: each position is consumed once; the only backtrack is a final
// dot without a digit after it.
const RUN = /[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)*/g;
const LINE_BREAK = /\r\n?|\n/g;
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

interface AgentToken {
  product: AgentProduct;
  start: number;
  end: number;
  parts: Parts;
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

/** The run's parts as canonical ASCII digit strings, or undefined past four parts. */
function splitRun(run: string): Parts | undefined {
  let text = run;
  if (NON_ASCII_RUN.test(text)) {
    text = text.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  }
  let dots = 0;
  for (let i = text.indexOf('.'); i !== -1; i = text.indexOf('.', i + 1)) if (++dots > 3) return undefined;
  return text.split('.');
}

function hasLeadingZero(part: string): boolean {
  return part.length > 1 && part.charCodeAt(0) === 48;
}

export function scan(input: string, options: ScanOptions = {}): ScanResult {
  if (input === '') return { findings: [], unrecognized: [], prerequisites: [], summary: summarize([], [], [], 0) };
  const base = options.offset ?? 0;
  const findings: Finding[] = [];
  const unrecognized: Unrecognized[] = [];
  const prerequisites: Prerequisite[] = [];
  const prereqState: PrerequisiteState = { identity: undefined };
  const judgements = new Map<string, Judgement>();

  const run = new RegExp(RUN.source, 'g');
  const lineBreak = new RegExp(LINE_BREAK.source, 'g');
  let match = run.exec(input);

  let lineNo = (options.firstLine ?? 1) - 1;
  let lineStart = 0;
  let lines = 0;

  // Per-line state.
  let found = 0;
  let note: Message | undefined;
  let registryLine: boolean | undefined;
  let group: AgentToken[] = [];
  let groupEnd = 0;

  const judged = (family: FamilyId, parts: Parts, product: string): Judgement => {
    const key = `${family}|${product}|${parts.join('.')}`;
    let j = judgements.get(key);
    if (!j) judgements.set(key, (j = judge(family, parts, product)));
    return j;
  };

  const push = (start: number, end: number, parts: Parts, family: FamilyId, source: FindingSource, product = '') => {
    const j = judged(family, parts, product);
    findings.push({
      line: lineNo,
      start: start + base,
      end: end + base,
      text: input.slice(start, end),
      version: parts.join('.'),
      family,
      source,
      verdicts: j.verdicts,
      reasons: j.reasons,
    });
    found++;
  };

  /** One client per user agent: the platform token, else OC (the application), else UCCAPI. */
  const flushGroup = () => {
    if (group.length === 0) return;
    let pick = group[0]!;
    let rank = -1;
    for (const token of group) {
      const r = token.product === 'OC' ? 2 : token.product === 'UCCAPI' ? 1 : token.product === 'UCWA' ? 0 : 3;
      if (r > rank) [pick, rank] = [token, r];
    }
    push(pick.start, pick.end, pick.parts, familyOfAgent(pick.product, pick.parts), 'user-agent', pick.product);
    group = [];
  };

  const isRegistryLine = (lineEnd: number) => {
    registryLine ??= input.slice(lineStart, lineEnd).includes('ersionToReport');
    return registryLine;
  };

  /** Product name ending right before a "/" at `slash`, if it is an agent token. */
  const agentBefore = (slash: number): [AgentProduct, number] | undefined => {
    if (slash <= lineStart || input.charCodeAt(slash) !== 47) return undefined;
    let i = slash;
    const stop = Math.max(lineStart, slash - AGENT_LOOKBACK);
    while (i > stop && isLetter(input.charCodeAt(i - 1))) i--;
    if (i === slash) return undefined;
    const before = i > lineStart ? input.charCodeAt(i - 1) : 32;
    if (isLetter(before) || (before >= 48 && before <= 57)) return undefined;
    const name = input.slice(i, slash);
    return isAgentProduct(name) ? [name, i] : undefined;
  };

  /** Start of "(Build " standing right before `at`, as in an About dialog. */
  const aboutKeywordBefore = (at: number): number | undefined => {
    let i = at;
    while (i > lineStart && isSpace(input.charCodeAt(i - 1))) i--;
    const tail = input.slice(Math.max(lineStart, i - ABOUT_LOOKBACK), i).toLowerCase();
    for (const word of ABOUT_KEYWORDS) {
      if (!tail.endsWith(word)) continue;
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

  const classify = (start: number, end: number, lineEnd: number): number => {
    const parts = splitRun(input.slice(start, end));
    if (!parts) {
      note ??= { key: 'ignored_too_many_parts', params: { text: input.slice(start, Math.min(end, start + 40)) } };
      return end;
    }
    if (parts.length === 1) return end;

    const agent = agentBefore(start - 1);
    if (agent) {
      const [product, nameStart] = agent;
      const canon = parts.map(canonicalPart);
      if (group.length > 0 && input.slice(groupEnd, nameStart).trim() !== '') flushGroup();
      group.push({ product, start: nameStart, end, parts: canon });
      const close = commentEnd(end, lineEnd);
      groupEnd = close ?? end;
      return groupEnd;
    }
    flushGroup();

    if (parts.length === 2) {
      const keyword = aboutKeywordBefore(start);
      if (keyword === undefined) return end;
      const full = ['16', '0', canonicalPart(parts[0]!), canonicalPart(parts[1]!)];
      const family = familyOfNumber(full);
      if (family) push(keyword, end, full, family === 'win16-msi-range' ? 'win16' : family, 'about');
      return end;
    }

    const canon = parts.map(canonicalPart);
    const family = hasLeadingZero(parts[0]!) || hasLeadingZero(parts[1]!) ? undefined : familyOfNumber(canon);
    if (family) {
      push(start, end, canon, family, isRegistryLine(lineEnd) ? 'registry' : 'bare');
    } else {
      note ??= whyNotABuild(parts, canon);
    }
    return end;
  };

  const finishLine = (lineEnd: number) => {
    flushGroup();
    const text = input.slice(lineStart, lineEnd);
    const prerequisite = readPrerequisite(text, lineNo, prereqState);
    if (prerequisite) prerequisites.push(prerequisite);
    else if (found === 0 && text.trim() !== '') {
      const entry: Unrecognized = {
        line: lineNo,
        text: text.length > UNRECOGNIZED_TEXT_LIMIT ? `${text.slice(0, UNRECOGNIZED_TEXT_LIMIT)}…` : text,
      };
      if (note) entry.note = note;
      unrecognized.push(entry);
    }
    found = 0;
    note = undefined;
    registryLine = undefined;
  };

  for (;;) {
    lineNo++;
    lines++;
    const br = lineBreak.exec(input);
    const lineEnd = br ? br.index : input.length;
    let resumeAt = lineStart;
    while (match && match.index < lineEnd) {
      if (match.index >= resumeAt) {
        resumeAt = classify(match.index, match.index + match[0].length, lineEnd);
      }
      match = run.exec(input);
    }
    finishLine(lineEnd);
    if (!br) break;
    lineStart = lineBreak.lastIndex;
    // A text that ends with a line break has no further line.
    if (lineStart === input.length) break;
  }

  return { findings, unrecognized, prerequisites, summary: summarize(findings, unrecognized, prerequisites, lines) };
}
