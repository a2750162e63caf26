/** JavaScript's white space: what \s matches and String.prototype.trim removes, tested code by code. */
export function isBlank(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The last character of text[from, to) that is not blank, or -1 when all are. */
export function lastNonBlank(text: string, from: number, to: number): number {
  let i = to - 1;
  while (i >= from && isBlank(text.charCodeAt(i))) i--;
  return i >= from ? text.charCodeAt(i) : -1;
}
