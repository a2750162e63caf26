// Reads the input file or standard input as bytes and decodes it the way
// Windows tools write text (decodeBytes). Failures become one-line messages.
import { readFile, stat } from 'node:fs/promises';
import { decodeBytes, type Message } from '../core/index.ts';

export type InputResult = { ok: true; text: string } | { ok: false; error: Message };

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** `path` is a file name, or "-" for standard input; `name` is how messages call it. */
export async function readInput(path: string, name: string): Promise<InputResult> {
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = await readStdin();
    else {
      if ((await stat(path)).isDirectory()) return { ok: false, error: { key: 'cli_error_directory', params: { file: name } } };
      bytes = await readFile(path);
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, error: { key: 'cli_error_not_found', params: { file: name } } };
    if (code === 'EISDIR') return { ok: false, error: { key: 'cli_error_directory', params: { file: name } } };
    const reason = code ?? (error instanceof Error ? error.message : String(error));
    return { ok: false, error: { key: 'cli_error_read', params: { file: name, reason } } };
  }
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { ok: false, error: { key: 'cli_error_binary', params: { file: name } } };
  return { ok: true, text: decoded.text };
}
