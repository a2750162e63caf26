// How many threads read the input: one, unless --threads N asks for more
// (parallel.ts; the output is the same byte for byte). Two workers read the
// table of a 1 GiB log about a fifth faster on a quiet 2-core machine, but
// took 25-60 % more CPU time in all and 230-255 MB peak RSS against 165 MB
// with one thread, at the edge of the 256 MB budget; the record formats went
// over it (311-348 MB). So sharing the cores is the admin's choice, not the
// default (README, limits).
/** The threads to use: `requested` (--threads N) up to twice the cores, else one. */
export function threadCount(requested: number | undefined, cores: number): number {
  return requested === undefined ? 1 : Math.min(requested, cores * 2);
}
