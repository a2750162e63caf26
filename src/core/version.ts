// Exact dotted-version arithmetic. Parts are kept as digit strings, so a part
// of any length compares exactly: no Number precision loss, no text sort
// ("17928" > "6920"), no part dropped or padded.

/** A version as its numeric parts, each an ASCII digit string without leading zeros. */
export type Parts = readonly string[];

/** Removes leading zeros, keeping a lone "0". */
export function canonicalPart(digits: string): string {
  let i = 0;
  while (i < digits.length - 1 && digits.charCodeAt(i) === 48) i++;
  return i === 0 ? digits : digits.slice(i);
}

/** Compares two canonical digit strings as non-negative integers. */
export function comparePart(a: string, b: string): -1 | 0 | 1 {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Splits "16.0.6920.1000" into canonical parts; undefined for anything that
 * is not dot-separated ASCII digits.
 */
export function parseVersion(text: string): Parts | undefined {
  if (!/^\d+(?:\.\d+)*$/.test(text)) return undefined;
  return text.split('.').map(canonicalPart);
}

export function formatVersion(parts: Parts): string {
  return parts.join('.');
}

/**
 * Compares the parts both versions have. Returns undefined when they agree
 * on every shared part but one has more parts: a missing part is unknown,
 * never zero, so "16.0.6701" is neither below nor above "16.0.6701.1000".
 */
export function compareKnown(a: Parts, b: Parts): -1 | 0 | 1 | undefined {
  const shared = Math.min(a.length, b.length);
  for (let i = 0; i < shared; i++) {
    const c = comparePart(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length === b.length ? 0 : undefined;
}
