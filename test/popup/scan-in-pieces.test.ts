// The popup's chunked scan (a large paste sent to the worker in pieces) gives
// exactly what one scan() of the whole text gives: findings, counts, rows,
// wherever the pieces are cut (inside a build, between CR and LF) and
// whatever server switch a later line sets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { createScanStore, toView } from '../../src/popup/scan-store.ts';
import { pieces } from '../../src/popup/text-pieces.ts';
import { createWorkerHandler } from '../../src/popup/worker-handler.ts';
import type { ScanView } from '../../src/popup/scan-view.ts';
import type { WorkerReply } from '../../src/popup/worker-protocol.ts';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';
import { cut } from '../cut-text.ts';

/** Scans `parts` in order through the store's piece session; returns the final view, the store's last result and the partial views. */
function inPieces(parts: readonly string[]) {
  const store = createScanStore();
  const session = store.begin();
  const partials: ScanView[] = [];
  for (const p of parts) {
    session.push(p);
    partials.push(session.partial());
  }
  const view = session.end();
  return { view, last: store.last(), partials };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

/** The piece scan's result and view against one scan of the whole text. */
function expectSameAsOneShot(text: string, parts: readonly string[]) {
  const { view, last } = inPieces(parts);
  const whole = scan(text);
  expect(plain(last.result)).toEqual(plain(whole));
  expect(plain(view)).toEqual(plain(toView(whole)));
  expect(last.text).toBe(text);
}

const SWITCHES = ['EnableOfflineIM : False', 'EnableOfflineIM : True', 'Identity : Global', 'Identity : Site:Paris', 'EnableIMAutoArchiving : False'];

describe('scan in pieces', () => {
  it('a build cut at every position between two pieces: the one-shot result', () => {
    const text = 'alice;UCCAPI/16.0.6920.1000 OC/16.0.6920.1000 (Skype for Business)\r\nbob;15.0.4569.1503\r\nnothing here\r\n';
    for (let at = 0; at <= text.length; at++) expectSameAsOneShot(text, [text.slice(0, at), text.slice(at)]);
  });

  it('a CRLF split between pieces is one line break: line numbers and offsets stay exact', () => {
    const text = 'a;16.0.6920.1000\r\nb;16.0.6701.1000\r\nc;15.0.4569.1503';
    const parts = ['a;16.0.6920.1000\r', '\nb;16.0.6701.1000\r', '\nc;15.0.4569.1503'];
    const { last } = inPieces(parts);
    expect(last.result.findings.map((f) => [f.line, f.start])).toEqual([
      [1, 2],
      [2, 20],
      [3, 38],
    ]);
    expect(last.result.summary.lines).toBe(3);
    expectSameAsOneShot(text, parts);
  });

  it('random lines, LF, CR and CRLF mixed, server switches anywhere, cut anywhere: the one-shot result (property)', () => {
    const line = fc.constantFrom(...BUILD_CASES.map((c) => c.input), ...NOT_A_BUILD, '', 'noise 16.0.6920', ...SWITCHES);
    const brk = fc.constantFrom('\n', '\r', '\r\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(line, brk), { maxLength: 30 }), fc.array(fc.nat(), { maxLength: 8 }), (lines, at) => {
        const text = lines.map(([l, b]) => l + b).join('');
        expectSameAsOneShot(text, cut(text, at));
      }),
      { numRuns: 300 },
    );
  });

  it('EnableOfflineIM False after eligible clients: the clients of earlier pieces end up blocked, as in one scan', () => {
    const text = ['a;16.0.6920.1000', 'b;15.0.4569.1503', 'Identity : Global', 'EnableOfflineIM : False', 'c;16.0.6920.1000', ''].join('\n');
    const parts = cut(text, [20, 40, 60]);
    const { view, partials } = inPieces(parts);
    // Before the switch was read, the first piece's client looked eligible.
    expect(partials[0]!.rows[0]!.verdicts.online).toBe('eligible');
    expect(partials[0]!.partial).toBe(true);
    expect(view.partial).toBeUndefined();
    expect(view.rows.map((r) => [r.version, r.verdicts.online, r.count])).toEqual([
      ['16.0.6920.1000', 'blocked', 2],
      ['15.0.4569.1503', 'not-supported', 1],
    ]);
    expect(view.summary.byLocation.online).toMatchObject({ eligible: 0, blocked: 2 });
    expectSameAsOneShot(text, parts);
  });

  it('a switch turned off and then on again by a later line: the one-shot result', () => {
    const text = ['a;16.0.6920.1000', 'EnableOfflineIM : False', 'b;16.0.6920.1000', 'EnableOfflineIM : True', 'c;16.0.6920.1000'].join('\r\n');
    const parts = cut(text, [18, 45, 60, 80]);
    const { view } = inPieces(parts);
    expect(view.summary.blocked).toBe(false);
    expect(view.rows.map((r) => r.verdicts.online)).toEqual(['eligible']);
    expectSameAsOneShot(text, parts);
  });

  it('partial views count what has arrived; the last view counts the whole text', () => {
    const text = Array.from({ length: 3000 }, (_, i) => (i % 3 === 0 ? `noise ${i}` : `u${i};16.0.${6000 + (i % 4)}.1000`)).join('\n');
    const parts = [...pieces(text, 1000, 5000)].map(([, p]) => p);
    const { view, partials } = inPieces(parts);
    expect(partials.length).toBeGreaterThan(5);
    const lines = partials.map((p) => p.summary.lines);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(lines[0]).toBeLessThan(100);
    expect(view.summary.lines).toBe(3000);
    expect(view.summary.findings).toBe(2000);
    expectSameAsOneShot(text, parts);
  });
});

describe('the worker handler, pieces of one text', () => {
  it('answers only the last piece, with the one-shot view; partial views on the way', () => {
    const handle = createWorkerHandler();
    const text = Array.from({ length: 20_000 }, (_, i) => `u${i};16.0.${6000 + (i % 5)}.1000`).join('\r\n');
    const progress: WorkerReply[] = [];
    const replies: (WorkerReply | undefined)[] = [];
    const all = [...pieces(text)];
    for (const [at, piece] of all) {
      const more = at + piece.length < text.length;
      replies.push(handle(more ? { id: 7, type: 'scan', text: piece, more } : { id: 7, type: 'scan', text: piece }, (r) => progress.push(r)));
    }
    expect(all.length).toBeGreaterThan(1);
    expect(replies.slice(0, -1)).toEqual(all.slice(0, -1).map(() => undefined));
    const last = replies.at(-1)!;
    expect(last.ok && plain(last.value)).toEqual(plain(toView(scan(text))));
    // The first piece's rows come back before the end (later ones at most every PROGRESS_MS).
    expect(progress[0]).toMatchObject({ id: 7, ok: true, progress: true, value: { partial: true } });
    // Later requests see the whole text.
    const page = handle({ id: 8, type: 'unrecognized', from: 0, count: 1 });
    expect(page).toEqual({ id: 8, ok: true, value: [] });
  });
});
