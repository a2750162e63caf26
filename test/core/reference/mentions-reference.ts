// Frozen copy of mentionsOn as first written (before its speed work), kept as
// the reference that test/core/mentions.test.ts compares the fast one against.
// Do not optimise this file: its worth is that it stays simple and unchanged.
import type { Mention, MentionKind } from '../../../src/core/evidence.ts';
// The phrase data is the engine's own; this copy keeps only the first, simple matching algorithm.
import { PHRASES, UNSPACED } from '../../../src/core/phrases.ts';

// Product names and threshold phrases on one line (docs/evidence.md), as
// words: lower case, letters and digits of any script. A word ending in "*"
// is a stem that matches any word it starts ("нужн*": нужна, нужен). The line
// is cut into words once and each word is looked up in a map, so a line costs
// a few map look-ups rather than a pass of a large regular expression.

/** Lines that may hold an UNSPACED phrase: any non-ASCII character, or ">=". */
const UNSPACED_HINT = /[^\t-~]|>=/;

interface Phrase {
  kind: MentionKind;
  /** The words after the first. */
  rest: readonly string[];
  rank: number;
}

/**
 * Lower case of the letters the phrases use (Latin, Latin-1, Latin Extended-A,
 * Cyrillic), code by code, so that a word is hashed without making a string.
 */
function lowerCode(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  if (c >= 0x100 && c <= 0x17f && (c & 1) === 0) return c + 1;
  return c;
}

function hashWord(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + lowerCode(word.charCodeAt(i))) & 0x3fffffff;
  return hash;
}

/** Phrases by the hash of their first word, and by the hash of the stem their first word starts with. */
const BY_WORD = new Map<number, Array<[string, Phrase]>>();
const BY_STEM = new Map<number, Array<[string, Phrase]>>();
/** STEM_LENGTH[n]: some stem has n characters. */
const STEM_LENGTH: boolean[] = [];
{
  let rank = 0;
  const add = (map: Map<number, Array<[string, Phrase]>>, word: string, phrase: Phrase) => {
    const key = hashWord(word);
    map.set(key, [...(map.get(key) ?? []), [word, phrase]]);
  };
  for (const [kind, phrases] of PHRASES) {
    for (const text of phrases) {
      const [first, ...rest] = text.split(' ');
      const phrase: Phrase = { kind, rest, rank: rank++ };
      if (first!.endsWith('*')) {
        const stem = first!.slice(0, -1);
        add(BY_STEM, stem, phrase);
        STEM_LENGTH[stem.length] = true;
      } else add(BY_WORD, first!, phrase);
    }
  }
}

/** Letters and digits of any script make words; everything else separates them. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c < 0xc0) return false;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20) || c === 0xfeff);
}

/** The words of one line: offsets, and their lower-case text made only when asked for. Reused from line to line. */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly lower: (string | undefined)[] = [];
  private line = '';
  length = 0;

  reset(line: string): void {
    this.line = line;
    this.length = 0;
  }

  add(start: number, end: number): void {
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.lower[k] = undefined;
  }

  at(k: number): string {
    return (this.lower[k] ??= this.line.slice(this.starts[k], this.ends[k]).toLowerCase().replace(/(?:\u00ad|\u200c|\u200d|\u2060)/g, ''));
  }
}

const words = new Words();

function fits(p: Phrase, words: Words, at: number): boolean {
  if (at + p.rest.length >= words.length) return false;
  for (let k = 0; k < p.rest.length; k++) {
    const pattern = p.rest[k]!;
    const word = words.at(at + 1 + k);
    if (pattern.endsWith('*') ? !word.startsWith(pattern.slice(0, -1)) : word !== pattern) return false;
  }
  return true;
}

function better(a: Phrase, b: Phrase | undefined): boolean {
  return b === undefined || a.rest.length > b.rest.length || (a.rest.length === b.rest.length && a.rank < b.rank);
}

/** The phrase of `list` whose first word (or stem) is word `w`, if it is longer or earlier than `best` and its other words follow. */
function pick(list: Array<[string, Phrase]> | undefined, w: number, stem: boolean, best: Phrase | undefined): Phrase | undefined {
  if (list === undefined) return best;
  for (const [first, p] of list) {
    if (!better(p, best)) continue;
    const word = words.at(w);
    if ((stem ? word.startsWith(first) : word === first) && fits(p, words, w)) best = p;
  }
  return best;
}

/** Product names and threshold phrases on one line, in order. `line` is one line's text (spacedLine applied). */
export function mentionsOn(line: string): Mention[] {
  words.reset(line);
  const found: Mention[] = [];
  // Words are hashed as they are read; only a word whose hash names a phrase is made into a string.
  const hits: number[] = [];
  for (let i = 0; i < line.length; ) {
    let c = line.charCodeAt(i);
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    const start = i;
    // No name or phrase starts with a digit: numbers, dates and counts cost one pass.
    const digit = c >= 48 && c <= 57;
    let hash = 0;
    let stemHit = false;
    // (Since the first version: a change between scripts written without spaces, from U+3040 on, and others ends a word.)
    const wide = c >= 0x3040;
    for (; i < line.length; i++) {
      c = line.charCodeAt(i);
      // (Since session 28: a soft hyphen or a zero-width joiner between two letters is part of the word, unhashed.)
      if (!digit && (c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060) && i > start && isWordChar(line.charCodeAt(i + 1)) && line.charCodeAt(i + 1) < 0x3040 && !wide) continue;
      if (!(isWordChar(c) && c >= 0x3040 === wide)) break;
      if (digit) continue;
      hash = (Math.imul(hash, 31) + lowerCode(c)) & 0x3fffffff;
      if (STEM_LENGTH[line.slice(start, i + 1).replace(/(?:\u00ad|\u200c|\u200d|\u2060)/g, '').length] && BY_STEM.has(hash)) stemHit = true;
    }
    words.add(start, i);
    if (!digit && (stemHit || BY_WORD.has(hash))) hits.push(words.length - 1);
  }
  for (let h = 0; h < hits.length; h++) {
    const w = hits[h]!;
    if (found.length > 0 && words.starts[w]! < found[found.length - 1]!.end) continue;
    let best = pick(BY_WORD.get(hashWord(words.at(w))), w, false, undefined);
    // Stems: the word's prefixes of every stem length.
    const word = words.at(w);
    for (let n = 1; n <= word.length; n++) if (STEM_LENGTH[n]) best = pick(BY_STEM.get(hashWord(word.slice(0, n))), w, true, best);
    if (!best) continue;
    const last = w + best.rest.length;
    found.push({ kind: best.kind, start: words.starts[w]!, end: words.ends[last]!, text: line.slice(words.starts[w]!, words.ends[last]!).replace(/(?:\u00ad|\u200c|\u200d|\u2060)/g, '') });
  }
  if (UNSPACED_HINT.test(line)) {
    for (const [kind, text] of UNSPACED) {
      for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + text.length)) found.push({ kind, start: at, end: at + text.length, text });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
