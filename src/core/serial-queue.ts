/** Runs jobs one at a time, in the order they were queued. */
export type SerialQueue = <T>(job: () => Promise<T>) => Promise<T>;

/**
 * A promise queue: each job starts when the one before it has settled, and a
 * failed job neither stops the queue nor hides its own error from its caller.
 */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(job: () => Promise<T>): Promise<T> => {
    const run = tail.then(job, job);
    tail = run.catch(() => undefined);
    return run;
  };
}
