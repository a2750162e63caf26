// Opens the input file or standard input as a stream of byte chunks, so that
// any size is read in bounded memory. Failures to open become one-line
// messages; a read error half way surfaces from the iteration.
import { open, stat } from 'node:fs/promises';
import type { Message } from '../core/types.ts';

/** Bytes read at a time. */
export const CHUNK = 1 << 20;

export type OpenedInput = { ok: true; chunks: () => AsyncIterable<Uint8Array>; regular: boolean; size: number; path: string } | { ok: false; error: Message };

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** The one-line message for a failure to read `name`. */
export function readError(error: unknown, name: string): Message {
  const code = errorCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') return { key: 'cli_error_not_found', params: { file: name } };
  if (code === 'EISDIR') return { key: 'cli_error_directory', params: { file: name } };
  return { key: 'cli_error_read', params: { file: name, reason: code ?? (error instanceof Error ? error.message : String(error)) } };
}

/** `path` is a file name, or "-" for standard input; `name` is how messages call it. */
export async function openInput(path: string, name: string): Promise<OpenedInput> {
  if (path === '-') return { ok: true, chunks: () => process.stdin, regular: false, size: 0, path };
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, error: { key: 'cli_error_directory', params: { file: name } } };
    // Opened now, so that a missing or unreadable file is reported before any output.
    const handle = await open(path);
    let first = true;
    return {
      ok: true,
      regular: info.isFile(),
      size: info.size,
      path,
      chunks: () => {
        // The first reader uses the handle opened above; a second pass opens the file again.
        if (first) {
          first = false;
          return handle.createReadStream({ highWaterMark: CHUNK });
        }
        return reopen(path);
      },
    };
  } catch (error) {
    return { ok: false, error: readError(error, name) };
  }
}

async function* reopen(path: string): AsyncIterable<Uint8Array> {
  const handle = await open(path);
  yield* handle.createReadStream({ highWaterMark: CHUNK });
}

const NAME = 'EnableOfflineIM';
const OTHER_NAME = 'EnableIMAutoArchiving';

/** A byte with ASCII capitals made small. */
const FOLD = Uint8Array.from({ length: 256 }, (_, b) => (b >= 65 && b <= 90 ? b + 32 : b));

/**
 * Whether `bytes` hold `name` in any ASCII case, as the scanner reads the
 * switch ("enableOfflineIM" too). One Boyer-Moore-Horspool pass over
 * case-folded bytes, skipping up to the name's length at a time: several
 * times faster than a native search per spelling.
 */
export function searcherFor(name: Buffer): (bytes: Uint8Array) => boolean {
  const m = name.length;
  const folded = name.map((b) => FOLD[b]!);
  const shift = new Uint8Array(256).fill(Math.min(m, 255));
  for (let i = 0; i < m - 1; i++) shift[folded[i]!] = Math.min(m - 1 - i, 255);
  // Indexed by the raw byte: the shift of its folded form.
  const skip = Uint8Array.from({ length: 256 }, (_, b) => shift[FOLD[b]!]!);
  const last = folded[m - 1]!;
  return (bytes) => {
    for (let i = m - 1; i < bytes.length; i += skip[bytes[i]!]!) {
      if (FOLD[bytes[i]!] !== last) continue;
      const from = i - m + 1;
      let j = 0;
      while (j < m && FOLD[bytes[from + j]!] === folded[j]) j++;
      if (j === m) return true;
    }
    return false;
  };
}

/** The name of a server switch per byte form a file may hold it in, and its searches. */
const forms = (name: string) => ({
  bytes: searcherFor(Buffer.from(name, 'latin1')),
  utf16le: searcherFor(Buffer.from(name, 'utf16le')),
  utf16be: searcherFor(Buffer.from(name, 'utf16le').swap16()),
});
const SWITCH_NAMES = forms(NAME);
const OTHER_SWITCH_NAMES = forms(OTHER_NAME);
const LONGEST = 2 * OTHER_NAME.length;

export interface SwitchNames {
  /** EnableOfflineIM appears: the CLI finds out whether it is False before writing. */
  offlineIm: boolean;
  /** EnableIMAutoArchiving appears: prerequisite lines, read by one thread. */
  autoArchiving: boolean;
}

/** Bytes [start, end) of a file known to hold text in one byte per ASCII character (UTF-8 or ANSI). */
export interface FilePart {
  start: number;
  end: number;
}

/** Bytes read at a time by the switch-name pass, into one buffer reused throughout. */
const SWITCH_READ = 4 << 20;

/**
 * A cheap byte-level pass over a regular file: does it name EnableOfflineIM
 * or (when `autoArchiving`) EnableIMAutoArchiving anywhere? Only with the first does the CLI scan
 * twice; with either, one thread reads it (see main.ts). The first
 * bytes say which byte form to look for (UTF-16 by BOM or zero bytes).
 * Each read is searched where it lies; a name split between two reads is
 * found in a small window across the seam, so no read is copied. With
 * `part`, only names starting in that part of a one-byte-per-character
 * file are looked for (worker threads share the pass, parallel.ts).
 */
export async function switchNamesIn(path: string, autoArchiving = true, part?: FilePart): Promise<SwitchNames> {
  const found: SwitchNames = { offlineIm: false, autoArchiving: false };
  const handle = await open(path);
  try {
    const buffer = Buffer.allocUnsafe(SWITCH_READ);
    // The seam: the last LONGEST - 1 bytes of the previous read, then the first LONGEST - 1 of this one.
    const seam = Buffer.allocUnsafe(2 * (LONGEST - 1));
    let carried = 0;
    let names: ((bytes: Uint8Array) => boolean) | undefined = part ? SWITCH_NAMES.bytes : undefined;
    let others: ((bytes: Uint8Array) => boolean) | undefined = part ? OTHER_SWITCH_NAMES.bytes : undefined;
    // A part is read up to LONGEST - 1 bytes past its end: a name that starts in it is found whole.
    let position = part?.start ?? 0;
    const limit = part ? part.end + LONGEST - 1 : Infinity;
    for (;;) {
      const { bytesRead: n } = await handle.read(buffer, 0, Math.min(buffer.length, limit - position), position);
      position += n;
      if (n === 0) return found;
      const bytes = buffer.subarray(0, n);
      if (!names) {
        const le = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] !== 0 && bytes[1] === 0);
        const be = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] !== 0);
        const form = le ? 'utf16le' : be ? 'utf16be' : 'bytes';
        names = SWITCH_NAMES[form];
        others = OTHER_SWITCH_NAMES[form];
      }
      const head = Math.min(n, LONGEST - 1);
      bytes.copy(seam, carried, 0, head);
      const across = seam.subarray(0, carried + head);
      const has = (search: (bytes: Uint8Array) => boolean) => search(bytes) || (carried > 0 && search(across));
      found.offlineIm ||= has(names);
      if (autoArchiving) found.autoArchiving ||= has(others!);
      if (found.offlineIm && (found.autoArchiving || !autoArchiving)) return found;
      // A short read keeps what it can of the seam: the end of (old seam + this read).
      const keep = Math.min(LONGEST - 1, carried + n);
      if (n >= keep) bytes.copy(seam, 0, n - keep, n);
      else seam.copyWithin(0, carried + head - keep, carried + head);
      carried = keep;
    }
  } finally {
    await handle.close();
  }
}
