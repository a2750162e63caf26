// How a large text goes to the scan worker: a small first piece, so that the
// first rows paint at once, then larger ones, so that slices stay few. Kept
// apart from the engine: popup.js cuts, the worker scans.

export const FIRST_PIECE = 1 << 16;
export const PIECE = 1 << 20;

/** The pieces of `text` with the offset each starts at. */
export function* pieces(text: string, first = FIRST_PIECE, size = PIECE): Generator<[number, string]> {
  for (let at = 0, n = first; at < text.length; at += n, n = size) yield [at, text.slice(at, at + n)];
}
