import { encodedSpaceAt, spacedLine } from './spaced-line.ts';
import type { Mention, MentionKind } from './evidence.ts';
import { PHRASES, UNSPACED } from './phrases.ts';

// Product names and threshold phrases on one line (docs/evidence.md), as
// words: lower case, letters and digits of any script. A word ending in "*"
// is a stem that matches any word it starts ("нужн*": нужна, нужен). The line
// is cut into words once and each word is looked up in a map, so a line costs
// a few map look-ups rather than a pass of a large regular expression.

/** First characters of the UNSPACED phrases: only a line holding one is searched for them. */
const UNSPACED_FIRST = new Set(UNSPACED.map(([, text]) => text.charCodeAt(0)));
/** The smallest non-ASCII one, so that most characters are ruled out by one comparison. */
const UNSPACED_LEAST = Math.min(...[...UNSPACED_FIRST].filter((c) => c >= 0x80));

function mayStartUnspaced(c: number): boolean {
  return c < 0x80 ? (c === 62 /* > */ || c === 38) /* & */ && UNSPACED_FIRST.has(c) : c >= UNSPACED_LEAST && UNSPACED_FIRST.has(c);
}

interface Phrase {
  kind: MentionKind;
  /** The words after the first. */
  rest: readonly string[];
  /** The words after the first without their "*", and whether each is a stem. */
  restText: readonly string[];
  restStem: readonly boolean[];
  rank: number;
}

/**
 * Lower case of the letters the phrases use (Latin, Latin-1, Latin Extended-A,
 * Greek, Cyrillic), code by code, so that a word is hashed without making a string.
 */
function lowerCodeOf(c: number): number {
  if (c < 0x80) return c >= 65 && c <= 90 ? c + 32 : c;
  if ((c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  // Turkish dotted capital I ("İndiriliyor", "İş için"): i.
  if (c === 0x130) return 0x69;
  if (c >= 0x100 && c <= 0x17f && (c & 1) === 0) return c + 1;
  // Greek: capitals, and those with a tonos ("Από την έκδοση" opening a sentence).
  if (c >= 0x391 && c <= 0x3a9 && c !== 0x3a2) return c + 32;
  if (c === 0x386) return 0x3ac;
  if (c >= 0x388 && c <= 0x38a) return c + 37;
  if (c === 0x38c) return 0x3cc;
  if (c === 0x38e || c === 0x38f) return c + 63;
  return c;
}

/** lowerCodeOf for every code it changes (all below 0x430), read from a table: one load per character instead of a chain of tests. */
const LOWER_TABLE = Uint16Array.from({ length: 0x430 }, (_, c) => lowerCodeOf(c));

function lowerCode(c: number): number {
  if (c < 0x430) return LOWER_TABLE[c]!;
  // Full-width Latin letters ("Ｏｕｔｌｏｏｋ", typed with East Asian input) are the ASCII word.
  if (c >= 0xff21 && c <= 0xff5a) return c <= 0xff3a ? c - 0xff21 + 97 : c >= 0xff41 ? c - 0xff41 + 97 : c;
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
/**
 * STEM_LENGTH[n] = 1: some stem has n characters. A typed array read within
 * its bounds (n < MAX_STEM) stays fast where a sparse array's holes and
 * reads past its end would not.
 */
const MAX_STEM = 64;
const STEM_LENGTH = new Uint8Array(MAX_STEM);
/** The longest stem's length. */
let longestStem = 0;
/**
 * Low bits of every key of BY_WORD and BY_STEM: a word (or prefix) whose
 * hash is not marked here is in neither map, found without a map look-up.
 */
const KEY_BITS = 1 << 16;
const MAYBE_KEY = new Uint8Array(KEY_BITS);
/**
 * The same for the stems alone, which are tested at every character of a
 * word: few enough for a table that stays in the fastest cache.
 */
const STEM_BITS = 1 << 12;
const MAYBE_STEM = new Uint8Array(STEM_BITS);
{
  let rank = 0;
  const add = (map: Map<number, Array<[string, Phrase]>>, word: string, phrase: Phrase) => {
    const key = hashWord(word);
    map.set(key, [...(map.get(key) ?? []), [word, phrase]]);
    MAYBE_KEY[key & (KEY_BITS - 1)] = 1;
  };
  // Contractions typed without their apostrophe are the same words ("we dont have Skype", "doesnt", "isnt").
  const withoutApostrophe = (text: string): string[] => {
    const joined = text.replace(/n t(?= |$)/g, 'nt');
    return joined === text ? [text] : [text, joined];
  };
  for (const [kind, phrases] of PHRASES) {
    for (const text of phrases.flatMap(withoutApostrophe)) {
      const [first, ...rest] = text.split(' ');
      const phrase: Phrase = { kind, rest, restText: rest.map((r) => (r.endsWith('*') ? r.slice(0, -1) : r)), restStem: rest.map((r) => r.endsWith('*')), rank: rank++ };
      if (first!.endsWith('*')) {
        const stem = first!.slice(0, -1);
        add(BY_STEM, stem, phrase);
        MAYBE_STEM[hashWord(stem) & (STEM_BITS - 1)] = 1;
        if (stem.length >= MAX_STEM) throw new Error(`stem too long: ${stem}`);
        STEM_LENGTH[stem.length] = 1;
        longestStem = Math.max(longestStem, stem.length);
      } else add(BY_WORD, first!, phrase);
    }
  }
}

/** Letters and digits of any script make words; everything else separates them. */
/** Where the scripts written without spaces begin: kana, CJK, Hangul (and the full-width forms after them). */
const WIDE_SCRIPT = 0x3040;

/** A character of a script written without spaces (kana, CJK, Hangul), not a full-width Latin letter ("Ｏｕｔｌｏｏｋの": a Latin word, then kana). */
function isWide(c: number): boolean {
  return c >= WIDE_SCRIPT && !(c >= 0xff21 && c <= 0xff5a);
}

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c < 0xc0) return false;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20) || c === 0xfeff);
}

