// How many threads read the input (parallel.ts; the output is the same byte
// for byte). By default a file of AUTO_THREADS_BYTES or more is shared by two
// worker threads when there are two cores: on a 1 GiB log that takes the
// table from about 2.4 to 1.7 times a bare read-and-regex pass, and --json
// from 2.8 to 2.0, for about 25-30 % more CPU time in all. Two, not one per
// core: each worker adds tens of MB, and the budget is 256 MB (README,
// limits). --threads N asks for N (1: one thread).

/** Smallest file shared between threads unasked: below it, starting the workers costs more than they save. */
export const AUTO_THREADS_BYTES = 8 << 20;

/** Threads used unasked, when the cores allow. */
const AUTO_THREADS = 2;

/** The threads to use for `bytes` of input: `requested` (--threads N) up to twice the cores, else two on a large file and two cores or more. */
export function threadCount(requested: number | undefined, cores: number, bytes: number): number {
  if (requested !== undefined) return Math.min(requested, cores * 2);
  return bytes >= AUTO_THREADS_BYTES ? Math.min(AUTO_THREADS, cores) : 1;
}
