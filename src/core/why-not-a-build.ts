import type { Message } from './types.ts';
import type { Parts } from './version.ts';

// Says why a dotted number was passed over, so that an admin looking at an
// unrecognised line sees "Windows version", not silence. `raw` keeps the
// parts as written (leading zeros tell a date), `canon` without them;
// `text` is raw joined by dots, when the caller has it already.
export function whyNotABuild(raw: Parts, canon: Parts, text = raw.join('.')): Message {
  const [major, minor] = canon;
  const params = { text };
  if (raw.some((p) => p.length > 1 && p.startsWith('0')) || (raw.length === 3 && raw[2]!.length === 4 && Number(raw[1]) <= 12))
    return { key: 'ignored_date', params };
  if (raw.length === 4 && canon.every((p) => p.length <= 3 && Number(p) <= 255)) return { key: 'ignored_ip', params };
  if (major === '10' || (major === '6' && Number(minor) <= 3)) return { key: 'ignored_windows', params };
  if (major === '15' || major === '7' || major === '6' || major === '5')
    return { key: 'ignored_server', params };
  if (major === '16' || major === '4' || major === '3' || major === '2')
    return { key: 'ignored_not_client', params };
  return { key: 'ignored_other', params };
}

/**
 * whyNotABuild for the run of ASCII digits and dots input[start, end) (two to
 * four parts), read in place: a line without a build is explained by its
 * first number (an IP address on every such line of an IIS log), and
 * splitting it into part strings each time cost more than the rest of the
 * line. Undefined for a run with other characters (full-width digits): the
 * caller splits those.
 */
export function whyNotARun(input: string, start: number, end: number): Message | undefined {
  // Per part: its length, whether it starts with a zero, and its value (Infinity past nine digits).
  let parts = 0;
  let leadingZero = false;
  let major = 0;
  let minor = 0;
  let allSmall = true;
  let secondValue = 0;
  let lastLength = 0;
  for (let i = start; i < end; ) {
    const from = i;
    let value = 0;
    for (; i < end; i++) {
      const c = input.charCodeAt(i);
      if (c === 46) break;
      if (c < 48 || c > 57) return undefined;
      value = value * 10 + (c - 48);
    }
    const length = i - from;
    if (length === 0 || parts === 4) return undefined;
    if (length > 9) value = Infinity;
    if (length > 1 && input.charCodeAt(from) === 48) leadingZero = true;
    if (length > 3 || value > 255) allSmall = false;
    if (parts === 0) major = value;
    else if (parts === 1) minor = secondValue = value;
    lastLength = length;
    parts++;
    i++; // past the dot
  }
  if (parts < 2 || input.charCodeAt(end - 1) === 46) return undefined;
  const params = { text: input.slice(start, end) };
  if (leadingZero || (parts === 3 && lastLength === 4 && secondValue <= 12)) return { key: 'ignored_date', params };
  if (parts === 4 && allSmall) return { key: 'ignored_ip', params };
  if (major === 10 || (major === 6 && minor <= 3)) return { key: 'ignored_windows', params };
  if (major === 15 || major === 7 || major === 6 || major === 5) return { key: 'ignored_server', params };
  if (major === 16 || major === 4 || major === 3 || major === 2) return { key: 'ignored_not_client', params };
  return { key: 'ignored_other', params };
}
