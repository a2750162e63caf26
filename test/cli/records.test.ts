// A line without a build is written straight into the output (writeUnrecognized:
// its note's fixed parts as bytes made once per key, the values escaped in
// place) with the bytes of the string tails (unrecognizedHead + unrecognizedTail,
// made with JSON.stringify and Translator.format), in --json and --jsonl, in
// both languages, whatever the note's values hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordFormat } from '../../src/cli/records.ts';
import { CollectBytes } from './collect-bytes.ts';
import { translator } from '../../src/cli/messages.ts';
import { scan } from '../../src/core/scan.ts';
import type { Message, Unrecognized } from '../../src/core/types.ts';
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';

/** Every record written both ways by one record format, in turn. */
function bothWays(format: 'json' | 'jsonl', lang: 'en' | 'ru', lines: readonly Unrecognized[]): [Buffer, Buffer] {
  const records = recordFormat(format, translator(lang));
  const direct = new CollectBytes();
  let tails = '';
  for (const u of lines) {
    records.writeUnrecognized(direct, u);
    tails += records.unrecognizedHead(u.line) + records.unrecognizedTail(u);
  }
  return [direct.bytes(), Buffer.from(tails, 'utf8')];
}

const value = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.constantFrom('1', '.', '"', '\\', '\n', '{text}', 'я', '\ud83d', '\ude00', '\u0001', '\ue000', '\ue001'), maxLength: 12 }));
const keys = [...Object.keys(en).filter((k) => k.startsWith('ignored_')), 'no_such_key'];
const names = ['text', 'product', 'version', 'threshold', 'extra'];
const note: fc.Arbitrary<Message> = fc.record({
  key: fc.constantFrom(...keys),
  params: fc.uniqueArray(fc.constantFrom(...names), { maxLength: 3 }).chain((list) => fc.tuple(...list.map((n) => fc.tuple(fc.constant(n), value))).map((pairs) => Object.fromEntries(pairs))),
});
const line: fc.Arbitrary<Unrecognized> = fc.record({ line: fc.nat(), text: value, note: fc.option(note, { nil: undefined }) }).map((u) => (u.note ? u : { line: u.line, text: u.text }));

describe('writeUnrecognized', () => {
  it('writes the bytes of the string tails for any note, in --json and --jsonl, in English and Russian', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), fc.constantFrom('json' as const, 'jsonl' as const), fc.constantFrom('en' as const, 'ru' as const), (lines, format, lang) => {
        const [direct, tails] = bothWays(format, lang, lines);
        expect(direct.toString('utf8')).toBe(tails.toString('utf8'));
        expect(direct.equals(tails)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('writes the notes the engine gives real lines the same way, also when one key meets other param names', () => {
    const text = ['10.0.12.34 GET /ucwa', 'Chrome/120.0.6099.130', 'Exchange 2013 15.0.1497.15', 'Outlook 16.0.13127.20408', 'Update to 16.0.6920.1000 or later', '1.2.3.4.5'].join('\n');
    const lines = scan(text).unrecognized;
    expect(lines.filter((u) => u.note).length).toBeGreaterThanOrEqual(5);
    // The same key with other names after it (the sentence is cut again for them).
    const mixed = [...lines, { line: 9, text: 'x', note: { key: 'ignored_product', params: { product: 'P', text: 'T' } } }, ...lines];
    for (const format of ['json', 'jsonl'] as const) {
      for (const lang of ['en', 'ru'] as const) {
        const [direct, tails] = bothWays(format, lang, mixed);
        expect(direct.toString('utf8'), `${format} ${lang}`).toBe(tails.toString('utf8'));
      }
    }
  });

  it('can cut every sentence at its values: no message holds the marks it formats them with', () => {
    for (const catalogue of [en, ru]) for (const { message } of Object.values(catalogue)) expect(message).not.toMatch(/[\ue000\ue001]/);
  });
});
