// How many threads read the input. --threads N decides (1 forces one). Without
// it, THREADS_BY_DEFAULT says whether a large regular file is shared between
// the cores (parallel.ts; the output is the same byte for byte): it is off,
// because on the shared 2-core machine this was measured on, two workers
// took more CPU time and more memory than one thread (up to ~310 MB peak at
// 1 GiB, over the 256 MB budget) and no less wall time (README, limits).
// Below THREADS_FROM_BYTES the workers' start-up (each loads the CLI and
// warms up its own JIT) would cost more than it saves.
import type { OpenedInput } from './input.ts';

/** Whether a large regular file is shared between the cores without --threads. */
export const THREADS_BY_DEFAULT = false;

/** Files from this size on are shared between threads by default (when THREADS_BY_DEFAULT). */
export const THREADS_FROM_BYTES = 32 << 20;

/** At most this many worker threads by default: each has its own heap, so memory grows with them. */
export const DEFAULT_THREADS_MAX = 4;

/** The threads to use: `requested` (--threads N), else the default for this input and machine (`byDefault`: THREADS_BY_DEFAULT). */
export function threadCount(requested: number | undefined, input: Pick<Extract<OpenedInput, { ok: true }>, 'regular' | 'size'>, cores: number, byDefault = THREADS_BY_DEFAULT): number {
  if (requested !== undefined) return Math.min(requested, cores * 2);
  if (!byDefault || !input.regular || input.size < THREADS_FROM_BYTES || cores < 2) return 1;
  return Math.min(cores, DEFAULT_THREADS_MAX);
}
