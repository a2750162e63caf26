// How many threads the CLI uses: one, unless --threads N says otherwise.
import { describe, expect, it } from 'vitest';
import { threadCount } from '../../src/cli/threads.ts';

describe('threadCount', () => {
  it('uses one thread without --threads, however many cores there are', () => {
    expect(threadCount(undefined, 2)).toBe(1);
    expect(threadCount(undefined, 64)).toBe(1);
  });

  it('does what --threads N says, 1 included, up to twice the cores', () => {
    expect(threadCount(1, 8)).toBe(1);
    expect(threadCount(3, 8)).toBe(3);
    expect(threadCount(40, 2)).toBe(4);
  });
});
