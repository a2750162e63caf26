import { describe, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import en from '../../_locales/en/messages.json';
import { csvCell, csvFromFindings } from '../../src/popup/export-csv.ts';

describe('csvCell', () => {
  test.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+cmd', "'+cmd"],
    ['-1+2', "'-1+2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
    ['a,b', '"a,b"'],
    ['plain', 'plain'],
  ])('neutralises and quotes %j', (input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });

  test('numbers stay numbers', () => {
    expect(csvCell(-3)).toBe('-3');
  });
});

describe('csvFromFindings', () => {
  test('one row per finding with line numbers, the whole line, verdicts and reasons', () => {
    const text = 'alice;OC/16.0.6965.2058 (Skype for Business)\n=cmd|16.0.6920.999\nnothing\n@bob 15.0.4569.1503';
    const csv = csvFromFindings(scan(text).findings, text, en);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Line,Line text,Found as,Version,Client,Exchange Online,Exchange Online: reason,Exchange on-premises,Exchange on-premises: reason');
    expect(lines[1]).toMatch(/^1,"alice;OC\/16\.0\.6965\.2058 \(Skype for Business\)",OC\/16\.0\.6965\.2058,16\.0\.6965\.2058,/);
    expect(lines[1]).toContain(',Eligible,');
    expect(lines[2]).toMatch(/^2,'=cmd\|16\.0\.6920\.999,16\.0\.6920\.999,16\.0\.6920\.999,/);
    expect(lines[2]).toContain('Update needed,Build 16.0.6920.999 is below 16.0.6920.1000');
    expect(lines[3]).toMatch(/^4,'@bob 15\.0\.4569\.1503,/);
    expect(lines[3]).toContain('Not supported');
  });
});
