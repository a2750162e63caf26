// Turns file bytes into text the way Windows tools write them: UTF-8 with or
// without BOM, UTF-16 LE/BE with BOM (Windows PowerShell's ">" writes
// UTF-16 LE), and UTF-16 LE without BOM when every other byte is zero.
// Binary input is refused with a reason instead of being scanned as mojibake.

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: 'binary' };

const SAMPLE = 4096;

function looksUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros / (n / 2) > 0.9;
}

/** Control bytes other than tab, CR, LF, FF and ESC mean it is not text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > 0.1;
}

export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, body] = ['utf-16le', bytes.subarray(2)];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, body] = ['utf-16be', bytes.subarray(2)];
  else if (looksUtf16Le(bytes)) encoding = 'utf-16le';
  const text = new TextDecoder(encoding).decode(body);
  if (looksBinary(text)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding };
}
