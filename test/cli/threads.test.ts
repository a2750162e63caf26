// When the CLI shares a file between threads without being asked (--threads N decides otherwise).
import { describe, expect, it } from 'vitest';
import { DEFAULT_THREADS_MAX, THREADS_FROM_BYTES, threadCount } from '../../src/cli/threads.ts';

const large = { regular: true, size: THREADS_FROM_BYTES };

describe('threadCount', () => {
  it('shares a large regular file between the cores, up to DEFAULT_THREADS_MAX', () => {
    expect(threadCount(undefined, large, 2)).toBe(2);
    expect(threadCount(undefined, { regular: true, size: 1 << 30 }, 3)).toBe(3);
    expect(threadCount(undefined, large, 64)).toBe(DEFAULT_THREADS_MAX);
  });

  it('keeps standard input, small files and one-core machines on one thread', () => {
    expect(threadCount(undefined, { regular: false, size: 0 }, 8)).toBe(1);
    expect(threadCount(undefined, { regular: true, size: THREADS_FROM_BYTES - 1 }, 8)).toBe(1);
    expect(threadCount(undefined, large, 1)).toBe(1);
  });

  it('does what --threads N says, 1 included, up to twice the cores', () => {
    expect(threadCount(1, large, 8)).toBe(1);
    expect(threadCount(3, { regular: true, size: 10 }, 8)).toBe(3);
    expect(threadCount(40, large, 2)).toBe(4);
  });
});
