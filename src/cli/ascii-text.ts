// The decoder's fast path for all-ASCII pieces (decode-stream.ts, AsciiText):
// Node checks them with SIMD and copies them into a one-byte string, several
// times faster than TextDecoder, which a log's mostly-ASCII megabytes feel.
import { isAscii } from 'node:buffer';
import type { AsciiText } from '../core/decode-stream.ts';

export const asciiText: AsciiText = (bytes) => {
  if (!isAscii(bytes)) return undefined;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
};
