// scan(text, { start, end }) reads a part of a larger text in place (the
// stream driver's slices). It must say exactly what scan() says of that part
// cut out, with the same offsets and line numbers, whatever stands around it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/scan.ts';
import { BUILD_CASES, NOT_A_BUILD, REALISTIC_CASES } from '../cases.ts';

const line = fc.oneof(
  fc.constantFrom(...BUILD_CASES.map((c) => c.input), ...NOT_A_BUILD, ...REALISTIC_CASES.map((c) => c.input), '', 'EnableOfflineIM : False', 'Identity : Global'),
  fc.string({ unit: fc.constantFrom('1', '6', '0', '.', ' ', '/', 'O', 'C', '+', '(', ')', 'a', 'я', '\t'), maxLength: 30 }),
);
const lineBreak = fc.constantFrom('\n', '\r\n', '\r');

describe('scan of a part of a text', () => {
  it('equals the scan of that part cut out, offsets and line numbers included', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(line, lineBreak), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.boolean(), (lines, a, b, lastBreak) => {
        const text = lines.map(([l, br], k) => (k < lines.length - 1 || lastBreak ? l + br : l)).join('');
        // Line starts (and the text's end) are where a part may start or end.
        const bounds = [0];
        let at = 0;
        for (const [l, br] of lines) {
          at += l.length + br.length;
          if (at <= text.length) bounds.push(at);
        }
        if (bounds[bounds.length - 1] !== text.length) bounds.push(text.length);
        let start = bounds[a % bounds.length]!;
        let end = bounds[b % bounds.length]!;
        if (start > end) [start, end] = [end, start];
        // A part may end between the CR and the LF of a CRLF: the CR ends its last line, as in the part cut out.
        const options = { offset: 1000, firstLine: 7 };
        const inPlace = scan(text, { ...options, start, end });
        const cut = scan(text.slice(start, end), options);
        expect(JSON.parse(JSON.stringify(inPlace))).toEqual(JSON.parse(JSON.stringify(cut)));
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores the runs and line breaks past its end', () => {
    const text = 'OC/16.0.6920.1000\nUCCAPI/16.0.4266.1001 OC/16.0.4266.1001\n';
    const r = scan(text, { start: 0, end: 18 });
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.6920.1000']);
    expect(r.summary.lines).toBe(1);
  });
});
