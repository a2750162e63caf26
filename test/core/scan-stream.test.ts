// The chunked driver gives what one scan of the whole text gives, wherever
// the pieces are cut: inside a build, between CR and LF, inside a line.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/scan.ts';
import { createStreamScan, LONG_LINE } from '../../src/core/scan-stream.ts';
import type { ScanResult } from '../../src/core/types.ts';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';
import { cut } from '../cut-text.ts';

function streamed(pieces: readonly string[], sliceChars = 1, sliceLimit?: number): ScanResult {
  const out: ScanResult = { findings: [], unrecognized: [], prerequisites: [], summary: undefined! };
  const stream = createStreamScan({
    sliceChars,
    ...(sliceLimit === undefined ? {} : { sliceLimit }),
    onSlice(r) {
      out.findings.push(...r.findings);
      out.unrecognized.push(...r.unrecognized);
      out.prerequisites.push(...r.prerequisites);
    },
  });
  for (const p of pieces) stream.push(p);
  out.summary = stream.end().summary;
  return out;
}

const plain = (r: ScanResult) => JSON.parse(JSON.stringify(r)) as unknown;

const SAMPLE = [
  ...BUILD_CASES.map((c) => c.input),
  ...NOT_A_BUILD,
  'Version 1605 (Build 6965.2058 Click-to-Run)',
  'EnableIMAutoArchiving : False',
  '',
  'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001 (Skype for Business)',
].join('\r\n');

