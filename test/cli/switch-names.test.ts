// The byte-level pass that tells main.ts whether a file names the server switches.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { switchNamesIn } from '../../src/cli/input.ts';

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
