// Frozen copy of mentionsOn as first written (before its speed work), kept as
// the reference that test/core/mentions.test.ts compares the fast one against.
// Do not optimise this file: its worth is that it stays simple and unchanged.
import type { Mention, MentionKind } from '../../../src/core/evidence.ts';

// Product names and threshold phrases on one line (docs/evidence.md), as
// words: lower case, letters and digits of any script. A word ending in "*"
// is a stem that matches any word it starts ("нужн*": нужна, нужен). The line
// is cut into words once and each word is looked up in a map, so a line costs
// a few map look-ups rather than a pass of a large regular expression.

const SKYPE_NAMES = ['skype for business', 'skype для бизнеса', 'skype für business', 'skype fur business', 'skype per business', 'skype dla firm', 'skype entreprise', 'skype empresarial', 'lync'];

/** At one word the longer phrase wins; at equal length, the kind listed first. */
const PHRASES: ReadonlyArray<[MentionKind, readonly string[]]> = [
  ['neutral', ['exchange online', 'exchange on prem*', 'exchange onprem*', 'локальн* exchange', 'exchange в облаке', 'exchange mailbox']],
  ['web', [...SKYPE_NAMES.map((n) => `${n} web app`), 'web app', 'webapp', 'lync web', 'lwa', 'cwa', 'ucwa', 'web client', 'веб клиент*', 'вебклиент*', 'веб приложени*']],
  [
    'other',
    [
      ...SKYPE_NAMES.map((n) => `${n} server`),
      ...SKYPE_NAMES.map((n) => `${n} сервер*`),
      'lync phone edition', 'office communications server', 'communications server', 'ocs', 'front end', 'frontend', 'edge server', 'mediation server', 'director',
      'sharepoint*', 'office online server', 'online server', 'wopi', 'visual studio', 'vs 2017', 'vs 2019', 'vs 2022', 'vs2019', 'vs2022', 'sql server', 'sqlserver', 'sql', 'mssql*', 'ssms',
      'management studio', 'admindisplayversion', 'msexch*', 'exsetup', 'exchange*', 'onedrive', 'teams', 'dynamics', 'power bi', 'powerbi', 'silverlight', 'java', 'adobe', 'acrobat',
      'zoom', 'webex', 'cisco', 'polycom', 'chrome', 'chromium', 'firefox', 'safari', 'opera', 'internet explorer', 'msie', 'edge', 'server', 'сервер*',
    ],
  ],
  ['mac', ['for mac', 'on mac', 'для mac', 'mac', 'macos', 'os x']],
  ['mobile', ['windows phone', 'iphone', 'ipad', 'android', 'ios', 'мобильн*']],
  ['windows', ['windows', 'win 7', 'win 8', 'win 10', 'win 11', 'win7', 'win8', 'win10', 'win11', 'os build', 'сборка ос', 'виндовс']],
  [
    'app',
    ['outlook', 'winword', 'microsoft word', 'word', 'excel', 'powerpoint', 'onenote', 'visio', 'microsoft project', 'project professional', 'project standard', 'winproj', 'microsoft access', 'msaccess', 'microsoft publisher', 'mspub', 'infopath'],
  ],
  ['suite', ['office 365', 'office365', 'microsoft 365', 'm365', 'proplus', 'pro plus', 'professional plus', 'office professional', 'office standard', 'office ltsc', 'microsoft office', 'office', 'o365']],
  ['client', [...SKYPE_NAMES, 'communicator', 'sfb', 'uccapi', 'skype']],
  [
    'threshold-after',
    [
      'or later', 'or newer', 'or higher', 'or above', 'or greater', 'and later', 'and newer', 'and higher', 'and above', 'или новее', 'или выше', 'или старше', 'или более поздн*', 'или поздне*',
      'и выше', 'и новее', 'oder höher', 'oder neuer', 'oder später', 'ou ultérieure', 'ou ultérieur', 'ou supérieure', 'ou supérieur', 'ou plus récente', 'ou posterior', 'ou superior',
      'o posterior', 'o superior', 'o successiva', 'o successivo', 'o más reciente', 'lub nowsz*', 'veya üzeri', 'nebo novější',
    ],
  ],
  [
    'threshold-before',
    [
      'at least', 'minimum', 'minimal', 'min', 'require', 'required', 'requires', 'need', 'needs', 'needed', 'must be', 'should be', 'update to', 'upgrade to', 'updated to', 'upgraded to',
      'threshold', 'mindestens', 'erforderlich', 'benötigt', 'au moins', 'minimale', 'requis', 'nécessite', 'al menos', 'mínimo', 'mínima', 'requiere', 'не ниже', 'минимум', 'минимальн*',
      'требуется', 'требу*', 'нужн*', 'необходим*', 'обнов* до', 'начиная с', 'starting with', 'starting from',
    ],
  ],
];

/** Phrases of scripts without spaces between words (and signs), found by indexOf. */
const UNSPACED: ReadonlyArray<[MentionKind, string]> = [
  ['threshold-after', '以降'],
  ['threshold-after', '以上'],
  ['threshold-after', '或更高'],
  ['threshold-after', '或更新'],
  ['threshold-after', '이상'],
  ['threshold-before', '最低'],
  ['threshold-before', '必要'],
  ['threshold-before', '至少'],
  ['threshold-before', '需要'],
  ['threshold-before', '≥'],
  ['threshold-before', '>='],
];

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
    return (this.lower[k] ??= this.line.slice(this.starts[k], this.ends[k]).toLowerCase());
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
    for (; i < line.length && isWordChar((c = line.charCodeAt(i))); i++) {
      if (digit) continue;
      hash = (Math.imul(hash, 31) + lowerCode(c)) & 0x3fffffff;
      if (STEM_LENGTH[i - start + 1] && BY_STEM.has(hash)) stemHit = true;
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
    found.push({ kind: best.kind, start: words.starts[w]!, end: words.ends[last]!, text: line.slice(words.starts[w]!, words.ends[last]!) });
  }
  if (UNSPACED_HINT.test(line)) {
    for (const [kind, text] of UNSPACED) {
      for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + text.length)) found.push({ kind, start: at, end: at + text.length, text });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
