// The byte-level pass that tells main.ts whether a file names the server switches.
import { mkdirSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searcherFor, switchNamesIn } from '../../src/cli/input.ts';

const dir = '.tmp/switch-names';
mkdirSync(dir, { recursive: true });
const READ = 4 << 20;

function file(name: string, bytes: Buffer): string {
  const path = `${dir}/${name}`;
  writeFileSync(path, bytes);
  return path;
}

describe('switchNamesIn', () => {
  it('finds a name that a read boundary splits, at every cut', async () => {
    const name = Buffer.from('EnableOfflineIM $false');
    for (const cut of [1, 7, 14]) {
      const bytes = Buffer.concat([Buffer.alloc(READ - cut, 'x'), name, Buffer.from('\r\nmore\r\n')]);
      expect(await switchNamesIn(file(`cut-${cut}.txt`, bytes))).toEqual({ offlineIm: true, autoArchiving: false });
    }
  });

  it('finds either name in any of its spellings, in UTF-16 too, and nothing in a file without them', async () => {
    const plain = Buffer.concat([Buffer.alloc(READ + 100, 'y'), Buffer.from('ENABLEIMAUTOARCHIVING : True\r\n')]);
    expect(await switchNamesIn(file('other.txt', plain))).toEqual({ offlineIm: false, autoArchiving: true });
    // One thread does not ask about EnableIMAutoArchiving (it only decides whether threads share a file).
    expect(await switchNamesIn(file('other.txt', plain), false)).toEqual({ offlineIm: false, autoArchiving: false });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${'z'.repeat(READ / 2 - 3)}enableofflineim False EnableIMAutoArchiving True`, 'utf16le')]);
    expect(await switchNamesIn(file('utf16.txt', utf16))).toEqual({ offlineIm: true, autoArchiving: true });
    // Halves of a name in two places do not make a name.
    const halves = Buffer.concat([Buffer.from('EnableOff'), Buffer.alloc(READ, 'q'), Buffer.from('lineIM')]);
    expect(await switchNamesIn(file('halves.txt', halves))).toEqual({ offlineIm: false, autoArchiving: false });
    expect(await switchNamesIn(file('empty.txt', Buffer.alloc(0)))).toEqual({ offlineIm: false, autoArchiving: false });
  });
});

describe('searcherFor', () => {
  // Pieces that make near misses: spellings in several cases, halves, repeats, non-ASCII letters.
  const pieces = ['EnableOfflineIM', 'enableofflineim', 'ENABLEOFFLINEIM', 'EnableOfflineIm', 'enableOfflineIM', 'Enable', 'OfflineIM', 'm', 'M', 'IM', 'e', '\u0000', 'x', ' ', 'ffline', 'éü', 'İ'];
  const fold = (bytes: Uint8Array) => Buffer.from(bytes.map((b) => (b >= 65 && b <= 90 ? b + 32 : b)));

  it('says what a search of the case-folded bytes says, in bytes and in UTF-16 either way round', () => {
    for (const form of ['latin1', 'utf16le', 'utf16be'] as const) {
      const encode = (text: string) => (form === 'utf16be' ? Buffer.from(text, 'utf16le').swap16() : Buffer.from(text, form));
      const name = encode('EnableOfflineIM');
      const search = searcherFor(name);
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), fc.nat(3), (parts, cut) => {
          const bytes = encode(parts.join('')).subarray(cut);
          expect(search(bytes)).toBe(fold(bytes).includes(fold(name)));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('finds the name in any case, as the scanner reads it', async () => {
    const mixed = Buffer.concat([Buffer.alloc(READ + 10, 'y'), Buffer.from('enableOfflineIm : False\r\n')]);
    expect(await switchNamesIn(file('mixed.txt', mixed))).toEqual({ offlineIm: true, autoArchiving: false });
  });
});
