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

const NAMES = ['EnableOfflineIM', 'enableofflineim', 'ENABLEOFFLINEIM'];
/** The names of the server switch as a file may hold them, per byte form. */
const SWITCH_NAMES = {
  bytes: NAMES.map((n) => Buffer.from(n, 'latin1')),
  utf16le: NAMES.map((n) => Buffer.from(n, 'utf16le')),
  utf16be: NAMES.map((n) => Buffer.from(n, 'utf16le').swap16()),
};
const LONGEST = 2 * NAMES[0]!.length;

/**
 * A cheap byte-level pass over a regular file: does it name EnableOfflineIM
 * anywhere? Only then does the CLI scan twice (see main.ts). The first
 * chunk says which byte form to look for (UTF-16 by BOM or zero bytes).
 */
export async function mentionsOfflineImSwitch(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  let tail = Buffer.alloc(0);
  let names: Buffer[] | undefined;
  for await (const chunk of chunks) {
    if (!names) {
      const le = (chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] !== 0 && chunk[1] === 0);
      const be = (chunk[0] === 0xfe && chunk[1] === 0xff) || (chunk[0] === 0 && chunk[1] !== 0);
      names = le ? SWITCH_NAMES.utf16le : be ? SWITCH_NAMES.utf16be : SWITCH_NAMES.bytes;
    }
    const bytes = tail.length ? Buffer.concat([tail, chunk]) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (names.some((n) => bytes.includes(n))) return true;
    tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - LONGEST + 1)));
  }
  return false;
}
