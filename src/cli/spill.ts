// Records that must be written after others (unrecognised lines after every
// finding in --json and --jsonl) wait here: in memory up to a bound, then in
// a temporary file, so that a log of millions of such lines stays in bounded
// memory. The file is removed when read back or when the process exits.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from './output.ts';

const IN_MEMORY = 4 << 20;
const READ_SIZE = 1 << 20;

export class Spill {
  private parts: string[] = [];
  private size = 0;
  private fd = -1;
  private dir = '';
  count = 0;

  add(text: string): void {
    this.count++;
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= IN_MEMORY) this.toFile();
  }

  private toFile(): void {
    if (this.fd < 0) {
      this.dir = mkdtempSync(join(tmpdir(), 'offline-im-check-'));
      this.fd = openSync(join(this.dir, 'spill'), 'w+');
      process.once('exit', () => this.remove());
    }
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }

  /** Writes every record, in order, to `out`, then lets go of them. */
  async writeTo(out: Output): Promise<void> {
    if (this.fd >= 0) {
      this.toFile();
      const buffer = Buffer.alloc(READ_SIZE);
      const decoder = new TextDecoder();
      let position = 0;
      for (;;) {
        const n = readSync(this.fd, buffer, 0, READ_SIZE, position);
        if (n === 0) break;
        position += n;
        out.write(decoder.decode(buffer.subarray(0, n), { stream: true }));
        await out.drain();
      }
      this.remove();
    } else {
      for (const p of this.parts) out.write(p);
      this.parts = [];
    }
  }

  private remove(): void {
    if (this.fd < 0) return;
    closeSync(this.fd);
    this.fd = -1;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
