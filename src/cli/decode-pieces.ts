// Decodes a read buffer a small piece at a time. Node makes a decoded text
// of about a megabyte or more an external string, which V8 frees only once
// tens of megabytes of them have piled up (about 60 MB more peak RSS per
// thread that decodes); pieces this small are ordinary strings that die
// young in the scan's slices.
import type { ByteDecoder } from '../core/decode-stream.ts';

/** Bytes decoded at a time. */
export const PIECE = 64 << 10;

/** Decodes `bytes` PIECE bytes at a time (a character cut between pieces is completed by the next), handing each text to `take`. */
export function decodeInPieces(decoder: ByteDecoder, bytes: Uint8Array, take: (text: string) => void): void {
  for (let at = 0; at < bytes.length; at += PIECE) {
    const text = decoder.push(bytes.subarray(at, Math.min(bytes.length, at + PIECE)));
    if (text !== '') take(text);
  }
}
