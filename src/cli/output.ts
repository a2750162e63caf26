// Buffered writing to standard output, in bytes: text is encoded straight
// into a 1 MiB buffer (no joining of millions of small strings), repeated
// fragments are copied as ready-made bytes, and the writer waits when the
// reader is slower than the scan (a pager, a slow disk), so that memory
// stays bounded.
import type { Writable } from 'node:stream';

export const SIZE = 1 << 20;
const FRAGMENTS = 4096;

/** Text longer than this goes through JSON.stringify (faster there); shorter text is escaped in a loop (no call, no new string). */
const NATIVE_JSON = 32;

/** Longest prefix writeField takes. */
export const PREFIX = 32;

/** Decimal digits of a whole number below 2^31. */
function digitCount(n: number): number {
  if (n < 100_000) return n < 100 ? (n < 10 ? 1 : 2) : n < 1_000 ? 3 : n < 10_000 ? 4 : 5;
  return n < 10_000_000 ? (n < 1_000_000 ? 6 : 7) : n < 100_000_000 ? 8 : n < 1_000_000_000 ? 9 : 10;
}

/** Writes the digits of a whole number `n` >= 0 at `at`; returns the end. Below 2^31 in integer arithmetic, the fast case. */
function putInteger(buffer: Buffer, at: number, n: number): number {
  if (n <= 0x7fffffff) {
    const end = at + digitCount(n);
    let rest = n | 0;
    let i = end;
    while (rest >= 10) {
      const q = (rest / 10) | 0;
      buffer[--i] = 48 + rest - q * 10;
      rest = q;
    }
    buffer[i - 1] = 48 + rest;
    return end;
  }
  let digits = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
  const end = at + digits;
  let i = end;
  let rest = n;
  do {
    buffer[--i] = 48 + (rest % 10);
    rest = Math.floor(rest / 10);
  } while (rest > 0);
  return end;
}

/** Bytes gathered in buffers; subclasses decide where full buffers go. */
export class ByteWriter {
  protected buffer: Buffer = Buffer.allocUnsafe(SIZE);
  protected at = 0;

  /** Hands over a full buffer (bytes [0, length)). */
  protected emit(_bytes: Buffer): void {}

  /** A buffer to fill next. */
  protected freshBuffer(): Buffer {
    return Buffer.allocUnsafe(SIZE);
  }

  protected flushBuffer(): void {
    if (this.at === 0) return;
    const full = this.buffer.subarray(0, this.at);
    this.buffer = this.freshBuffer();
    this.at = 0;
    this.emit(full);
  }

