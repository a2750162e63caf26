// How many threads the CLI uses: two on a large file when the cores allow, else one, unless --threads N says otherwise.
import { describe, expect, it } from 'vitest';
import { AUTO_THREADS_BYTES, threadCount } from '../../src/cli/threads.ts';

describe('threadCount', () => {
  it('shares a large file between two threads without --threads, when there are two cores or more', () => {
    expect(threadCount(undefined, 2, AUTO_THREADS_BYTES)).toBe(2);
    expect(threadCount(undefined, 64, 1 << 30)).toBe(2);
  });

  it('reads a small file, or any file on one core, with one thread', () => {
    expect(threadCount(undefined, 2, AUTO_THREADS_BYTES - 1)).toBe(1);
    expect(threadCount(undefined, 64, 0)).toBe(1);
    expect(threadCount(undefined, 1, 1 << 30)).toBe(1);
  });

  it('does what --threads N says, 1 included, up to twice the cores, whatever the size', () => {
    expect(threadCount(1, 8, 1 << 30)).toBe(1);
    expect(threadCount(3, 8, 0)).toBe(3);
    expect(threadCount(40, 2, 1 << 30)).toBe(4);
  });
});
