// A line as the word matcher reads it (docs/evidence.md).

/**
 * Characters that stand for a space in pasted agents and web copies, replaced
 * by as many spaces so that offsets do not move: IIS's "+", "%20", "&nbsp;", "&#32;", "&#x20;",
 * NBSP, zero-width spaces, bidi marks and the BOM, and the ® ™ of product names; other arrows become "→". (Not the marks that join a word's
 * letters, the soft hyphen and the zero-width joiners: mentions.ts reads them as part of the word.)
 */
// Entities are only pre-screened ("&n", "&#"): the replaces below match them exactly, and one short test stays cheap.
const HAS_SPACE_LIKE = /%20|&[#nN]|[+_®™\u00a0\u200b\u200e\u200f\u202a-\u202f\ufeff\u21d2\u21e8\u21fe\u27f6\u27f9\u2794\u279c\u279d\u279e]/;
/** Arrows drawn otherwise ("x ➜ y", "x ➔ y", "x ⟶ y", "x ⇨ y"), read as "→": one change between two builds. */
const OTHER_ARROW = /[\u21d2\u21e8\u21fe\u27f6\u27f9\u2794\u279c\u279d\u279e]/g;

// The same three kinds of match, one replace each: a replacement by a fixed
// string is far cheaper than a callback per match. No kind's characters occur
// in another's, and spaces make none, so the order does not matter.
const ENCODED_SPACE = /%20/g;
const ENTITY_SPACE = /&nbsp;|&#160;|&#x(?:20|a0);/gi;
const ENTITY_SPACE_32 = /&#32;/g;
const SPACE_CHAR = /[+_®™\u00a0\u200b\u200e\u200f\u202a-\u202f\ufeff]/gi;

export function spacedLine(line: string): string {
  if (!HAS_SPACE_LIKE.test(line)) return line;
  let spaced = line;
  // Most lines hold only single characters ("REG_SZ"): the other two replaces run only where they can match.
  if (spaced.includes('%20')) spaced = spaced.replace(ENCODED_SPACE, '   ');
  if (spaced.includes('&')) spaced = spaced.replace(ENTITY_SPACE, '      ').replace(ENTITY_SPACE_32, '     ');
  if (OTHER_ARROW.test(spaced)) spaced = spaced.replace(OTHER_ARROW, '→');
  return spaced.replace(SPACE_CHAR, ' ');
}

/**
 * Length of the encoded space at line[i] ("%20", "&nbsp;", "&#160;", "&#32;", "&#x20;", "&#xA0;"),
 * or 0: read in place where words and agents are walked character by character.
 */
export function encodedSpaceAt(line: string, i: number): number {
  const c = line.charCodeAt(i);
  if (c === 37) return line.charCodeAt(i + 1) === 50 && line.charCodeAt(i + 2) === 48 ? 3 : 0;
  if (c !== 38) return 0;
  if (line.charCodeAt(i + 1) === 35) {
    // "&#32;", "&#160;", "&#x20;", "&#xA0;"
    if (line.charCodeAt(i + 2) === 51 && line.charCodeAt(i + 3) === 50 && line.charCodeAt(i + 4) === 59) return 5;
    if ((line.charCodeAt(i + 2) | 0x20) === 0x78) {
      const high = line.charCodeAt(i + 3) | 0x20;
      return (high === 50 || high === 0x61) && line.charCodeAt(i + 4) === 48 && line.charCodeAt(i + 5) === 59 ? 6 : 0;
    }
    return line.charCodeAt(i + 2) === 49 && line.charCodeAt(i + 3) === 54 && line.charCodeAt(i + 4) === 48 && line.charCodeAt(i + 5) === 59 ? 6 : 0;
  }
  // "&nbsp;", any case
  if (line.charCodeAt(i + 5) !== 59) return 0;
  const a = line.charCodeAt(i + 1) | 0x20;
  const b = line.charCodeAt(i + 2) | 0x20;
  const d = line.charCodeAt(i + 3) | 0x20;
  const e = line.charCodeAt(i + 4) | 0x20;
  return a === 0x6e && b === 0x62 && d === 0x73 && e === 0x70 ? 6 : 0;
}
