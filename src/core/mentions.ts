import type { Mention, MentionKind } from './evidence.ts';

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

/** Phrases by their first word, and by the stem of their first word (indexed by the stem's first letter). */
const BY_WORD = new Map<string, Phrase[]>();
const BY_STEM = new Map<number, Array<[string, Phrase]>>();
{
  let rank = 0;
  for (const [kind, phrases] of PHRASES) {
    for (const text of phrases) {
      const [first, ...rest] = text.split(' ');
      const phrase: Phrase = { kind, rest, rank: rank++ };
      if (first!.endsWith('*')) {
        const stem = first!.slice(0, -1);
        BY_STEM.set(stem.charCodeAt(0), [...(BY_STEM.get(stem.charCodeAt(0)) ?? []), [stem, phrase]]);
      } else BY_WORD.set(first!, [...(BY_WORD.get(first!) ?? []), phrase]);
    }
  }
}

/** Letters and digits of any script make words; everything else separates them. */
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
  if (c < 0xc0) return false;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20) || c === 0xfeff);
}

/** The words of one line: offsets, and their lower-case text made only when asked for. */
class Words {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  private readonly lower: (string | undefined)[] = [];
  constructor(private readonly line: string) {}

  add(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
    this.lower.push(undefined);
  }

  get length(): number {
    return this.starts.length;
  }

  at(k: number): string {
    return (this.lower[k] ??= this.line.slice(this.starts[k], this.ends[k]).toLowerCase());
  }
}

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

/** Product names and threshold phrases on one line, in order. `line` is one line's text (spacedLine applied). */
export function mentionsOn(line: string): Mention[] {
  const words = new Words(line);
  for (let i = 0; i < line.length; ) {
    if (!isWordChar(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < line.length && isWordChar(line.charCodeAt(j))) j++;
    words.add(i, j);
    i = j;
  }
  const found: Mention[] = [];
  for (let w = 0; w < words.length; w++) {
    // No name or phrase starts with a digit: numbers, dates and counts cost nothing.
    const first = line.charCodeAt(words.starts[w]!);
    if (first >= 48 && first <= 57) continue;
    const word = words.at(w);
    let best: Phrase | undefined;
    const exact = BY_WORD.get(word);
    if (exact) for (const p of exact) if (better(p, best) && fits(p, words, w)) best = p;
    const stems = BY_STEM.get(word.charCodeAt(0));
    if (stems) for (const [stem, p] of stems) if (word.startsWith(stem) && better(p, best) && fits(p, words, w)) best = p;
    if (!best) continue;
    const last = w + best.rest.length;
    found.push({ kind: best.kind, start: words.starts[w]!, end: words.ends[last]!, text: line.slice(words.starts[w]!, words.ends[last]!) });
    w = last;
  }
  if (UNSPACED_HINT.test(line)) {
    for (const [kind, text] of UNSPACED) {
      for (let at = line.indexOf(text); at !== -1; at = line.indexOf(text, at + text.length)) found.push({ kind, start: at, end: at + text.length, text });
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}
