// The fast mentionsOn (hashes filtered by a bitmap, ASCII words compared in
// place, unspaced phrases found in one pass) must answer exactly as the simple
// first version did: compared on generated lines and on lines chosen to reach
// each fast path and its fall-back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mentionsIn, mentionsOn, spacedLine } from '../../src/core/evidence.ts';
import { mentionsOn as referenceMentionsOn } from './reference/mentions-reference.ts';

const RUNS = Number(process.env.FUZZ_RUNS) || 2000;

/** The first spacedLine: one replace with a callback. */
function referenceSpacedLine(line: string): string {
  // (Since session 28 not the marks that join a word's letters: the soft hyphen, U+200C, U+200D, U+2060.)
  const spaceLike = /%20|&nbsp;|&#160;|[+_®™\u00a0\u200b\u200e\u200f\u202a-\u202f\ufeff]/gi;
  return line.replace(spaceLike, (m) => ' '.repeat(m.length));
}

const PIECES = [
  'Skype', ' for ', 'Business', 'skype for business', 'SKYPE FÜR BUSINESS', 'Skype для бизнеса', 'Lync', ' web', ' app', 'Server', 'сервер', 'СЕРВЕРА', 'UCCAPI', 'ucwa',
  'Exchange', ' online', ' on ', 'prem', 'premises', 'onprem', 'локальный', 'локальн', 'SharePoint', 'sharepointserver', 'mssqlserver', 'MSExchange', 'SQL', 'VS 2019', 'vs2022',
  'Mac', 'for', 'OS', ' X', 'os build', 'iPhone', 'Мобильный', 'Windows', 'win 10', 'Win10', 'Office', ' 365', 'Microsoft', 'ProPlus', 'pro plus', 'Outlook', 'WINWORD',
  'or', ' later', 'или', ' новее', 'и выше', 'at least', 'needs', 'НУЖНА', 'нужн', 'требуется', 'требу', 'обновите', 'обнов', ' до', 'Минимальная', 'необходимо', 'oder höher',
  'ou ultérieure', 'lub nowszy', 'veya üzeri', 'nebo novější', 'o más reciente', 'starting with',
  '以降', '以上', '以', '或更高', '或更新', '或', '이상', '最低', '必要', '至少', '需要', '≥', '>=', '>', '=',
  ' ', '  ', '\t', ',', ';', '.', '/', '(', ')', '-', '%20', '&nbsp;', '&NBSP;', '&#160;', '+', '_', '®', '™', '\u00a0', '\u200b', '\u202f', '\ufeff', '\u00ad', '\u200d', '\u2060',
  '16.0.6920.1000', '6965.2058', '2019', '1', 'x', 'İ', 'ı', '\u212a', 'ſ', 'Σ', 'ß', 'é', 'É', 'Ё', 'ё', 'ÿ', 'Ÿ', '\ud83d\ude00',
];
const line = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((a) => a.join('')),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe('mentionsOn', () => {
  it('answers as the first version on generated lines', () => {
    fc.assert(
      fc.property(line, (text) => {
        const spaced = referenceSpacedLine(text);
        expect(mentionsOn(spaced)).toEqual(referenceMentionsOn(spaced));
        expect(mentionsOn(text)).toEqual(referenceMentionsOn(text));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    ['Skype for Business 16.0.6920.1000 or later', ['client:Skype for Business', 'threshold-after:or later']],
    ['SKYPE FÜR BUSINESS', ['client:SKYPE FÜR BUSINESS']],
    ['SharePoint Server 2019,16.0.10337.12109', ['other:SharePoint Server']],
    ['Exchange Server 2019 CU12 15.2.1118.7', ['other:Exchange Server']],
    ['Нужна версия 16.0.6920.1000 или новее', ['threshold-before:Нужна', 'threshold-after:или новее']],
    ['Обновите до 16.0.6920.1000', ['threshold-before:Обновите до']],
    ['16.0.6920.1000以上以上', ['threshold-after:以上', 'threshold-after:以上']],
    ['≥≥ 16.0 >=>=', ['threshold-before:≥', 'threshold-before:≥', 'threshold-before:>=', 'threshold-before:>=']],
    ['Lync 需要 16.0', ['client:Lync', 'threshold-before:需要']],
    // The Kelvin sign lowers to "k" but hashes as itself: no mention, as before.
    ['s\u212aype for business', []],
    ['İ Outlook', ['app:Outlook']],
  ])('%s', (text, expected) => {
    const found = mentionsOn(spacedLine(text)).map((m) => `${m.kind}:${m.text}`);
    expect(found).toEqual(expected);
    expect(mentionsOn(spacedLine(text))).toEqual(referenceMentionsOn(referenceSpacedLine(text)));
  });
});

describe('mentionsIn', () => {
  // The scanner reads a line's words in place; it must find what mentionsOn finds on the spaced copy of the line.
  it('answers as mentionsOn(spacedLine(line)), wherever the line stands in the text', () => {
    fc.assert(
      fc.property(line, line, line, (before, text, after) => {
        const input = `${before}\n${text}\n${after}`;
        const from = before.length + 1;
        expect(mentionsIn(input, from, from + text.length)).toEqual(mentionsOn(spacedLine(text)));
      }),
      { numRuns: RUNS },
    );
  });

  it.each([
    // The text keeps one space per character replaced, so that it lines up with the input.
    ['Skype%20for%20Business 16.0.6920.1000', 'client:Skype   for   Business'],
    ['Skype&nbsp;for&NBSP;Business', 'client:Skype      for      Business'],
    ['Skype&#160;for+Business', 'client:Skype      for Business'],
    ['SQL%20Server%2016.0.1000.6', 'other:SQL   Server'],
  ])('%s', (text, first) => {
    const input = `x%2\n${text}\n&nbsp`;
    const found = mentionsIn(input, 4, 4 + text.length);
    expect(`${found[0]!.kind}:${found[0]!.text}`).toBe(first);
    expect(found).toEqual(mentionsOn(spacedLine(text)));
  });
});

describe('spacedLine', () => {
  it('answers as the first version on generated lines', () => {
    fc.assert(
      fc.property(line, (text) => {
        expect(spacedLine(text)).toBe(referenceSpacedLine(text));
      }),
      { numRuns: RUNS },
    );
  });

  it('replaces every space-like form by as many spaces', () => {
    const sp = (n: number) => ' '.repeat(n);
    expect(spacedLine('Skype%20for&nbsp;Business&#160;x+y_z®™\u00a0\u200b&NBSP;')).toBe(`Skype${sp(3)}for${sp(6)}Business${sp(6)}x y z${sp(4)}${sp(6)}`);
    expect(spacedLine('no change here')).toBe('no change here');
  });
});
