/** Lines in a text the way the engine counts them (CRLF, LF or CR ends a line; no empty last line). */
export function countLines(text: string): number {
  if (text === '') return 0;
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  const last = text.charCodeAt(text.length - 1);
  return last === 10 || last === 13 ? lines - 1 : lines;
}

/** Large texts stay out of the <textarea>: Chromium spends seconds laying out 100,000 lines. */
export const LARGE_TEXT_CHARS = 200_000;
export const LARGE_TEXT_LINES = 2_000;

export function isLargeText(text: string): boolean {
  if (text.length > LARGE_TEXT_CHARS) return true;
  if (text.length < LARGE_TEXT_LINES) return false;
  let lines = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (++lines > LARGE_TEXT_LINES) return true;
  return false;
}
