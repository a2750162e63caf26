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
