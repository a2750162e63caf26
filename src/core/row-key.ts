import { isBlank } from './blank.ts';

// Whose row a line of a table is, in a report of products per computer or
// user: the first cell, when it is one word ("FIN-PC647",
// "alice@contoso.com"). A list of one machine's programs, or a fleet's,
// starts its rows with a product's name (words), and names no owner.

/** Characters a row's first cell is looked for in. */
const ROW_KEY_REACH = 64;

/**
 * A hash of a row's first cell when it is one word, quotes and blanks around left out ("FIN-PC647" of
 * `"FIN-PC647","Skype for Business 2016",…`): 0 for a line without a cell break near its start, or whose first cell
 * has words. Read in place, without making a string.
 */
export function rowKey(input: string, start: number, end: number): number {
  let from = start;
  while (from < end && (isBlank(input.charCodeAt(from)) || input.charCodeAt(from) === 124 /* | */ || input.charCodeAt(from) === 34 /* " */)) from++;
  const stop = Math.min(end, from + ROW_KEY_REACH);
  let hash = 0;
  let chars = 0;
  let blankAt = -1;
  for (let i = from; i < stop; i++) {
    const c = input.charCodeAt(i);
    // An empty cell names no one; a key that hashes to 0 is still a key.
    if (c === 44 || c === 59 || c === 9 || c === 124) return chars === 0 ? 0 : hash === 0 ? 1 : hash;
    if (c === 10 || c === 13) return 0;
    if (c === 34) continue;
    // A blank inside the cell makes words; blanks at its end do not.
    if (isBlank(c)) {
      if (blankAt < 0) blankAt = i;
      continue;
    }
    if (blankAt >= 0) return 0;
    chars++;
    hash = (Math.imul(hash, 31) + c) | 0;
  }
  return 0;
}

/** Two rows of one owner, or of a list whose rows name none (a machine's installed programs). */
export function sameRowOwner(a: number, b: number): boolean {
  return a === 0 || b === 0 || a === b;
}
