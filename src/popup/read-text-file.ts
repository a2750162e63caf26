import { decodeBytes } from '../core/decode-bytes.ts';

/** Files larger than this are refused instead of freezing the popup. */
export const FILE_LIMIT_BYTES = 64 * 1024 * 1024;

export type FileText = { ok: true; text: string } | { ok: false; error: 'popup_file_binary' | 'popup_file_too_large' | 'popup_file_unreadable' };

/** Reads a dropped or picked file as text: UTF-8 or UTF-16 (PowerShell's ">" output) alike. */
export async function readTextFile(file: Blob): Promise<FileText> {
  if (file.size > FILE_LIMIT_BYTES) return { ok: false, error: 'popup_file_too_large' };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return { ok: false, error: 'popup_file_unreadable' };
  }
  const decoded = decodeBytes(bytes);
  return decoded.ok ? { ok: true, text: decoded.text } : { ok: false, error: 'popup_file_binary' };
}
