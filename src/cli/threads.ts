// How many threads read the input. --threads N decides (1 forces one).
// Without it, a large regular file read for the table (the default output)
// is shared between two cores (parallel.ts; the output is the same byte for
// byte): measured at 1 GiB on a quiet 2-core machine, two workers gave the
// table in 8.3 s instead of 11.4 s at 247 MB peak RSS. The record formats
// stay on one thread by default: their two workers went over the 256 MB
// budget (311-348 MB), and more workers would take more memory still
// (README, limits). Below THREADS_FROM_BYTES the workers' start-up (each
// loads the CLI and warms up its own JIT) would cost more than it saves.
import type { OpenedInput } from './input.ts';

/** Files from this size on are shared between threads by default. */
export const THREADS_FROM_BYTES = 128 << 20;

/** Threads for the table by default: each has its own heap, so memory grows with them. */
export const DEFAULT_THREADS = 2;

/**
 * The threads to use: `requested` (--threads N), else DEFAULT_THREADS for
 * the table of a large regular file on a machine with two or more cores,
 * else one.
 */
export function threadCount(requested: number | undefined, input: Pick<Extract<OpenedInput, { ok: true }>, 'regular' | 'size'>, cores: number, table: boolean): number {
  if (requested !== undefined) return Math.min(requested, cores * 2);
  if (!table || !input.regular || input.size < THREADS_FROM_BYTES || cores < 2) return 1;
  return Math.min(cores, DEFAULT_THREADS);
}
