import { asciiWordIndexAt } from './ascii-word.ts';
import { isBlank } from './blank.ts';

// The user a report line names, so a finding can say whose client it is:
// "alice@contoso.com", "sip:alice@contoso.com" (→ alice@contoso.com),
// "CONTOSO\alice" or a UPN column value. Pure and bounded: only the first
// USER_SCAN_LIMIT characters of a line are looked at, in one linear pass.
//
// An address is read by hand around each "@" rather than by a regular
// expression from the start of the line: this runs on every line that holds a
// finding. It accepts exactly what this expression would, as its first match
// (test/core/reference/find-user-reference.ts keeps it, and a property test
// holds the two together):
//   (?:^|[\s;,|"'<([\t])(sip:)?([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@
//   ([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?=$|[\s;,|"'>)\]\t])
// The character before must not belong to a word, path or URL ("/", ":" other
// than "sip:", "=", "?", "&", "%", "#"), so "https://x/?u=a@b.com" and
// "user:pass@host" stay out; the domain's last label must start with a letter,
// so "@16.0.6920.1000" and "@1.2.3.4" are not users.
//
// A down-level name is read by hand around each "\\" too (an IIS log names
// one on every line), as this expression's first match would, less the
// registry and program paths downLevelEnd names:
//   (?:^|[\s;,|"'<([\t])([A-Za-z][A-Za-z0-9-]{0,14})\\([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?=$|[\s;,|"'>)\]\t])

/** Characters of a line looked at; a report's user column is near its start. */
export const USER_SCAN_LIMIT = 4096;


function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122);
}

/** [A-Za-z0-9._%+-]: the characters of an address's local part. */
function isLocal(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45;
}

/** [A-Za-z0-9-]: the characters of a domain label. */
function isLabel(c: number): boolean {
  return isAlnum(c) || c === 45;
}

/** [\s;,|"'<([\t]: what may stand before an address (\s as JavaScript reads it). */
function isOpening(c: number): boolean {
  return isBlank(c) || c === 59 || c === 44 || c === 124 || c === 34 || c === 39 || c === 60 || c === 40 || c === 91;
}

/** [\s;,|"'>)\]\t]: what may follow an address. */
function isClosing(c: number): boolean {
  return isBlank(c) || c === 59 || c === 44 || c === 124 || c === 34 || c === 39 || c === 62 || c === 41 || c === 93;
}

/** Whether the local part starting at `from` may start there: at the text's start, after an opening mark, or after one of those and "sip:". */
function opensAt(text: string, start: number, from: number): boolean {
  if (from === start || isOpening(text.charCodeAt(from - 1))) return true;
  const sip = from - 4;
  if (sip < start || text.charCodeAt(from - 1) !== 58 || (text.charCodeAt(sip) | 0x20) !== 0x73 || (text.charCodeAt(sip + 1) | 0x20) !== 0x69 || (text.charCodeAt(sip + 2) | 0x20) !== 0x70) return false;
  return sip === start || isOpening(text.charCodeAt(sip - 1));
}

/**
 * End of the address text[from, …) whose "@" is at `at`, or -1 when none
 * qualifies (the expression's rules, then its callers' checks). `from` starts
 * the whole run of local characters before "@": no opening mark can stand
 * inside it, so the local part can start nowhere else.
 */
function addressEnd(text: string, start: number, end: number, from: number, at: number): number {
  if (at - from < 1 || at - from > 64 || !isAlnum(text.charCodeAt(from)) || !opensAt(text, start, from)) return -1;
  // The domain: 2 to 9 labels of 1 to 63 characters, then the end or a closing mark.
  let i = at + 1;
  let labels = 0;
  let lastLabel: number;
  for (;;) {
    const label = i;
    while (i < end && isLabel(text.charCodeAt(i))) i++;
    if (i === label || i - label > 63) return -1;
    labels++;
    lastLabel = label;
    if (i < end && text.charCodeAt(i) === 46) i++;
    else break;
  }
  if (labels < 2 || labels > 9 || (i < end && !isClosing(text.charCodeAt(i)))) return -1;
  // A letter top-level domain, all letters and hyphens; a local part that neither ends with "." nor holds "..".
  for (let k = lastLabel; k < i; k++) {
    const c = text.charCodeAt(k);
    if (c !== 45 && !((c | 0x20) >= 97 && (c | 0x20) <= 122)) return -1;
    if (k === lastLabel && c === 45) return -1;
  }
  if (text.charCodeAt(at - 1) === 46) return -1;
  for (let k = from + 1; k < at; k++) if (text.charCodeAt(k) === 46 && text.charCodeAt(k - 1) === 46) return -1;
  return i;
}

