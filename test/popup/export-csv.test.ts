import { describe, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import en from '../../_locales/en/messages.json';
import { csvCell, csvFromFindings, csvFromUsers } from '../../src/popup/export-csv.ts';
import { whoMustUpdate } from '../../src/popup/who-must-update.ts';

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

const rows = (csv: string) => csv.slice(1).trimEnd().split('\r\n');

describe('csvFromFindings', () => {
  test('one row per finding: line, whole line, user, verdicts, reasons, action and target build', () => {
    const text = 'alice@contoso.com;OC/16.0.6965.2058 (Skype for Business)\n=cmd|16.0.6920.999\nnothing\n@bob 15.0.4569.1503';
    const csv = csvFromFindings(scan(text).findings, text, en);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = rows(csv);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('Line,Line text,Found as,Version,Client,User,Exchange Online,Exchange Online: reason,Exchange on-premises,Exchange on-premises: reason,Action,Target build');
    expect(lines[1]).toMatch(/^1,"alice@contoso\.com;OC\/16\.0\.6965\.2058 \(Skype for Business\)",OC\/16\.0\.6965\.2058,16\.0\.6965\.2058,[^,]+,alice@contoso\.com,Eligible,/);
    expect(lines[1]).toMatch(/,Eligible: nothing to do,$/);
    expect(lines[2]).toMatch(/^2,'=cmd\|16\.0\.6920\.999,16\.0\.6920\.999,16\.0\.6920\.999,/);
    expect(lines[2]).toContain('Update needed,Build 16.0.6920.999 is below 16.0.6920.1000');
    expect(lines[2]).toMatch(/,Update to 16\.0\.6920\.1000 or later,16\.0\.6920\.1000$/);
    expect(lines[3]).toMatch(/^4,'@bob 15\.0\.4569\.1503,/);
    expect(lines[3]).toContain('Replace: not supported');
  });

  test('one location: only its columns; Problems only leaves out eligible clients', () => {
    const text = '16.0.6965.2058\n16.0.6741.2021\n16.0.4266.1001';
    const csv = csvFromFindings(scan(text).findings, text, en, { locations: ['onprem'], problemsOnly: true });
    const lines = rows(csv);
    expect(lines[0]).toBe('Line,Line text,Found as,Version,Client,User,Exchange on-premises,Exchange on-premises: reason,Action,Target build');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2', '3']);
    expect(lines[2]).toContain('Move from MSI to Click-to-Run');
  });

  test('linear: line text of many findings on LF-only lines and on one huge line', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => `u${i}@contoso.com;16.0.${6000 + (i % 2000)}.1000`).join('\n');
    const findings = scan(many).findings;
    const csv = csvFromFindings(findings, many, en);
    const lines = rows(csv);
    expect(lines).toHaveLength(200_001);
    expect(lines[200_000]).toMatch(/^200000,"u199999@contoso\.com;16\.0\.7999\.1000",/);
    const oneLine = Array.from({ length: 50_000 }, () => '16.0.6741.2021').join(' ');
    const csv2 = csvFromFindings(scan(oneLine).findings, oneLine, en);
    const lines2 = rows(csv2);
    expect(lines2).toHaveLength(50_001);
    // The line text is cut at 500 characters, once per line.
    expect(lines2[1]!.split(',')[1]!.length).toBeLessThanOrEqual(500);
  });
});

describe('csvFromUsers', () => {
  test('one row per user who must act, with the action and target', () => {
    const text = 'alice@contoso.com;16.0.6741.2021\nalice@contoso.com;16.0.6741.2021\nCONTOSO\\bob 15.0.4569.1503\ncarol@contoso.com 16.0.7070.2036';
    const { users } = whoMustUpdate(scan(text).findings, ['onprem']);
    const lines = rows(csvFromUsers(users, en));
    expect(lines).toEqual([
      'User,Version,Client,Result,Action,Target build',
      expect.stringMatching(/^alice@contoso\.com,16\.0\.6741\.2021,.*,Update needed,Update to 16\.0\.6920\.1000 or later\.,16\.0\.6920\.1000$/),
      expect.stringMatching(/^CONTOSO\\bob,15\.0\.4569\.1503,.*,Not supported,Install Skype for Business 2016 Click-to-Run 16\.0\.6920\.1000 or later instead\.,16\.0\.6920\.1000$/),
    ]);
  });
});
