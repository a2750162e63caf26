// Bytes to text in pieces, the way Windows tools write text: UTF-8 with or
// without BOM, UTF-16 LE/BE with BOM (Windows PowerShell's ">" writes
// UTF-16 LE), UTF-16 LE without BOM when every other byte is zero, and for
// text that is not UTF-8 (and holds no NUL), the ANSI code page the text most
// likely came from: windows-1251 when it looks Cyrillic, else windows-1252.
// The encoding and "is it binary" are decided once, on the first SAMPLE
// bytes (or all of them when the input is shorter), so that a stream of NUL
// bytes is refused at once. TextDecoder's stream mode carries a code unit,
// a surrogate pair or a UTF-8 sequence that a chunk boundary splits.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251' | 'windows-1252';

/** Bytes looked at before the encoding is decided. */
export const SAMPLE = 4096;

export interface ByteDecoder {
  /** Text of these bytes (may be '' while the first SAMPLE bytes gather); throws BinaryInput when the input is binary. */
  push(bytes: Uint8Array): string;
  /** The rest of the text at the end of input; throws BinaryInput when the input is binary. */
  end(): string;
  /** The encoding, once decided. */
  readonly encoding: Encoding | undefined;
}

/** The input is not text (NUL bytes or control characters). */
export class BinaryInput extends Error {
  constructor() {
    super('binary input');
    this.name = 'BinaryInput';
  }
}

function looksUtf16Le(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return false;
  let zeros = 0;
  for (let i = 1; i < n; i += 2) if (bytes[i] === 0) zeros++;
  return zeros / (n / 2) > 0.9;
}

/** Control characters other than tab, CR, LF, FF and ESC (or U+FFFD) in more than a tenth of the text mean it is not text. */
function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12 && c !== 27) || c === 0xfffd) bad++;
  }
  return n > 0 && bad / n > 0.1;
}

function isUtf8(bytes: Uint8Array, final: boolean): boolean {
  try {
    // stream: a sequence cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: !final });
    return true;
  } catch {
    return false;
  }
}

/**
 * windows-1251 puts Cyrillic letters at 0xC0–0xFF, where windows-1252 has
 * accented Latin letters. Russian words are runs of such bytes; West European
 * text has one accented letter among ASCII ones. Cyrillic when most of those
 * bytes stand in runs of three or more.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  let run = 0;
  const n = Math.min(bytes.length, SAMPLE * 4);
  for (let i = 0; i <= n; i++) {
    const b = i < n ? bytes[i]! : 0;
    if (b >= 0xc0) {
      high++;
      run++;
    } else {
      if (run >= 3) inRuns += run;
      run = 0;
    }
  }
  return high > 0 && inRuns * 2 >= high;
}

function detect(bytes: Uint8Array, final: boolean): { encoding: Encoding; skip: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  if (looksUtf16Le(bytes)) return { encoding: 'utf-16le', skip: 0 };
  if (isUtf8(bytes, final) || bytes.includes(0)) return { encoding: 'utf-8', skip: 0 };
  return { encoding: looksCyrillic(bytes) ? 'windows-1251' : 'windows-1252', skip: 0 };
}

/**
 * Text of bytes that are all ASCII, or undefined when one is not. ASCII reads
 * the same in UTF-8, windows-1251 and windows-1252, and a host can tell and
 * copy it much faster than TextDecoder decodes it (Node: buffer.isAscii and
 * latin1Slice); the engine stays free of host APIs by taking it as a parameter.
 */
export type AsciiText = (bytes: Uint8Array) => string | undefined;

/**
 * `known`: the encoding, already decided for this input (a later part of a file); no detection, no binary check.
 * `ascii`: a fast path for all-ASCII pieces (see AsciiText).
 */
export function createByteDecoder(known?: Encoding, ascii?: AsciiText): ByteDecoder {
  let head: Uint8Array[] = [];
  let headLength = 0;
  let encoding: Encoding | undefined = known;
  let decoder: TextDecoder | undefined = known ? new TextDecoder(known) : undefined;
  // TextDecoder holds no part of a UTF-8 sequence: the last byte it was given was ASCII (or none yet).
  let settled = true;

  const decode = (bytes: Uint8Array | undefined, stream: boolean): string => {
    if (ascii && bytes && settled && encoding !== 'utf-16le' && encoding !== 'utf-16be') {
      const text = ascii(bytes);
      if (text !== undefined) return text;
    }
    const text = decoder!.decode(bytes, { stream });
    if (bytes && bytes.length > 0) settled = bytes[bytes.length - 1]! < 0x80;
    return encoding === 'windows-1252' ? fixCp1252(text) : text;
  };

  const start = (final: boolean): string => {
    const bytes = head.length === 1 ? head[0]! : concat(head, headLength);
    head = [];
    const found = detect(bytes, final);
    encoding = found.encoding;
    decoder = new TextDecoder(encoding);
    const text = decode(bytes.subarray(found.skip), !final);
    if (looksBinary(text)) throw new BinaryInput();
    return text;
  };

  return {
    get encoding() {
      return encoding;
    },
    push(bytes) {
      if (decoder) return decode(bytes, true);
      head.push(bytes);
      headLength += bytes.length;
      return headLength >= SAMPLE ? start(false) : '';
    },
    end() {
      if (!decoder) return start(true);
      return decode(undefined, false);
    },
  };
}

// windows-1252's characters at 0x80–0x9F. Some TextDecoder builds (Node's)
// decode the label as ISO-8859-1 and give C1 controls there instead.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;
const HAS_C1 = /[\u0080-\u009f]/;

function fixCp1252(text: string): string {
  return HAS_C1.test(text) ? text.replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