/** Index of the character `code` in input[from, to), or -1: unlike indexOf, never reads past `to` (input may be a whole log). */
function indexIn(input: string, code: number, from: number, to: number): number {
  for (let i = from; i < to; i++) if (input.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * The first user named in input[start, end) (at most USER_SCAN_LIMIT characters of it), or undefined.
 * `firstAt` and `firstBackslash` are the first "@" and "\\" at or after `start` (-1: none), which the
 * caller finds with indexOf once for many lines; a search here could run far past `end` (input may be a whole log).
 */
export function findUserIn(input: string, start: number, end: number, firstAt: number, firstBackslash: number): string | undefined {
  return userSpanIn(input, start, end, firstAt, firstBackslash) ? input.slice(spanFrom, spanTo) : undefined;
}

/** The span userSpanIn found last (module state: no object per call on this hot path). */
let spanFrom = 0;
let spanTo = 0;

/** Whether input[start, end) names a user, as findUserIn reads it; its offsets go to spanFrom and spanTo. */
function userSpanIn(input: string, start: number, end: number, firstAt: number, firstBackslash: number): boolean {
  const stop = Math.min(end, start + USER_SCAN_LIMIT);
  for (let at = firstAt >= start && firstAt < stop ? firstAt : -1; at !== -1; at = indexIn(input, 64, at + 1, stop)) {
    let from = at;
    while (from > start && isLocal(input.charCodeAt(from - 1))) from--;
    const to = addressEnd(input, start, stop, from, at);
    if (to >= 0) return found(from, to);
  }
  for (let slash = firstBackslash >= start && firstBackslash < stop ? firstBackslash : -1; slash !== -1; slash = indexIn(input, 92, slash + 1, stop)) {
    const from = downLevelStart(input, start, slash);
    const to = downLevelEnd(input, start, stop, from, slash);
    if (to >= 0) return found(from, to);
  }
  return false;
}

function found(from: number, to: number): true {
  spanFrom = from;
  spanTo = to;
  return true;
}

/**
 * The n-th user (0: the first) named in input[start, end), each searched for
 * after the one before it: report rows name the From user, then the To user,
 * and their agents in the same order. Undefined when the line names fewer.
 */
export function nthUserIn(input: string, start: number, end: number, n: number): string | undefined {
  let from = start;
  for (let k = 0; ; k++) {
    const stop = Math.min(end, from + USER_SCAN_LIMIT);
    if (!userSpanIn(input, from, end, indexIn(input, 64, from, stop), indexIn(input, 92, from, stop))) return undefined;
    if (k === n) return input.slice(spanFrom, spanTo);
    from = spanTo;
  }
}

/** Start of the run of domain characters ([A-Za-z0-9-]) that ends at `slash`. */
function downLevelStart(input: string, start: number, slash: number): number {
  let from = slash;
  while (from > start && isLabel(input.charCodeAt(from - 1))) from--;
  return from;
}

/** Domains of paths, not of accounts: registry hives (HKEY_…, HKCU), SOFTWARE, SYSTEM, program folders. */
const PATH_DOMAINS = ['software', 'system', 'microsoft', 'office', 'lync', 'user', 'users', 'windows', 'program'];
/** Keys under such paths, never account names. */
const PATH_USERS = ['software', 'microsoft', 'office', 'lync', 'policies'];

/**
 * End of the down-level name "DOMAIN\\user" whose domain run starts at `from` and whose backslash is at `slash`, or
 * -1. Domain characters are never opening marks and user characters never
 * closing ones, so the domain is the whole run before the backslash and the
 * user the whole run after it: no shorter choice could match.
 */
function downLevelEnd(input: string, start: number, stop: number, from: number, slash: number): number {
  const domainLength = slash - from;
  if (domainLength < 1 || domainLength > 15 || !isLetterCode(input.charCodeAt(from))) return -1;
  if (from > start && !isOpening(input.charCodeAt(from - 1))) return -1;
  let end = slash + 1;
  if (end >= stop || !isAlnum(input.charCodeAt(end))) return -1;
  while (end < stop && isUserChar(input.charCodeAt(end))) end++;
  if (end - slash - 1 > 64 || (end < stop && !isClosing(input.charCodeAt(end)))) return -1;
  // Registry paths (HKEY_CURRENT_USER\\Software, HKCU\\…) and program paths are not accounts.
  if ((input.charCodeAt(from) | 0x20) === 0x68 && (input.charCodeAt(from + 1) | 0x20) === 0x6b && isLettersOnly(input, from + 2, slash)) return -1;
  if (asciiWordIndexAt(input, from, slash, PATH_DOMAINS) >= 0 || asciiWordIndexAt(input, slash + 1, end, PATH_USERS) >= 0) return -1;
  return end;
}

function isLetterCode(c: number): boolean {
  return (c | 0x20) >= 97 && (c | 0x20) <= 122;
}

/** Letters only in input[from, to) (none is fine). */
function isLettersOnly(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isLetterCode(input.charCodeAt(i))) return false;
  return true;
}

/** [A-Za-z0-9._-]: the characters of a sAMAccountName. */
function isUserChar(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 45;
}

/** The first user the line names, or undefined. */
export function findUser(line: string): string | undefined {
  return findUserIn(line, 0, line.length, line.indexOf('@'), line.indexOf('\\'));
}
