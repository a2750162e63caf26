// How many threads the CLI uses: --threads N, else the default rule (off unless THREADS_BY_DEFAULT).
import { describe, expect, it } from 'vitest';
import { DEFAULT_THREADS_MAX, THREADS_BY_DEFAULT, THREADS_FROM_BYTES, threadCount } from '../../src/cli/threads.ts';

const large = { regular: true, size: THREADS_FROM_BYTES };

describe('threadCount', () => {
  it('uses one thread without --threads while THREADS_BY_DEFAULT is off', () => {
    expect(THREADS_BY_DEFAULT).toBe(false);
    expect(threadCount(undefined, { regular: true, size: 1 << 30 }, 8)).toBe(1);
  });

  it('with the default on: shares a large regular file between the cores, up to DEFAULT_THREADS_MAX', () => {
    expect(threadCount(undefined, large, 2, true)).toBe(2);
    expect(threadCount(undefined, { regular: true, size: 1 << 30 }, 3, true)).toBe(3);
    expect(threadCount(undefined, large, 64, true)).toBe(DEFAULT_THREADS_MAX);
  });

  it('with the default on: keeps standard input, small files and one-core machines on one thread', () => {
    expect(threadCount(undefined, { regular: false, size: 0 }, 8, true)).toBe(1);
    expect(threadCount(undefined, { regular: true, size: THREADS_FROM_BYTES - 1 }, 8, true)).toBe(1);
    expect(threadCount(undefined, large, 1, true)).toBe(1);
  });

  it('does what --threads N says, 1 included, up to twice the cores', () => {
    expect(threadCount(1, large, 8, true)).toBe(1);
    expect(threadCount(3, { regular: true, size: 10 }, 8)).toBe(3);
    expect(threadCount(40, large, 2)).toBe(4);
  });
});
