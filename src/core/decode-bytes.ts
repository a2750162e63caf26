// Turns a whole file's bytes into text the way Windows tools write them
// (see decode-stream.ts: BOM, UTF-16, windows-1251/1252 for text that is not
// UTF-8). Binary input is refused with a reason instead of being scanned as
// mojibake. The CLI decodes in pieces with createByteDecoder; the popup's
// "Open file…" decodes the whole file here, with the same rules.
import { BinaryInput, createByteDecoder, type Encoding } from './decode-stream.ts';

export type Decoded = { ok: true; text: string; encoding: Encoding } | { ok: false; reason: 'binary' };

export function decodeBytes(bytes: Uint8Array): Decoded {
  const decoder = createByteDecoder();
  try {
    const text = decoder.push(bytes) + decoder.end();
    return { ok: true, text, encoding: decoder.encoding! };
  } catch (error) {
    if (error instanceof BinaryInput) return { ok: false, reason: 'binary' };
    throw error;
  }
}