/** Full-width Latin letters as ASCII (as lowerCode reads them), and no joining marks (isJoinMark), for a word's text. */
function foldWidth(word: string): string {
  const folded = /[\uff21-\uff5a]/.test(word) ? word.replace(/[\uff21-\uff5a]/g, (ch) => String.fromCharCode(lowerCode(ch.charCodeAt(0)))) : word;
  return JOIN_MARKS.test(folded) ? folded.replace(JOIN_MARKS_ALL, '') : folded;
}

/**
 * Marks a web page may put inside a word, invisible when shown: a soft hyphen, the zero-width non-joiner and joiner,
 * the word joiner. Between two letters they are part of the word ("Out\u00adlook" is Outlook): a product's name stays
 * its name. (A zero-width space may stand for a space between words, and still separates them.)
 */
function isJoinMark(c: number): boolean {
  return c === 0xad || c === 0x200c || c === 0x200d || c === 0x2060;
}
const JOIN_MARKS = /(?:\u00ad|\u200c|\u200d|\u2060)/;
const JOIN_MARKS_ALL = /(?:\u00ad|\u200c|\u200d|\u2060)/g;

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
    return (this.lower[k] ??= foldWidth(this.line.slice(this.starts[k], this.ends[k]).toLowerCase()));
  }

  /**
   * at(k) === text, compared in place while the word's characters are plain
   * (their lower case by lowerCode is toLowerCase's, one character each); from
   * the first other character on, by at(k) itself.
   */
  equals(k: number, text: string): boolean {
    const start = this.starts[k]!;
    const length = this.ends[k]! - start;
    for (let i = 0; i < length; i++) {
      const c = this.line.charCodeAt(start + i);
      if (!isPlain(c)) return this.at(k) === text;
      if (i >= text.length || lowerCode(c) !== text.charCodeAt(i)) return false;
    }
    return length === text.length;
  }

  /** at(k).startsWith(text), compared in place as equals does. */
  startsWith(k: number, text: string): boolean {
    const start = this.starts[k]!;
    const length = this.ends[k]! - start;
    for (let i = 0; i < text.length; i++) {
      if (i >= length) return false;
      const c = this.line.charCodeAt(start + i);
      if (!isPlain(c)) return this.at(k).startsWith(text);
      if (lowerCode(c) !== text.charCodeAt(i)) return false;
    }
    return true;
  }

  /** Whether word k is all plain characters (its lower case then hashes as read). */
  plain(k: number): boolean {
    for (let i = this.starts[k]!; i < this.ends[k]!; i++) if (!isPlain(this.line.charCodeAt(i))) return false;
    return true;
  }
}

