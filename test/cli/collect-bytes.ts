// A ByteWriter that keeps what it writes, for tests of the output's bytes.
import { ByteWriter } from '../../src/cli/output.ts';

export class CollectBytes extends ByteWriter {
  readonly parts: Buffer[] = [];
  protected override emit(bytes: Buffer): void {
    this.parts.push(Buffer.from(bytes));
  }
  bytes(): Buffer {
    this.flushBuffer();
    return Buffer.concat(this.parts);
  }
  text(): string {
    return this.bytes().toString('utf8');
  }
}
