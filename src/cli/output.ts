// Buffered writing to standard output, in bytes: text is encoded straight
// into a 1 MiB buffer (no joining of millions of small strings), repeated
// fragments are copied as ready-made bytes, and the writer waits when the
// reader is slower than the scan (a pager, a slow disk), so that memory
// stays bounded.
import type { Writable } from 'node:stream';

const SIZE = 1 << 20;
const FRAGMENTS = 4096;

/** Bytes gathered in buffers; subclasses decide where full buffers go. */
export class ByteWriter {
  protected buffer = Buffer.allocUnsafe(SIZE);
  protected at = 0;

  /** Hands over a full buffer (bytes [0, length)). */
  protected emit(_bytes: Buffer): void {}

  protected flushBuffer(): void {
    if (this.at === 0) return;
    const full = this.buffer.subarray(0, this.at);
    this.buffer = Buffer.allocUnsafe(SIZE);
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
    let digits = 1;
    for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    let at = this.at + digits;
    this.at = at;
    let rest = n;
    do {
      this.buffer[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
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

  put(data: string | Uint8Array): void {
    if (typeof data === 'string') this.write(data);
    else this.writeBytes(data);
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

export class Output extends ByteWriter {
  private waiting = false;

  constructor(private readonly stream: Writable) {
    super();
  }

  protected override emit(bytes: Buffer): void {
    if (!this.stream.write(bytes)) this.waiting = true;
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
