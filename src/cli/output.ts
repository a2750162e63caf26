// Buffered writing to standard output that waits when the reader is slower
// than the scan (a pager, a slow disk), so that memory stays bounded.
import type { Writable } from 'node:stream';

const FLUSH_AT = 256 * 1024;

export class Output {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: Writable) {}

  write(text: string): void {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flushBuffer();
  }

  private flushBuffer(): boolean {
    if (this.size === 0) return true;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    return this.stream.write(text);
  }

  /** Writes what is buffered; resolves when the stream can take more. */
  async drain(): Promise<void> {
    if (!this.flushBuffer() && this.stream.writableNeedDrain) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }

  /** Writes the rest and resolves once it has been handed to the system. */
  async end(): Promise<void> {
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await new Promise<void>((resolve) => this.stream.write(text, () => resolve()));
  }
}
