// Properties of the engine over generated input (fast-check). `npm test` runs
// the default number of cases; `npm run fuzz` sets FUZZ_RUNS=100000 per property.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compareKnown, comparePart, canonicalPart, scan, type Finding, type Verdict } from '../../src/core/index.ts';
import { BUILD_CASES } from '../cases.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 1000;
let total = 0;
function check<T>(property: fc.IProperty<T>): void {
  fc.assert(property, { numRuns: RUNS });
  total += RUNS;
}
afterAll(() => {
  console.log(`properties: ${total} generated cases (${RUNS} per property)`);
});

/** Pieces that make the scanner's paths meet: agents, About words, numbers, breaks, Cyrillic, full-width. */
const PIECES = [
  '0', '1', '4', '6', '9', '16', '15', '6701', '6920', '1000', '999', '17928', '.', '..', '/', '(', ')', ' ', '\t', ';', ',', ':',
  '\n', '\r', '\r\n', 'OC/', 'UCCAPI/', 'MC/', 'UCWA/', 'LWA/', 'iPhoneLync/', 'AndroidLync/', '(Build ', '(сборка ', 'Build', 'OS ',
  'Version ', 'VersionToReport', 'REG_SZ', 'EnableOfflineIM : ', 'EnableIMAutoArchiving : ', 'Identity : ', 'False', '$True',
  'я', 'Сидоров', '１', '６', '０', '．', '　', 'é', '\u00a0', '16.0.', '.1000', '16.0.6920.1000', '10.0.19045.3803', '192.168.',
];
const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((a) => a.join(''));
const anyText = fc.oneof(piecesText, fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }));

/** Line number of an offset, counting CRLF, LF and lone CR as one break each. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
  }
  return line;
}

const RANK: Record<Verdict, number> = { 'upgrade-required': 0, unknown: 1, eligible: 2, 'not-supported': -1, blocked: -1 };

/** A full four-part 16.0 build of the Windows client (build part 1000 or more). */
// Builds up to seven digits (families.ts: a longer one is two parts run together); revisions of any length.
const win16Build = fc
  .tuple(fc.oneof(fc.integer({ min: 1000, max: 30000 }), fc.bigInt({ min: 1000n, max: 10n ** 7n - 1n })), fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.bigInt({ min: 0n, max: 10n ** 25n })))
  .map(([b, r]) => ({ build: BigInt(b), rev: BigInt(r), text: `16.0.${b}.${r}` }));

describe('engine properties', () => {
  it('never throws, and every finding slices to its text on the right line', () => {
    check(
      fc.property(anyText, (text) => {
        const r = scan(text);
        for (const f of r.findings) {
          if (text.slice(f.start, f.end) !== f.text) return false;
          if (f.line !== lineAt(text, f.start)) return false;
        }
        return r.summary.findings === r.findings.length;
      }),
    );
  });

  it('exact compare agrees with BigInt compare', () => {
    const digits = fc.string({ unit: fc.constantFrom('0', '1', '2', '5', '9'), minLength: 1, maxLength: 30 });
    check(
      fc.property(digits, digits, (a, b) => {
        const x = BigInt(a);
        const y = BigInt(b);
        return comparePart(canonicalPart(a), canonicalPart(b)) === (x < y ? -1 : x > y ? 1 : 0);
      }),
    );
    check(
      fc.property(fc.array(digits, { minLength: 1, maxLength: 6 }), fc.array(digits, { minLength: 1, maxLength: 6 }), (a, b) => {
        const n = Math.min(a.length, b.length);
        let expected: -1 | 0 | 1 | undefined = a.length === b.length ? 0 : undefined;
        for (let i = 0; i < n; i++) {
          const x = BigInt(a[i]!);
          const y = BigInt(b[i]!);
          if (x !== y) {
            expected = x < y ? -1 : 1;
            break;
          }
        }
        return compareKnown(a.map(canonicalPart), b.map(canonicalPart)) === expected;
      }),
    );
  });

  it('a higher full 16.0 build never gets a worse verdict', () => {
    check(
      fc.property(win16Build, win16Build, (a, b) => {
        const [lo, hi] = a.build < b.build || (a.build === b.build && a.rev <= b.rev) ? [a, b] : [b, a];
        const fl = scan(lo.text).findings;
        const fh = scan(hi.text).findings;
        if (fl.length !== 1 || fh.length !== 1) return false;
        return (['online', 'onprem'] as const).every((l) => RANK[fl[0]!.verdicts[l]] >= 0 && RANK[fl[0]!.verdicts[l]] <= RANK[fh[0]!.verdicts[l]]);
      }),
    );
  });

  it('on-premises eligible implies online eligible', () => {
    check(
      fc.property(fc.oneof(anyText, win16Build.map((b) => b.text)), (text) =>
        scan(text).findings.every((f) => f.verdicts.onprem !== 'eligible' || f.verdicts.online === 'eligible'),
      ),
    );
  });

  // Noise lines hold no digits, so they cannot hold a build of their own.
  const noiseLine = fc.string({ unit: fc.constantFrom('a', 'Z', 'я', 'Ж', ' ', '\t', ';', ',', '(', ')', '/', '-', '"', 'é', '：'), maxLength: 30 });
  // ("<" and ">" are not among them: right before a build opening its cell they compare, a report's bucket "< 16.0.6920.1000;57".)
  const separator = fc.constantFrom('', ' ', '\t', ';', ',', '"', "'", '|', '[', ']', '=', '-', '_', '«', '»', '　');
  const lineBreak = fc.constantFrom('\n', '\r\n', '\r');
  const client = fc.oneof(
    fc.constantFrom(...BUILD_CASES.map((c) => c.input)),
    win16Build.map((b) => b.text),
  );
  const key = (f: Finding) => ({ version: f.version, family: f.family, verdicts: f.verdicts, reasons: f.reasons });

  it('a build found alone is found the same inside noise lines and between separators', () => {
    check(
      fc.property(client, fc.array(noiseLine, { maxLength: 4 }), fc.array(noiseLine, { maxLength: 4 }), separator, separator, lineBreak, (c, before, after, pre, post, br) => {
        const alone = scan(c).findings;
        if (alone.length !== 1) return false;
        const line = `${pre}${c}${post}`;
        const text = [...before, line, ...after].join(br);
        const found = scan(text).findings;
        if (found.length !== 1) return false;
        const f = found[0]!;
        expect(key(f)).toEqual(key(alone[0]!));
        return f.line === before.length + 1 && text.slice(f.start, f.end) === f.text && f.text === alone[0]!.text;
      }),
    );
  });
});
