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