/**
 * ASCII, Latin-1 letters and basic Cyrillic: for these, and only these among
 * lowerCode's ranges (not Latin Extended-A, where "İ" lowers to two
 * characters and "ĸ" is no capital), toLowerCase is lowerCode code by code.
 */
function isPlain(c: number): boolean {
  return c < 0x80 || (c >= 0xc0 && c <= 0xff) || (c >= 0x400 && c <= 0x45f);
}

const words = new Words();

function fits(p: Phrase, words: Words, at: number): boolean {
  if (at + p.rest.length >= words.length) return false;
  for (let k = 0; k < p.rest.length; k++) {
    const pattern = p.restText[k]!;
    if (p.restStem[k] ? !words.startsWith(at + 1 + k, pattern) : !words.equals(at + 1 + k, pattern)) return false;
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
    if ((stem ? words.startsWith(w, first) : words.equals(w, first)) && fits(p, words, w)) best = p;
  }
  return best;
}

/** Indices of the words whose hash names a phrase, and their hashes as read; reused from line to line, the first hitCount are this line's. */
const hits: number[] = [];
const hitHashes: number[] = [];

/** Product names and threshold phrases on one line, in order. `line` is one line's text (spacedLine applied). */
export function mentionsOn(line: string): Mention[] {
  return find(line, 0, line.length, false);
}

/**
 * mentionsOn(spacedLine(input.slice(from, to))), read in place: the encoded
 * spaces "%20", "&nbsp;" and "&#160;" separate words as spaces would (the
 * other space-like characters separate words anyway), offsets are counted
 * from `from`, and only a found mention's text is made, spaced. The scanner
 * calls this on every line that holds a possible build, so it neither slices
 * the line nor copies it.
 */
export function mentionsIn(input: string, from: number, to: number): Mention[] {
  return find(input, from, to, true);
}

