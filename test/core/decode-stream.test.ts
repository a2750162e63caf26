// Bytes decoded in pieces give the text a whole decode gives, wherever the
// pieces are cut (a UTF-16 code unit, a surrogate pair or a BOM split);
// ANSI text that is not UTF-8 decodes as windows-1251 or windows-1252;
// binary is refused from the first piece.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core/decode-bytes.ts';
import { BinaryInput, createByteDecoder, SAMPLE } from '../../src/core/decode-stream.ts';
import { decodeInPieces } from '../decode-in-pieces.ts';

const TEXT = 'Версия 1605 (сборка 6965.2058) 😀\r\nUCCAPI/16.0.6920.1000 OC/16.0.6920.1000\r\n'.repeat(80);

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('createByteDecoder', () => {
  const forms: [string, Uint8Array][] = [
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16 LE', utf16(TEXT, true)],
    ['UTF-16 BE', utf16(TEXT, false)],
  ];
  for (const [name, bytes] of forms) {
    it(`${name}: pieces cut at every odd and even place give the whole text`, () => {
      for (const at of [1, 2, 3, SAMPLE - 1, SAMPLE, SAMPLE + 1, SAMPLE + 3, bytes.length - 1]) {
        expect(decodeInPieces(bytes, [at]), `cut at ${at}`).toBe(TEXT);
      }
      // Many small odd-sized pieces: every code unit and surrogate pair split somewhere.
      expect(decodeInPieces(bytes, Array.from({ length: Math.floor(bytes.length / 7) }, (_, i) => (i + 1) * 7))).toBe(TEXT);
    });
  }

  it('a NUL stream is refused as soon as the first sample has arrived', () => {
    const d = createByteDecoder();
    expect(d.push(new Uint8Array(100))).toBe('');
    expect(() => d.push(new Uint8Array(SAMPLE))).toThrow(BinaryInput);
  });

  it('a short binary input is refused at its end', () => {
    const d = createByteDecoder();
    d.push(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]));
    expect(() => d.end()).toThrow(BinaryInput);
  });

  it('text that is not UTF-8: windows-1251 when it looks Cyrillic', () => {
    const line = 'Отчёт: пользователь Иванов, сборка 16.0.6920.1000\r\n';
    const bytes = new Uint8Array([...line].map((c) => (c === 'ё' ? 0xb8 : c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0))));
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: line, encoding: 'windows-1251' });
  });

  it('text that is not UTF-8: windows-1252 for West European text', () => {
    const line = 'Jürgen Müller; café; 16.0.6920.1000 – ok\r\n';
    const bytes = new Uint8Array([...line].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: line, encoding: 'windows-1252' });
  });

  it('a UTF-8 sequence cut at the end of the first sample is still UTF-8', () => {
    const text = `${'a'.repeat(SAMPLE - 1)}ж and more`;
    const bytes = new TextEncoder().encode(text);
    expect(decodeInPieces(bytes, [SAMPLE])).toBe(text);
    expect(decodeBytes(bytes)).toMatchObject({ encoding: 'utf-8' });
  });
});
