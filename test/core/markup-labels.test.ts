import { describe, expect, test } from 'vitest';
import { plainLabels } from '../../src/core/markup-labels.ts';
import { scan } from '../../src/core/scan.ts';
import { createStreamScan } from '../../src/core/scan-stream.ts';
import type { Finding } from '../../src/core/types.ts';

describe('labels set in bold or italics', () => {
  test.each([
    ['*Status:* Failed', ' Status:  Failed'],
    ['**Status:** Scheduled', '  Status:   Scheduled'],
    ['> __Product__: Skype for Business', '>   Product  : Skype for Business'],
  ])('%s is read as a label', (line, plain) => {
    expect(plainLabels(line)).toBe(plain);
    expect(plainLabels(line)).toHaveLength(line.length);
  });

  test.each(['OC/16.0.*', 'Filter: 16.0.7070.* (pilot)', 'Note: *important* read this', 'a_b:c'])('%s is left as it is', (line) => expect(plainLabels(line)).toBe(line));

  const TICKET = '*Status:* Failed (0x80070643)\n*Product:* Skype for Business\n*Build:* 16.0.7070.2036\n\n**Status:** Installed\n**Product:** Skype for Business\n**Build:** 16.0.8201.2102';

  test('a failed install under a bold status is no eligible client; an installed one is', () => {
    const found = scan(TICKET).findings;
    expect(found.filter((f) => f.verdicts.online === 'eligible').map((f) => f.version)).toEqual(['16.0.8201.2102']);
    // Offsets are the text's own.
    for (const f of found) expect(TICKET.slice(f.start, f.end)).toBe(f.text);
  });

  test('a stream fed in small pieces answers as one scan does', () => {
    const findings: Finding[] = [];
    const notes: unknown[] = [];
    const stream = createStreamScan({ onSlice: (r) => (findings.push(...r.findings), notes.push(...r.unrecognized.map((u) => [u.line, u.note?.key]))) });
    for (let i = 0; i < TICKET.length; i += 7) stream.push(TICKET.slice(i, i + 7));
    stream.end();
    const whole = scan(TICKET);
    expect(findings.map((f) => [f.version, f.verdicts.online, f.start])).toEqual(whole.findings.map((f) => [f.version, f.verdicts.online, f.start]));
    expect(notes).toEqual(whole.unrecognized.map((u) => [u.line, u.note?.key]));
  });
});
