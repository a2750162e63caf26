// A worker counts its block's line breaks on the text pieces it decoded, as
// the engine counts them in the whole text: CRLF, LF and a lone CR, also
// with a CRLF cut between two pieces.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineBreaks } from '../../src/cli/parallel.ts';

const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

describe('lineBreaks', () => {
  it('counts a CRLF cut between pieces once', () => {
    expect(lineBreaks(['a\r', '\nb'])).toBe(1);
    expect(lineBreaks(['a\r', 'b\r', '\r\n', '\n'])).toBe(4);
    expect(lineBreaks(['\r'])).toBe(1);
    expect(lineBreaks([])).toBe(0);
  });

  it('gives the count of the whole text however it is cut', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\r', '\n'), maxLength: 60 }), fc.array(fc.nat(60), { maxLength: 6 }), (text, cuts) => {
        const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...at].map((from, i, all) => text.slice(from, all[i + 1] ?? text.length)).filter((p) => p !== '');
        expect(pieces.join('')).toBe(text);
        expect(lineBreaks(pieces)).toBe(breaks(text));
      }),
    );
  });
});
