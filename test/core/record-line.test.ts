import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isRecordLine } from '../../src/core/record-line.ts';
import { scan } from '../../src/core/index.ts';

// The rule as first written, a regular expression over one line (its end is the line's end).
// Keys of two single-spaced words (sigcheck's "Prod version:", a scanner's "Installed version :") are the third alternative.
// A pretty-printed JSON member and an XML element alone on its line came later: the last two alternatives;
// so did keys in accented Latin, Greek and Cyrillic letters ("Versión:", «Версия:»), then a registry export's
// "Name"="value" and a MOF dump's `Name = value;` (the fifth and sixth alternatives).
const RECORD_LINE = /^[^\S\r\n]*(?:[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,40}[^\S\r\n]*:(?:[^\S\r\n]|$)|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,60}[^\S\r\n]+REG_|(?=[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w. \u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,40}:)[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]*(?: [A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]*) *:(?:[^\S\r\n]|$)|"[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,40}"[^\S\r\n]*[:=]|[A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,40}[^\S\r\n]*=[^\S\r\n].*;[^\S\r\n]*$|<([A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f][\w.\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u052f-]{0,40})>.*<\/\1>[^\S\r\n]*$)/;

const byRegex = (line: string) => RECORD_LINE.test(line);
const inPlace = (line: string) => isRecordLine(`>>${line}<<`, 2, line.length + 2);

describe('isRecordLine', () => {
  it.each([
    ['DisplayVersion : 16.0.4266.1001', true],
    ['    VersionToReport    REG_SZ    16.0.6920.1000', true],
    ['ClientVersionToReport : 16.0.6920.1000', true],
    ['Description :', true], // Format-List's empty value, the colon at the line's end
    ['Note: needs 16.0.6920.1000', true],
    ['a'.repeat(41) + ' : x', true],
    ['a'.repeat(42) + ' : x', false],
    ['a'.repeat(61) + '  REG_SZ  x', true],
    ['a'.repeat(62) + '  REG_SZ  x', false],
    ['VersionToReportREG_SZ x', false],
    ['https://contoso.com/a', false],
    ['10:36 session closed', false],
    ['alice,Smith,16.0.6568.2025,10:36', false],
    ['Key:value', false],
    ['\tProd version:\t16.0.17628.20144', true],
    ['OS Build Type:             Multiprocessor Free', false], // three words: "This product contains:" is prose
    ['Signing date:\t3:14 AM 4/20/2024', true],
    ['Error in wwlib: access violation', false],
    ['Prod  version: 16.0.17628.20144', false],
    ['  Installed version : 16.0.11929.20254', true],
    ['  Fixed version     : 16.0.11929.20300', true],
    ['', false],
    ['   ', false],
    ['    "VersionToReport":  "16.0.17928.20114",', true],
    ['  "O365ProPlusRetail.ExcludedApps": "lync"', true],
    ['"16.0.x": true', false],
    ['  <VersionToReport>16.0.17726.20160</VersionToReport>', true],
    ['<ExcludedApps></ExcludedApps>  ', true],
    ['<C2RStatus>', false],
    ['<Version>16.0.x</Build>', false],
    ['<Add Version="16.0.x">', false],
    ['Версия: 16.0.x', true],
    ['Versión: 16.0.x', true],
    ['у меня: 16.0.x', true],
    ['×a: 16.0.x', false],
    ['"VersionToReport"="16.0.17928.20114"', true],
    ['    VersionToReport = "16.0.17928.20114";', true],
    ['    ExcludedApps = "groove,lync";', true],
    ['$v = "16.0.17928.20114"', false],
    ['x = 1', false],
  ])('%j → %s', (line, expected) => {
    expect(inPlace(line)).toBe(expected);
    expect(byRegex(line)).toBe(expected);
  });

  it('answers as the regular expression does, on lines made of the characters that matter', () => {
    const char = fc.constantFrom('a', 'Z', '0', '_', '.', '-', ' ', ' ', ' b', ' c:', '\t', '\u00a0', '\u3000', ':', 'R', 'E', 'G', 'REG_', ',', 'ж', '/', '"', '<', '>', '</', '<a>', '</a>', '"a"', 'é', 'я', '×', 'Ω', '=', ' = ', ';');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 80 }), fc.integer({ min: 0, max: 70 }), (chars, keyLength) => {
        const line = 'k'.repeat(keyLength % 3 === 0 ? keyLength : 0) + chars.join('');
        expect(inPlace(line)).toBe(byRegex(line));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a record across a Format-List field whose value is empty', () => {
    const record = ['DisplayName    : Skype for Business 2016', 'Description    :', 'ClientVersion  : 16.0.6965.2058'].join('\r\n');
    const finding = scan(record).findings[0]!;
    expect(finding.version).toBe('16.0.6965.2058');
    expect(finding.source).toBe('named');
  });
});

describe("a scanner's plugin output", () => {
  it('keys of several words aligned before their colon are a record', () => {
    const line = '  Installed version : 16.0.11929.20254';
    expect(isRecordLine(line, 0, line.length)).toBe(true);
    const prose = 'I think the installed version is 16.0.11929.20254';
    expect(isRecordLine(prose, 0, prose.length)).toBe(false);
  });
});

describe("a scanner's plugin output: whose build it is", () => {
  it("another app's program path owns the installed version; the fixed version is a target", () => {
    const excel = scan('  Path              : C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE\n  Installed version : 16.0.11929.20254\n  Fixed version     : 16.0.11929.20300');
    expect(excel.findings).toEqual([]);
    const lync = scan('  Path              : C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe\n  Installed version : 16.0.6366.2062\n  Fixed version     : 16.0.6741.2048');
    expect(lync.findings.map((f) => [f.version, f.verdicts.online])).toEqual([['16.0.6366.2062', 'upgrade-required']]);
  });
});
