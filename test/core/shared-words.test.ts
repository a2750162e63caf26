import { describe, expect, test } from 'vitest';
import { isRecord } from '../../src/core/is-record.ts';
import { serialQueue } from '../../src/core/serial-queue.ts';
import { VERDICTS } from '../../src/core/types.ts';
import { emptyCounts, emptyLocationCounts } from '../../src/core/verdict-counts.ts';
import { locationsFor } from '../../src/core/mailbox-choice.ts';

describe('isRecord', () => {
  test('plain objects only', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect([null, undefined, [], 'x', 1, true].map(isRecord)).toEqual([false, false, false, false, false, false]);
  });
});

describe('serialQueue', () => {
  test('runs jobs one at a time in order, and a failure neither stops the queue nor is hidden', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    // Each job holds until the test lets it finish: the last one is let go first, so jobs that ran
    // side by side would end in the reverse order.
    const gates = new Map(['a', 'b', 'c'].map((name) => {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      return [name, { promise, resolve }];
    }));
    const job = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await gates.get(name)!.promise;
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const settled = Promise.allSettled([queue(job('a')), queue(job('b', true)), queue(job('c'))]);
    for (const name of ['c', 'b', 'a']) gates.get(name)!.resolve();
    const results = await settled;
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(['a', 'b', 'c']);
  });
});

describe('emptyCounts', () => {
  test('a zero for every verdict, fresh objects each time', () => {
    expect(Object.keys(emptyCounts()).sort()).toEqual([...VERDICTS].sort());
    expect(Object.values(emptyCounts()).every((n) => n === 0)).toBe(true);
    const both = emptyLocationCounts();
    both.online.eligible++;
    expect(both.onprem.eligible).toBe(0);
    expect(emptyLocationCounts().online.eligible).toBe(0);
  });
});

describe('locationsFor', () => {
  test('"both" shows both locations', () => {
    expect(locationsFor('both')).toEqual(['online', 'onprem']);
    expect(locationsFor('onprem')).toEqual(['onprem']);
  });
});
