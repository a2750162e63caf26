// Text for PowerShell scripts that Windows PowerShell 5.1 reads the same in
// any code page. PowerShell 5.1 reads a .ps1 without a byte-order mark in the
// ANSI code page, where UTF-8 bytes such as 0x82, 0x91 and 0x92 decode to
// ‚ ‘ ’, which PowerShell treats as quote characters: ordinary Russian text
// could break a string, and crafted text could end it early. So everything
// written here is ASCII.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** Anything but printable ASCII. */
const NOT_ASCII = /[^\u0020-\u007e]/;

/**
 * Quotes a value as a PowerShell string: nothing inside is expanded. ASCII
 * text is one single-quoted string ('' escapes '); text with other characters
 * is a concatenation of single-quoted ASCII pieces and [char]0xHHHH codes,
 * starting with a string so that + joins strings.
 */
export function quotePowerShell(value: string): string {
  if (CONTROL_CHARS.test(value)) throw new Error('control characters cannot be quoted safely');
  const single = (text: string) => `'${text.replace(/'/g, "''")}'`;
  if (!NOT_ASCII.test(value)) return single(value);
  const parts: string[] = [];
  let run = '';
  // UTF-16 code units: [char] takes one unit, and two surrogates joined are the character again.
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    if (unit >= 0x20 && unit <= 0x7e) {
      run += value[i];
      continue;
    }
    if (run !== '' || parts.length === 0) parts.push(single(run));
    run = '';
    parts.push(`[char]0x${unit.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (run !== '') parts.push(single(run));
  return `(${parts.join(' + ')})`;
}

// Russian letters in ASCII (the simple passport-style transliteration): a
// comment cannot carry character codes, and Latin letters read better than
// question marks.
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'iu', я: 'ia',
};
/** Typographic punctuation a catalogue uses, as its ASCII look-alike. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '‘': "'", '’': "'", '‚': "'", '‛': "'",
  '–': '-', '—': '-', '…': '...', '\u00a0': ' ', '\u202f': ' ', '№': 'No.',
};

/** One comment line in ASCII: Cyrillic transliterated, typographic punctuation simplified, anything else "?". */
export function powerShellComment(text: string): string {
  let out = '';
  for (const ch of text.replace(/[\r\n\u2028\u2029]+/g, ' ')) {
    if (!NOT_ASCII.test(ch)) out += ch;
    else if (PUNCTUATION[ch] !== undefined) out += PUNCTUATION[ch];
    else {
      const lower = ch.toLowerCase();
      const latin = CYRILLIC[lower];
      if (latin === undefined) out += '?';
      else out += ch === lower || latin === '' ? latin : latin[0]!.toUpperCase() + latin.slice(1);
    }
  }
  return `# ${out}`.trimEnd();
}
