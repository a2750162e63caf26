// The output buffer's writers give the bytes that encoding the same text gives,
// also across its 1 MiB buffer boundary; buffers reused by Output are not
// filled again before the stream has written them.
import fc from 'fast-check';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.ts';
import { CollectBytes } from './collect-bytes.ts';

describe('ByteWriter', () => {
  it('writeInteger writes the decimal digits of any line or offset', () => {
    const w = new CollectBytes();
    const numbers = [0, 7, 9, 10, 99, 100, 101, 65535, 1_000_000, 2 ** 31 + 5, 2 ** 40 + 123, Number.MAX_SAFE_INTEGER];
    for (const n of numbers) {
      w.writeInteger(n);
      w.writeByte(0x2c);
    }
    expect(w.text()).toBe(numbers.map((n) => `${n},`).join(''));
  });

  it('writeField writes a name and a number, also with a name longer than its fast case and across buffers', () => {
    const w = new CollectBytes();
    const short = Buffer.from(',"start":');
    const long = Buffer.from(`,"${'x'.repeat(40)}":`);
    let expected = '';
    for (let i = 0; i < 150_000; i++) {
      const n = i % 7 === 0 ? 2 ** 31 + i : i * 7919;
      w.writeField(i % 2 ? short : long, n);
      expected += `${i % 2 ? ',"start":' : `,"${'x'.repeat(40)}":`}${n}`;
    }
    expect(w.text()).toBe(expected);
  });

  it('small and large byte pieces, integers and text interleave the same across many buffers', () => {
    const w = new CollectBytes();
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

  it('writeJsonString gives the bytes of JSON.stringify: quotes, backslashes, controls, DEL, non-ASCII, lone surrogates', () => {
    const samples = ['', 'CONTOSO\\alice', 'say "hi"', 'tab\there\r\n', '\u0000\u001f\u007f\u0080', 'иван', '😀', '\ud800', 'x\udc00y', '\u2028\u2029', 'a'.repeat(600_000), 'x"\\\u0001é'.repeat(20)];
    const w = new CollectBytes();
    for (const s of samples) w.writeJsonString(s);
    expect(w.text()).toBe(samples.map((s) => JSON.stringify(s)).join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u007f', 'я', '\ud83d', '\ude00') }))), (texts) => {
        const v = new CollectBytes();
        for (const t of texts) v.writeJsonString(t);
        expect(v.bytes()).toEqual(Buffer.from(texts.map((t) => JSON.stringify(t)).join(''), 'utf8'));
      }),
    );
  });

  it('writeJsonStringContent gives the same bytes without the quotes', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n', '\u007f', 'я', '\ud83d', '\ude00') }))), (texts) => {
        const v = new CollectBytes();
        for (const t of texts) v.writeJsonStringContent(t);
        expect(v.bytes()).toEqual(Buffer.from(texts.map((t) => JSON.stringify(t).slice(1, -1)).join(''), 'utf8'));
      }),
    );
  });

  it('writeJsonString across many buffers', () => {
    const w = new CollectBytes();
    const texts = ['CONTOSO\\pierre1354', 'x"y', 'émilie', '#Fields: date time s-ip cs-method'];
    let expected = '';
    for (let i = 0; i < 200_000; i++) {
      const t = texts[i % texts.length]! + String(i);
      w.writeJsonString(t);
      expected += JSON.stringify(t);
    }
    expect(w.parts.length).toBeGreaterThan(2);
    expect(w.text()).toBe(expected);
  });
});

describe('Output', () => {
  it('reuses a buffer only once the stream has written it (a slow reader sees every byte as written)', async () => {
    const seen: Buffer[] = [];
    // Reads each chunk only when it "completes" the write, a turn of the event loop later.
    const slow = new Writable({
      highWaterMark: 1 << 30,
      write(chunk: Buffer, _encoding, done) {
        setImmediate(() => {
          seen.push(Buffer.from(chunk));
          done();
        });
      },
    });
    const out = new Output(slow);
    let expected = '';
    for (let round = 0; round < 8; round++) {
      // Several buffers a round: they queue in the stream while it is busy.
      for (let i = 0; i < 100_000; i++) {
        const text = `{"round":${round},"i":${i},"pad":"${'abcdefghij'.slice(i % 10)}"}`;
        out.write(text);
        expected += text;
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    await out.end();
    await new Promise((resolve) => slow.end(resolve));
    expect(seen.length).toBeGreaterThan(20);
    expect(Buffer.concat(seen).toString('utf8')).toBe(expected);
  });
});
