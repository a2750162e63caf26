// Records that must be written after others (unrecognised lines after every
// finding in --json and --jsonl) wait here: in memory up to a bound, then in
// a temporary file, so that a log of millions of such lines stays in bounded
// memory. The file is removed when read back or when the process exits.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ByteWriter, SIZE, type Output } from './output.ts';

const IN_MEMORY = 8 << 20;
const READ_SIZE = 1 << 20;

export class Spill extends ByteWriter {
  private held: Buffer[] = [];
  private heldBytes = 0;
  /**
   * Buffers already copied to the file, filled again: new ones would be
   * garbage that the main thread of a --threads run, which allocates little
   * else, would collect only late (tens of MB of RSS).
   */
  private free: Buffer[] = [];
  private fd = -1;
  private dir = '';
  count = 0;

  add(text: string): void {
    this.count++;
    this.write(text);
  }

  protected override freshBuffer(): Buffer {
    return this.free.pop() ?? super.freshBuffer();
  }

  protected override emit(bytes: Buffer): void {
    this.held.push(bytes);
    this.heldBytes += bytes.length;
    if (this.heldBytes >= IN_MEMORY) this.toFile();
  }

  private toFile(): void {
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'offline-im-check-'));
      this.fd = openSync(join(this.dir, 'spill'), 'w+');
      process.once('exit', () => this.remove());
    }
    for (const b of this.held) {
      writeSync(this.fd, b);
      // A whole buffer of ours (not a large piece written on its own) is filled again.
      if (b.byteOffset === 0 && b.buffer.byteLength === SIZE) this.free.push(Buffer.from(b.buffer, 0, SIZE));
    }
    this.held = [];
    this.heldBytes = 0;
  }

  /** Writes every record, in order, to `out`, then lets go of them. */
  async writeTo(out: Output): Promise<void> {
    this.flushBuffer();
    if (this.fd >= 0) {
      this.toFile();
      let position = 0;
      // One buffer for every read: out copies what it is given.
      const buffer = Buffer.allocUnsafe(READ_SIZE);
      for (;;) {
        const n = readSync(this.fd, buffer, 0, READ_SIZE, position);
        if (n === 0) break;
        position += n;
        out.writeBytes(buffer.subarray(0, n));
        await out.drain();
      }
      this.remove();
    } else {
      for (const b of this.held) out.writeBytes(b);
      this.held = [];
    }
  }

  private remove(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
