// One comparison for the short ASCII words the engine looks for in place
// (agent tokens, switch names, registry path words), without slicing or
// lower-casing the text.

/**
 * text[from, to) is `word` (lower-case ASCII letters), ignoring ASCII case.
 * No other character folds to an ASCII letter this way, so for words of
 * letters this is what toLowerCase() would say.
 */
export function isAsciiWordAt(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let k = 0; k < word.length; k++) if ((text.charCodeAt(from + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Index in `words` of the word text[from, to) is (as isAsciiWordAt says), or -1: a plain loop, no closure per call. */
export function asciiWordIndexAt(text: string, from: number, to: number, words: readonly string[]): number {
  for (let k = 0; k < words.length; k++) if (isAsciiWordAt(text, from, to, words[k]!)) return k;
  return -1;
}
