// The decoder's fast path for all-ASCII pieces gives the very text TextDecoder
// gives, wherever pieces are cut: also after a piece that ends inside a UTF-8
// sequence, and for ANSI and UTF-16 input.
import { describe, expect, it } from 'vitest';
import { asciiText } from '../../src/cli/ascii-text.ts';
import { decodeInPieces } from '../decode-in-pieces.ts';
import type { AsciiText } from '../../src/core/decode-stream.ts';

const decode = decodeInPieces;

/** Counts the pieces the fast path took, so that a test knows it ran. */
function counting(): { ascii: AsciiText; taken: () => number } {
  let taken = 0;
  return {
    ascii: (bytes) => {
      const text = asciiText(bytes);
      if (text !== undefined) taken++;
      return text;
    },
    taken: () => taken,
  };
}

const ASCII_RUN = 'UCCAPI/16.0.6920.1000 OC/16.0.6920.1000 (Skype for Business)\r\n'.repeat(80);

describe('asciiText fast path', () => {
  it('UTF-8: the same text for every cut around a multi-byte character, an emoji and a broken sequence', () => {
    const bytes = Buffer.concat([Buffer.from(ASCII_RUN), Buffer.from('Версия 😀 x'), Buffer.from([0xd1]), Buffer.from(ASCII_RUN), Buffer.from('конец')]);
    const edge = ASCII_RUN.length;
    const { ascii, taken } = counting();
    for (let cut = edge - 3; cut < edge + 25; cut++) {
      // Pieces: [0, 4096) [4096, cut) [cut, cut + 1) [cut + 1, …): the one after a cut sequence may be all ASCII.
      const cuts = [4096, cut, cut + 1, cut + 2, edge + 40, edge + 4096];
      expect(decode(bytes, cuts, ascii)).toBe(decode(bytes, cuts));
    }
    expect(taken()).toBeGreaterThan(20);
    expect(decode(bytes, [4096], ascii)).toContain('Версия 😀 x\uFFFDUCCAPI');
  });

  it('a piece that is ASCII after a piece that ended inside a sequence is not taken by the fast path', () => {
    const bytes = Buffer.concat([Buffer.from(ASCII_RUN), Buffer.from([0xd0]), Buffer.from('abc'), Buffer.from(ASCII_RUN)]);
    const at = ASCII_RUN.length + 1;
    expect(decode(bytes, [at, at + 3], asciiText)).toBe(decode(bytes, [at, at + 3]));
    expect(decode(bytes, [at, at + 3], asciiText)).toContain('\uFFFDabc');
  });

  it('windows-1251 and windows-1252 text, and UTF-16, decode the same with it', () => {
    // The encoding is told from the first 4 KiB: the ANSI letters stand early.
    const cp1251 = Buffer.concat([Buffer.from('16.0.6920.1000 '), Buffer.from([0xc2, 0xe5, 0xf0, 0xf1, 0xe8, 0xff, 0x20]), Buffer.from(ASCII_RUN)]);
    const cp1252 = Buffer.concat([Buffer.from('16.0.6920.1000 '), Buffer.from([0x80, 0x20, 0xe9, 0x20, 0x93]), Buffer.from(ASCII_RUN)]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ASCII_RUN, 'utf16le')]);
    for (const bytes of [cp1251, cp1252, utf16]) {
      const cuts = [4096, 4097, 9000, 12000];
      expect(decode(bytes, cuts, asciiText)).toBe(decode(bytes, cuts));
    }
    expect(decode(cp1251, [], asciiText)).toContain('Версия');
    expect(decode(cp1252, [4096], asciiText)).toContain('€ é “');
  });
});
