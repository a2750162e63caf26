// A line as the word matcher reads it (docs/evidence.md).

/**
 * Characters that stand for a space in pasted agents and web copies, replaced
 * by as many spaces so that offsets do not move: IIS's "+", "%20", "&nbsp;", "&#32;",
 * NBSP, zero-width and bidi marks, and the ® ™ of product names.
 */
const HAS_SPACE_LIKE = /%20|&nbsp;|&#160;|&#32;|[+_®™\u00a0\u200b-\u200f\u202a-\u202f\u2060\ufeff]/i;

// The same three kinds of match, one replace each: a replacement by a fixed
// string is far cheaper than a callback per match. No kind's characters occur
// in another's, and spaces make none, so the order does not matter.
const ENCODED_SPACE = /%20/g;
const ENTITY_SPACE = /&nbsp;|&#160;/gi;
const ENTITY_SPACE_32 = /&#32;/g;
const SPACE_CHAR = /[+_®™\u00a0\u200b-\u200f\u202a-\u202f\u2060\ufeff]/gi;

export function spacedLine(line: string): string {
  if (!HAS_SPACE_LIKE.test(line)) return line;
  let spaced = line;
  // Most lines hold only single characters ("REG_SZ"): the other two replaces run only where they can match.
  if (spaced.includes('%20')) spaced = spaced.replace(ENCODED_SPACE, '   ');
  if (spaced.includes('&')) spaced = spaced.replace(ENTITY_SPACE, '      ').replace(ENTITY_SPACE_32, '     ');
  return spaced.replace(SPACE_CHAR, ' ');
}
