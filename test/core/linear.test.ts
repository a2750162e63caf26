// Hostile megabyte lines: the scanner must finish and count right. Time is
// measured by scripts/bench.mjs, not asserted here.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.ts';

const MB = 1 << 20;
const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe('megabyte lines', () => {
  it('digits and dots: one huge run, too many parts, no finding', () => {
    const r = scan(fill('1234.'));
    expect(r.findings).toEqual([]);
    expect(r.unrecognized).toHaveLength(1);
    expect(r.unrecognized[0]!.note?.key).toBe('ignored_too_many_parts');
  });

  it('dots and digits in uneven runs', () => {
    const r = scan(fill('16.0..6920.1000...'));
    // "0..6920" breaks runs: "16.0", "6920.1000" pairs only, none is a build.
    expect(r.findings).toEqual([]);
  });

  it('"OC/1 (" repeated: agent tokens without a version', () => {
    const r = scan(fill('OC/1 ('));
    expect(r.findings).toEqual([]);
    expect(r.summary.lines).toBe(1);
  });

  it('"OC/16.0.7000.1000 (" repeated: an unclosed comment separates the agents', () => {
    // Two builds in turn: the same agent right again on its line would be the same client, counted once.
    const unit = 'OC/16.0.7000.1000 (OC/16.0.7000.1001 (';
    const count = Math.floor(MB / unit.length);
    const r = scan(unit.repeat(count));
    expect(r.findings).toHaveLength(2 * count);
    r.findings.forEach((f, i) => expect(f.text).toBe(i % 2 === 0 ? 'OC/16.0.7000.1000' : 'OC/16.0.7000.1001'));
  });

  it('the same agent repeated on one line is one client', () => {
    const r = scan('OC/16.0.7000.1000 ('.repeat(Math.floor(MB / 19)));
    expect(r.findings.map((f) => f.text)).toEqual(['OC/16.0.7000.1000']);
  });

  it('"(Build " repeated, with and without numbers', () => {
    expect(scan(fill('(Build ')).findings).toEqual([]);
    const unit = '(Build 6965.2058 ';
    const count = Math.floor(MB / unit.length);
    const r = scan(unit.repeat(count));
    expect(r.findings).toHaveLength(count);
    expect(r.findings.every((f) => f.version === '16.0.6965.2058')).toBe(true);
  });

  it('1 MB of "16.0.6920.1000 " is that many findings, all with offsets', () => {
    const unit = '16.0.6920.1000 ';
    const count = Math.floor(MB / unit.length);
    const text = unit.repeat(count);
    const r = scan(text);
    expect(r.findings).toHaveLength(count);
    expect(r.summary.distinctBuilds).toBe(1);
    const last = r.findings[count - 1]!;
    expect(last.start).toBe((count - 1) * unit.length);
    expect(text.slice(last.start, last.end)).toBe('16.0.6920.1000');
  });

  it('a megabyte row of builds under a space-aligned header finishes (each build reads the row once, not once per build)', () => {
    const unit = '16.0.7070.2036 ';
    const r = scan(`Host         Outlook          Skype            Teams\n${fill(unit)}`);
    expect(r.summary.lines).toBe(2);
    expect(r.findings.every((f) => f.version === '16.0.7070.2036' && f.line === 2)).toBe(true);
  });

  it('a megabyte of line breaks of every kind', () => {
    const r = scan(fill('\r\n\n\r'));
    expect(r.findings).toEqual([]);
    expect(r.unrecognized).toEqual([]);
    expect(r.summary.lines).toBeGreaterThan(MB / 4);
  });

  it('a megabyte of spaces and a two-part number at the end', () => {
    const r = scan(`(Build${' '.repeat(MB)}6965.2058)`);
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.6965.2058']);
  });
});