function find(line: string, from: number, to: number, decode: boolean): Mention[] {
  words.reset(line);
  const found: Mention[] = [];
  // Words are hashed as they are read; only a word whose hash names a phrase is made into a string.
  let hitCount = 0;
  // Where the first character that may start an UNSPACED phrase stands, or -1.
  let unspacedFrom = -1;
  const length = to;
  for (let i = from; i < length; ) {
    let c = line.charCodeAt(i);
    if (!isWordChar(c)) {
      if (unspacedFrom < 0 && mayStartUnspaced(c)) unspacedFrom = i;
      // An encoded space never reaches past the line: spacedLine saw only the line.
      const skip = decode && (c === 37 || c === 38) ? encodedSpaceAt(line, i) : 0;
      i += skip > 0 && i + skip <= to ? skip : 1;
      continue;
    }
    const start = i;
    // No name or phrase starts with a digit: numbers, dates and counts cost one pass.
    const digit = c >= 48 && c <= 57;
    // Scripts written without spaces touch Latin words and numbers ("他的Skype for Business版本是16.0.x"): a change
    // between them ends a word.
    const wide = isWide(c);
    let hash = 0;
    let stemHit = false;
    // Characters hashed so far (a joining mark inside the word is skipped).
    let n = 0;
    for (; i < length; i++) {
      c = line.charCodeAt(i);
      if (!isWordChar(c)) {
        // A joining mark between two letters goes on with the word, unhashed.
        if (!digit && isJoinMark(c) && i + 1 < length && isWordChar(line.charCodeAt(i + 1)) && !isWide(line.charCodeAt(i + 1))) continue;
        break;
      }
      if ((c >= WIDE_SCRIPT && isWide(c)) !== wide) break;
      if (c >= UNSPACED_LEAST && unspacedFrom < 0 && mayStartUnspaced(c)) unspacedFrom = i;
      if (digit) continue;
      hash = (Math.imul(hash, 31) + lowerCode(c)) & 0x3fffffff;
      n++;
      if (MAYBE_STEM[hash & (STEM_BITS - 1)] === 1 && n <= longestStem && STEM_LENGTH[n] === 1 && BY_STEM.has(hash)) stemHit = true;
    }
    words.add(start, i);
    if (!digit && (stemHit || (MAYBE_KEY[hash & (KEY_BITS - 1)] === 1 && BY_WORD.has(hash)))) {
      hits[hitCount] = words.length - 1;
      hitHashes[hitCount++] = hash;
    }
  }
  for (let h = 0; h < hitCount; h++) {
    const w = hits[h]!;
    if (found.length > 0 && words.starts[w]! - from < found[found.length - 1]!.end) continue;
    let best: Phrase | undefined;
    if (words.plain(w)) {
      // A plain word's hash as read is that of its lower case; its prefixes' hashes are taken in place.
      best = pick(BY_WORD.get(hitHashes[h]!), w, false, undefined);
      const start = words.starts[w]!;
      const length = words.ends[w]! - start;
      let hash = 0;
      for (let n = 1; n <= length && n <= longestStem; n++) {
        hash = (Math.imul(hash, 31) + lowerCode(line.charCodeAt(start + n - 1))) & 0x3fffffff;
        if (STEM_LENGTH[n] === 1) best = pick(BY_STEM.get(hash), w, true, best);
      }
    } else {
      best = pick(BY_WORD.get(hashWord(words.at(w))), w, false, undefined);
      // Stems: the word's prefixes of every stem length.
      const word = words.at(w);
      for (let n = 1; n <= word.length && n <= longestStem; n++) if (STEM_LENGTH[n] === 1) best = pick(BY_STEM.get(hashWord(word.slice(0, n))), w, true, best);
    }
    if (!best) continue;
    const last = w + best.rest.length;
    const written = line.slice(words.starts[w], words.ends[last]);
    // (A reason names the product as shown: without the marks inside its words.)
    const text = JOIN_MARKS.test(written) ? written.replace(JOIN_MARKS_ALL, '') : written;
    found.push({ kind: best.kind, start: words.starts[w]! - from, end: words.ends[last]! - from, text: decode ? spacedLine(text) : text });
  }
  if (unspacedFrom >= 0 && addUnspaced(line, unspacedFrom, to, from, found)) found.sort((a, b) => a.start - b.start);
  return found;
}

/** Where each UNSPACED phrase may next be found (no phrase overlaps itself: as indexOf from the last end would). */
const unspacedNext: number[] = UNSPACED.map(() => 0);

/** Adds the UNSPACED phrases found in line[from, to) to `found` (offsets counted from `origin`), in line order; whether any was. */
function addUnspaced(line: string, from: number, to: number, origin: number, found: Mention[]): boolean {
  unspacedNext.fill(0);
  let any = false;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (!mayStartUnspaced(c)) continue;
    for (let p = 0; p < UNSPACED.length; p++) {
      const [kind, text] = UNSPACED[p]!;
      if (i >= unspacedNext[p]! && i + text.length <= to && line.startsWith(text, i)) {
        found.push({ kind, start: i - origin, end: i + text.length - origin, text });
        unspacedNext[p] = i + text.length;
        any = true;
      }
    }
  }
  return any;
}
