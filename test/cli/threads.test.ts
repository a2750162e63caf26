// How many threads the CLI uses: --threads N, else two for the table of a large regular file.
import { describe, expect, it } from 'vitest';
import { DEFAULT_THREADS, THREADS_FROM_BYTES, threadCount } from '../../src/cli/threads.ts';

const large = { regular: true, size: THREADS_FROM_BYTES };

describe('threadCount', () => {
  it('shares a large regular file read for the table between two cores, however many there are', () => {
    expect(threadCount(undefined, large, 2, true)).toBe(2);
    expect(threadCount(undefined, { regular: true, size: 1 << 30 }, 64, true)).toBe(DEFAULT_THREADS);
    expect(DEFAULT_THREADS).toBe(2);
  });

  it('keeps the record formats, standard input, small files and one-core machines on one thread', () => {
    expect(threadCount(undefined, { regular: true, size: 1 << 30 }, 8, false)).toBe(1);
    expect(threadCount(undefined, { regular: false, size: 0 }, 8, true)).toBe(1);
    expect(threadCount(undefined, { regular: true, size: THREADS_FROM_BYTES - 1 }, 8, true)).toBe(1);
    expect(threadCount(undefined, large, 1, true)).toBe(1);
  });

  it('does what --threads N says, 1 included, up to twice the cores', () => {
    expect(threadCount(1, large, 8, true)).toBe(1);
    expect(threadCount(3, { regular: true, size: 10 }, 8, false)).toBe(3);
    expect(threadCount(40, large, 2, true)).toBe(4);
  });
});