describe('createStreamScan', () => {
  it('every single cut of the sample (inside builds, between CR and LF) gives the whole scan', () => {
    const whole = plain(scan(SAMPLE));
    for (let at = 0; at <= SAMPLE.length; at++) expect(plain(streamed([SAMPLE.slice(0, at), SAMPLE.slice(at)])), `cut at ${at}`).toEqual(whole);
  });

  it('random pieces of random lines, LF, CR and CRLF mixed, give the whole scan (property)', () => {
    const line = fc.constantFrom(...BUILD_CASES.map((c) => c.input), ...NOT_A_BUILD, '', 'noise 16.0.6920', 'Identity : Global', 'EnableOfflineIM : True', 'Skype for Business clients must be at', 'least 16.0.6920.1000 for on-premises mailboxes.', 'Please upgrade to');
    const brk = fc.constantFrom('\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, brk), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), fc.integer({ min: 1, max: 200 }), (lines, at, sliceChars) => {
        const text = lines.map(([l, b]) => l + b).join('');
        expect(plain(streamed(cut(text, at), sliceChars))).toEqual(plain(scan(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('pieces scanned in slices of at most about sliceLimit characters give the whole scan (property)', () => {
    const line = fc.constantFrom(...BUILD_CASES.map((c) => c.input), ...NOT_A_BUILD, '', 'noise 16.0.6920', 'Identity : Global', 'EnableOfflineIM : True', 'EnableIMAutoArchiving : False');
    const brk = fc.constantFrom('\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, brk), { maxLength: 40 }), fc.array(fc.nat(), { maxLength: 4 }), fc.integer({ min: 1, max: 120 }), (lines, at, sliceLimit) => {
        const text = lines.map(([l, b]) => l + b).join('');
        expect(plain(streamed(cut(text, at), 1, sliceLimit))).toEqual(plain(scan(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('a long piece is scanned in slices of about sliceLimit characters, each ending at a LF', () => {
    const text = `${SAMPLE}\r\n`.repeat(20);
    const slices: string[] = [];
    const stream = createStreamScan({ sliceChars: 1 << 16, sliceLimit: 500, onSlice: (_r, slice) => slices.push(slice) });
    stream.push(text);
    stream.end();
    expect(slices.join('')).toBe(text);
    expect(slices.length).toBeGreaterThan(text.length / 1000);
    for (const s of slices) {
      expect(s.endsWith('\n')).toBe(true);
      expect(s.length).toBeLessThan(1000 + 200);
    }
  });

  it('a CRLF split between pieces is one line break, not two', () => {
    const r = streamed(['16.0.6920.1000\r', '\n16.0.6701.1000\r', '\n']);
    expect(r.findings.map((f) => f.line)).toEqual([1, 2]);
    expect(r.summary.lines).toBe(2);
  });

  it('a lone CR at the end of the input still ends its line', () => {
    expect(streamed(['a\r', 'b\r']).summary.lines).toBe(2);
    expect(streamed(['\r']).summary.lines).toBe(1);
  });

  it('counts distinct builds across slices once', () => {
    const r = streamed(['16.0.6920.1000\n', '16.0.6920.1000\n', '15.0.4569.1503\n']);
    expect(r.summary).toMatchObject({ findings: 3, distinctBuilds: 2, lines: 3 });
  });

  it('with the switch found by an earlier pass, eligible findings are blocked from the first line; without, the summary counts them blocked at the end', () => {
    const text = '16.0.6920.1000\n15.0.4569.1503\nEnableOfflineIM : False\n';
    const why = { key: 'prereq_offline_im_off', params: { identity: 'Global' } };
    const found: string[] = [];
    const late = createStreamScan({ sliceChars: 1, onSlice: (r) => found.push(...r.findings.map((f) => f.verdicts.online)) });
    late.push(text);
    const end = late.end();
    expect(end.offlineImOff?.key).toBe('prereq_offline_im_off');
    expect(end.summary.byLocation.online).toMatchObject({ eligible: 0, blocked: 1, 'not-supported': 1 });
    const early = createStreamScan({ offlineImOff: why, onSlice: (r) => found.push(...r.findings.map((f) => `${f.verdicts.online}:${f.reasons.online.key}:${f.clientVerdicts.online}`)) });
    early.push(text);
    expect(early.end().summary.byLocation.online).toMatchObject({ eligible: 0, blocked: 1 });
    expect(found.slice(2)).toEqual(['blocked:reason_blocked_offline_im_off:eligible', 'not-supported:reason_lync2013:not-supported']);
  });

  it('a line longer than LONG_LINE is scanned in parts, keeping its line number and offsets', () => {
    const filler = 'x,'.repeat(LONG_LINE / 2);
    const text = `first\n${filler} UCCAPI/16.0.6920.1000 OC/16.0.6920.1000 ${filler} 16.0.6701.1000\nlast 15.0.4569.1503`;
    const pieces = cut(text, Array.from({ length: 40 }, (_, i) => i * 700_001));
    const r = streamed(pieces, 1 << 20);
    const whole = scan(text);
    expect(r.findings.map((f) => [f.line, f.start, f.end, f.version])).toEqual(whole.findings.map((f) => [f.line, f.start, f.end, f.version]));
    expect(r.summary.lines).toBe(3);
  });
});

describe('a list of installed programs scanned in slices', () => {
  const LIST = ['Name                                   Version', 'Skype for Business 2016 - en-us        16.0.6741.2017', 'Microsoft Office 365 ProPlus - en-us   16.0.6741.2017', ''].join('\n');

  it('the suite row after its client row is that client’s suite, across a slice boundary too', () => {
    for (const sliceChars of [1, 40, 1 << 16]) {
      const r = streamed(LIST.split(/(?<=\n)/), sliceChars);
      expect(r.findings.map((f) => f.line)).toEqual([2]);
      expect(r.unrecognized.find((u) => u.line === 3)?.note?.key).toBe('ignored_suite_counted');
    }
  });

  it('the suite row before its client row is taken back within one slice (not across slices: its finding is out)', () => {
    const before = ['Microsoft Office 365 ProPlus - en-us   16.0.6741.2017', 'Skype for Business 2016 - en-us        16.0.6741.2017', ''].join('\n');
    expect(streamed([before], 1 << 16).findings.map((f) => f.line)).toEqual([2]);
    expect(scan(before).unrecognized).toMatchObject([{ line: 1, note: { key: 'ignored_suite_counted', params: { line: '2' } } }]);
    const [first, second] = before.split(/(?<=\n)/);
    expect(streamed([first!, second!], 1).findings.map((f) => f.line)).toEqual([1, 2]);
  });
});
