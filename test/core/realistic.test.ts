// Realistic admin text, class by class: other products' builds, quoted
// thresholds, encodings and two-number lines never make a false client, and
// the clients in admin output keep their verdicts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { NON_CLIENT_PRODUCTS, REALISTIC_CASES, REALISTIC_PASTES } from '../cases.ts';

describe('realistic admin text', () => {
  for (const rc of REALISTIC_CASES) {
    it(`${rc.cls}: ${rc.input}`, () => {
      const r = scan(rc.input);
      expect(r.findings.map((f) => ({ version: f.version, online: f.clientVerdicts.online, onprem: f.clientVerdicts.onprem }))).toEqual(rc.clients);
      // Offsets point at the original text, whatever encoding the line used.
      for (const f of r.findings) expect(rc.input.slice(f.start, f.end)).toBe(f.text);
    });
  }

  for (const rc of REALISTIC_PASTES) {
    it(`${rc.cls} (several lines): ${rc.input.replace(/\r?\n/g, ' ⏎ ')}`, () => {
      const r = scan(rc.input);
      expect(r.findings.map((f) => ({ version: f.version, online: f.clientVerdicts.online, onprem: f.clientVerdicts.onprem }))).toEqual(rc.clients);
      for (const f of r.findings) expect(rc.input.slice(f.start, f.end)).toBe(f.text);
    });
  }

  // The engine keeps one scanner and per-line caches between calls: no answer may depend on the texts scanned before it
  // (a line cache keyed by a line's start once leaked from one text into the next, which starts at the same offsets).
  it('each answer is the same whatever was scanned before it', () => {
    const inputs = [...REALISTIC_CASES, ...REALISTIC_PASTES].map((rc) => rc.input);
    const answer = (input: string) => JSON.stringify(scan(input).findings.map((f) => [f.start, f.version, f.verdicts, f.clientVerdicts]));
    const forward = inputs.map(answer);
    const backward = [...inputs].reverse().map(answer).reverse();
    const differing = inputs.filter((_, i) => forward[i] !== backward[i]);
    expect(differing).toEqual([]);
  });

  // A blank line between them: lines of one block may speak for each other (the suite's row beside its client's).
  it('all of them pasted together, a blank line between, give the same answers, line by line', () => {
    const r = scan(REALISTIC_CASES.map((rc) => rc.input).join('\r\n\r\n'));
    const expected = REALISTIC_CASES.flatMap((rc, i) => rc.clients.map((c) => ({ line: 2 * i + 1, ...c })));
    expect(r.findings.map((f) => ({ line: f.line, version: f.version, online: f.verdicts.online, onprem: f.verdicts.onprem }))).toEqual(expected);
  });

  it('lines naming only products that are not Skype clients never yield "eligible"', () => {
    const build = fc.oneof(
      fc.tuple(fc.constant('16.0'), fc.integer({ min: 1000, max: 99999 }), fc.integer({ min: 0, max: 99999 })).map(([p, b, r]) => `${p}.${b}.${r}`),
      fc.tuple(fc.integer({ min: 4000, max: 99999 }), fc.integer({ min: 1, max: 99999 })).map(([b, r]) => `(Build ${b}.${r})`),
    );
    const shape = fc.constantFrom('{p},{b}', '{p} {b}', '"{p}","{b}"', '{p}\t{b}\tMicrosoft Corporation', '{b}  {p}', '{p} Version 2408 {b}', 'Name : {p}\nVersion : {b}', '{p} needs {b} or later');
    const line = fc.tuple(fc.constantFrom(...NON_CLIENT_PRODUCTS), build, shape).map(([p, b, s]) => s.replace('{p}', p).replace('{b}', b));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (lines, br) => {
        const r = scan(lines.join(br));
        return r.findings.every((f) => f.verdicts.online !== 'eligible' && f.verdicts.onprem !== 'eligible' && f.clientVerdicts.online !== 'eligible');
      }),
      { numRuns: 300 },
    );
  });
});
