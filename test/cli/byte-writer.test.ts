// The output buffer's writers give the bytes that encoding the same text gives,
// also across its 1 MiB buffer boundary.
import { describe, expect, it } from 'vitest';
import { ByteWriter } from '../../src/cli/output.ts';

class Collect extends ByteWriter {
  readonly parts: Buffer[] = [];
  protected override emit(bytes: Buffer): void {
    this.parts.push(Buffer.from(bytes));
  }
  text(): string {
    this.flushBuffer();
    return Buffer.concat(this.parts).toString('utf8');
  }
}

describe('ByteWriter', () => {
  it('writeInteger writes the decimal digits of any line or offset', () => {
    const w = new Collect();
    const numbers = [0, 7, 9, 10, 99, 100, 101, 65535, 1_000_000, 2 ** 31 + 5, 2 ** 40 + 123, Number.MAX_SAFE_INTEGER];
    for (const n of numbers) {
      w.writeInteger(n);
      w.writeByte(0x2c);
    }
    expect(w.text()).toBe(numbers.map((n) => `${n},`).join(''));
  });

  it('small and large byte pieces, integers and text interleave the same across many buffers', () => {
    const w = new Collect();
    const small = Buffer.from('"user":"CONTOSO\\\\иван",');
    const large = Buffer.from(`"text":"16.0.4266.1001",${'x'.repeat(300)}}\n`);
    let expected = '';
    for (let i = 0; i < 20_000; i++) {
      w.write('{"line":');
      w.writeInteger(i * 977);
      w.writeBytes(small);
      w.writeBytes(large);
      expected += `{"line":${i * 977}${small.toString()}${large.toString()}`;
    }
    expect(w.parts.length).toBeGreaterThan(4);
    expect(w.text()).toBe(expected);
  });
});
