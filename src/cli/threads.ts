// How many threads read the input when --threads does not say: a large
// regular file is shared between the cores (parallel.ts; the output is the
// same byte for byte), anything else is read by one thread. Below
// THREADS_FROM_BYTES the workers' start-up (each loads the CLI and warms up
// its own JIT) costs more than it saves.
import type { OpenedInput } from './input.ts';

/** Files from this size on are shared between threads by default. */
export const THREADS_FROM_BYTES = 32 << 20;

/** At most this many worker threads by default: each has its own heap, so memory grows with them. */
export const DEFAULT_THREADS_MAX = 4;

/** The threads to use: `requested` (--threads N, 1 forces one thread), else the default for this input and machine. */
export function threadCount(requested: number | undefined, input: Pick<Extract<OpenedInput, { ok: true }>, 'regular' | 'size'>, cores: number): number {
  if (requested !== undefined) return Math.min(requested, cores * 2);
  if (!input.regular || input.size < THREADS_FROM_BYTES || cores < 2) return 1;
  return Math.min(cores, DEFAULT_THREADS_MAX);
}
