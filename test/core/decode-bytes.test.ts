// Bytes as Windows tools write them, decoded to text; binary refused.
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core/index.ts';

const TEXT = 'Версия 1605 (сборка 6965.2058)\r\nUCCAPI/16.0.6920.1000 OC/16.0.6920.1000\r\n';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  const view = new DataView(out.buffer);
  if (bom) view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16((bom ? 2 : 0) + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe('decodeBytes', () => {
  it('UTF-8 without BOM', () => {
    expect(decodeBytes(new TextEncoder().encode(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('UTF-8 with BOM: the BOM is not part of the text', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeBytes(bytes)).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('UTF-16 LE with BOM (Windows PowerShell ">")', () => {
    expect(decodeBytes(utf16(TEXT, true, true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16le' });
  });

  it('UTF-16 BE with BOM', () => {
    expect(decodeBytes(utf16(TEXT, false, true))).toEqual({ ok: true, text: TEXT, encoding: 'utf-16be' });
  });

  it('UTF-16 LE without BOM (ASCII text)', () => {
    const ascii = 'UCCAPI/16.0.6920.1000 OC/16.0.6920.1000\r\nVersionToReport : 16.0.17928.20114\r\n';
    expect(decodeBytes(utf16(ascii, true, false))).toEqual({ ok: true, text: ascii, encoding: 'utf-16le' });
  });

  it('empty input is empty text', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: true, text: '' });
  });

  it('binary is refused', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6, 7, 8, 0, 0, 0, 0]);
    expect(decodeBytes(png)).toEqual({ ok: false, reason: 'binary' });
    const noise = new Uint8Array(4096);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 7919 + 13) % 256;
    expect(decodeBytes(noise)).toEqual({ ok: false, reason: 'binary' });
  });

  it('decoded text scans like the original', async () => {
    const { scan } = await import('../../src/core/index.ts');
    const decoded = decodeBytes(utf16(TEXT, true, true));
    expect(decoded.ok && scan(decoded.text).findings.map((f) => f.version)).toEqual(['16.0.6965.2058', '16.0.6920.1000']);
  });
});
