// whyNotARun reads a passed-over number in place and says what whyNotABuild
// says of its parts: the same reason for every run of two to four parts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPart } from '../../src/core/version.ts';
import { whyNotABuild, whyNotARun } from '../../src/core/why-not-a-build.ts';

/** The reason as the scanner gave it before: split, canonical parts, whyNotABuild. */
function bySplitting(run: string) {
  const raw = run.split('.');
  return whyNotABuild(raw, raw.map(canonicalPart), run);
}

const part = fc.oneof(
  fc.constantFrom('0', '00', '01', '1', '2', '3', '4', '5', '6', '7', '9', '10', '12', '13', '15', '16', '255', '256', '999', '1000', '2024', '0255', '19045', '4294967296', '99999999999999999999'),
  fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 12 }),
);

describe('whyNotARun', () => {
  it('gives whyNotABuild\'s reason for any run of two to four parts, also inside a longer text', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 2, maxLength: 4 }), fc.string({ maxLength: 5 }), (parts, around) => {
        const run = parts.join('.');
        const text = `${around}${run}${around}`;
        expect(whyNotARun(text, around.length, around.length + run.length)).toEqual(bySplitting(run));
      }),
      { numRuns: 3000 },
    );
  });

  it('names the classes an unrecognised line meets', () => {
    const key = (run: string) => whyNotARun(run, 0, run.length)?.key;
    expect(key('10.0.12.34')).toBe('ignored_ip');
    expect(key('14.06.2016')).toBe('ignored_date');
    expect(key('10.0.19045.3803')).toBe('ignored_windows');
    expect(key('15.0.1497.15')).toBe('ignored_server');
    expect(key('120.0.6099.130')).toBe('ignored_other');
    expect(whyNotARun('10.0.12.34', 0, 10)).toEqual({ key: 'ignored_ip', params: { text: '10.0.12.34' } });
  });

  it('leaves what it does not read to the caller: full-width digits, one part, five parts', () => {
    const none = (run: string) => whyNotARun(run, 0, run.length);
    expect(none('１６.0.1.2')).toBeUndefined();
    expect(none('16')).toBeUndefined();
    expect(none('1.2.3.4.5')).toBeUndefined();
  });
});