  write(text: string): void {
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.at + text.length * 3 > SIZE) {
      this.flushBuffer();
      if (text.length * 3 > SIZE) {
        this.emit(Buffer.from(text, 'utf8'));
        return;
      }
    }
    this.at += this.buffer.write(text, this.at);
  }

  /** A whole number from 0 up (a line, an offset), as ASCII digits. */
  writeInteger(n: number): void {
    if (this.at + 16 > SIZE) this.flushBuffer();
    this.at = putInteger(this.buffer, this.at, n);
  }

  /** A few bytes (`prefix`, at most PREFIX long: a field's name) and then a whole number's digits. */
  writeField(prefix: Uint8Array, n: number): void {
    if (prefix.length > PREFIX) {
      this.writeBytes(prefix);
      return this.writeInteger(n);
    }
    if (this.at + PREFIX + 16 > SIZE) this.flushBuffer();
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < prefix.length; i++) buffer[at++] = prefix[i]!;
    this.at = putInteger(buffer, at, n);
  }

  /**
   * `text` as a JSON string literal: the bytes of JSON.stringify(text) in
   * UTF-8. Short printable ASCII (a log's user names) is copied here, with
   * '"' and '\\' escaped; any other character leaves it to JSON.stringify.
   */
  writeJsonString(text: string): void {
    this.writeJsonText(text, true);
  }

  /** The same without the quotes: `text` escaped as part of a longer JSON string (a sentence with a value in it). */
  writeJsonStringContent(text: string): void {
    this.writeJsonText(text, false);
  }

  private writeJsonText(text: string, quoted: boolean): void {
    const n = text.length;
    // Longer text (a line without a build) is escaped and encoded faster natively.
    if (n > NATIVE_JSON) return this.writeNativeJson(text, quoted);
    // Printable ASCII takes at most two bytes a character, plus the quotes.
    if (this.at + 2 * n + 2 > SIZE) {
      this.flushBuffer();
      if (2 * n + 2 > SIZE) return this.writeNativeJson(text, quoted);
    }
    const buffer = this.buffer;
    let at = this.at;
    if (quoted) buffer[at++] = 0x22;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7f) return this.writeNativeJson(text, quoted);
      if (c === 0x22 || c === 0x5c) buffer[at++] = 0x5c;
      buffer[at++] = c;
    }
    if (quoted) buffer[at++] = 0x22;
    this.at = at;
  }

  private writeNativeJson(text: string, quoted: boolean): void {
    const json = JSON.stringify(text);
    this.write(quoted ? json : json.slice(1, -1));
  }

  writeByte(byte: number): void {
    if (this.at === SIZE) this.flushBuffer();
    this.buffer[this.at++] = byte;
  }

  private fragments = new Map<string, Buffer>();

  /**
   * Writes a string that recurs (a cached record tail): its bytes are kept
   * and copied, not encoded again. Up to FRAGMENTS strings are kept.
   */
  putFragment(text: string): void {
    let bytes = this.fragments.get(text);
    if (!bytes) {
      if (this.fragments.size >= FRAGMENTS) this.fragments.clear();
      this.fragments.set(text, (bytes = Buffer.from(text, 'utf8')));
    }
    this.writeBytes(bytes);
  }

  /** Writes text, bytes, or pieces of bytes one after another (a worker's block, copied without joining it first). */
  put(data: string | Uint8Array | readonly Uint8Array[]): void {
    if (typeof data === 'string') this.write(data);
    else if (data instanceof Uint8Array) this.writeBytes(data);
    else for (const bytes of data) this.writeBytes(bytes);
  }

  writeBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.at + n > SIZE) {
      this.flushBuffer();
      if (n > SIZE) {
        this.emit(Buffer.from(bytes));
        return;
      }
    }
    if (n <= 32) {
      // A few bytes copy faster in a loop than through TypedArray#set.
      const buffer = this.buffer;
      let at = this.at;
      for (let i = 0; i < n; i++) buffer[at++] = bytes[i]!;
      this.at = at;
      return;
    }
    this.buffer.set(bytes, this.at);
    this.at += n;
  }
}

/** Written buffers kept for reuse. */
const SPARE = 8;

export class Output extends ByteWriter {
  private waiting = false;
  /**
   * Buffers the stream has written, filled again instead of allocating new
   * ones: --json writes about 3 bytes per byte read, and a fresh 1 MiB
   * buffer for each would make the garbage collector run over and over.
   */
  private spare: Buffer[] = [];
  /**
   * Buffers handed to the stream whose callback has not come yet. A long
   * synchronous stretch (a spilled file copied out) gets no callback until it
   * ends: past SPARE, buffers are written without one, and left to the
   * collector, so that they are not all held until then.
   */
  private pending = 0;

  constructor(private readonly stream: Writable) {
    super();
  }

  protected override freshBuffer(): Buffer {
    return this.spare.pop() ?? super.freshBuffer();
  }

  protected override emit(bytes: Buffer): void {
    // A full buffer (not a large piece of its own) goes back to the spares once written.
    const whole = bytes.buffer.byteLength === SIZE && bytes.byteOffset === 0 && this.pending < SPARE;
    let written: boolean;
    if (whole) {
      this.pending++;
      written = this.stream.write(bytes, () => {
        this.pending--;
        if (this.spare.length < SPARE) this.spare.push(Buffer.from(bytes.buffer, 0, SIZE));
      });
    } else written = this.stream.write(bytes);
    if (!written) this.waiting = true;
  }

  /** Resolves when the stream can take more. */
  async drain(): Promise<void> {
    if (this.waiting && this.stream.writableNeedDrain) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
    this.waiting = false;
  }

  /** Writes the rest and resolves once it has been handed to the system. */
  async end(): Promise<void> {
    const rest = this.buffer.subarray(0, this.at);
    this.at = 0;
    await new Promise<void>((resolve) => this.stream.write(rest, () => resolve()));
  }
}
