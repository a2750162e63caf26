import { createByteDecoder, type AsciiText } from '../src/core/decode-stream.ts';

/** Decodes bytes fed to one decoder in pieces cut at `cuts` (ascending), as a stream would deliver them. */
export function decodeInPieces(bytes: Uint8Array, cuts: readonly number[], ascii?: AsciiText): string {
  const d = createByteDecoder(undefined, ascii);
  let text = '';
  let from = 0;
  for (const to of [...cuts, bytes.length]) {
    text += d.push(bytes.subarray(from, to));
    from = to;
  }
  return text + d.end();
}
