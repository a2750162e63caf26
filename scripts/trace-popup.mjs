#!/usr/bin/env node
// Where the popup's time goes on a large paste: the same paste as
// bench-popup.mjs (same report, real Ctrl+V, real Chromium), recorded with
// Chromium's tracing (DevTools timeline categories), then the main thread's
// and the scan worker's tasks longer than --min ms printed in time order from
// the key press, with the bench's "first rows" and "complete result" marks,
// each thread's CPU time until the complete result (on a busy machine the
// wall clock mostly measures the other processes) and when "Who must update"
// shows.
// Usage: node scripts/trace-popup.mjs [--lines N] [--min MS] [--out trace.json] [--cpu] [--dist DIR] [--warm-paste]
//   --out keeps the trace (open it in DevTools' Performance panel); --cpu adds V8's sampling profiler to it;
//   --dist traces a build made before (two builds compared turn by turn); --warm-paste pastes a small
//   report first (then clears it), so that the big one meets a warmed-up engine.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT as root, stageExtension } from './stage.mjs';
import { copyReport } from './popup-report.mjs';
import { launchPopup } from './launch-popup.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const LINES = Number(option('--lines', 100_000));
const MIN = Number(option('--min', 4));
const OUT = option('--out', undefined);

const work = mkdtempSync(join(tmpdir(), 'oimc-trace-popup-'));
// --dist: a build made before (to compare two builds turn by turn); otherwise this worktree's, built here.
const dist = option('--dist', join(work, 'dist'));
if (!args.includes('--dist')) execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', dist], { stdio: 'inherit' });
const ext = stageExtension({ dist, dir: join(work, 'ext') });
const { context, popupUrl } = await launchPopup(join(work, 'profile'), ext);

const total = LINES.toLocaleString('en');
const PROBE = `(() => {
  window.__bench = { start: 0, first: 0, done: 0 };
  addEventListener('keydown', (e) => { if (e.code === 'KeyV' && e.ctrlKey) { window.__bench.start = performance.now(); performance.mark('bench-key'); } }, true);
  const check = () => {
    const rows = document.querySelector('li[data-version]') && document.querySelector('[data-testid=summary-total]');
    if (window.__bench.start && !window.__bench.first && rows) { window.__bench.first = performance.now(); performance.mark('bench-first'); }
    if (window.__bench.start && !window.__bench.done && rows && /${total}/.test(document.querySelector('[data-testid=summary-total]')?.textContent ?? '')) { window.__bench.done = performance.now(); performance.mark('bench-done'); }
    // "Who must update", asked of the complete scan once it is on screen.
    if (window.__bench.done && document.querySelector('[data-testid=users-view]')) { window.__bench.users = performance.now(); performance.mark('bench-users'); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

try {
  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.waitForSelector('textarea');
  await page.waitForTimeout(800); // the worker is warmed at 300 ms
  await copyReport(context, page, LINES);
  const cdp = await context.newCDPSession(page);
  if (args.includes('--warm-paste')) {
    // A small paste first (then cleared): the worker's JIT is warm for the big one.
    await page.evaluate(() => {
      const dt = new DataTransfer();
      const lines = [];
      for (let i = 0; i < 3000; i++) lines.push(`user${i}@fabrikam.com;UCCAPI/16.0.${5000 + (i % 7)}.1000 OC/16.0.${5000 + (i % 7)}.1000 (Skype for Business);2024`, `plain line ${i}`);
      document.querySelector('textarea').dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
      const box = document.querySelector('textarea');
      box.value = lines.join('\n');
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.waitForSelector('li[data-version]');
    await page.waitForTimeout(1500);
    await page.getByRole('button', { name: /clear/i }).first().click();
    await page.waitForSelector('textarea');
    await page.waitForTimeout(500);
  }
  await page.evaluate(PROBE);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const finished = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink.user_timing', 'toplevel', 'blink', 'disabled-by-default-v8.gc', ...(args.includes('--cpu') ? ['disabled-by-default-v8.cpu_profiler'] : [])] },
  });
  await page.locator('textarea').focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction(() => window.__bench.users > 0, undefined, { timeout: 60_000, polling: 100 });
  await page.waitForTimeout(300);
  const bench = await page.evaluate(() => window.__bench);
  await cdp.send('Tracing.end');
  await finished;
  if (OUT) writeFileSync(OUT, JSON.stringify({ traceEvents: events }));
  report(events, bench);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}

function report(events, bench) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  const key = events.find((e) => e.name === 'bench-key');
  if (!key) throw new Error('no key mark in the trace');
  const t0 = key.ts;
  const main = `${key.pid}:${key.tid}`;
  const done = events.find((e) => e.name === 'bench-done')?.ts ?? Infinity;
  const at = (ts) => ((ts - t0) / 1000).toFixed(0).padStart(6);
  console.log(`first rows ${Math.round(bench.first - bench.start)} ms, complete ${Math.round(bench.done - bench.start)} ms, who must update ${Math.round(bench.users - bench.start)} ms`);
  for (const e of events) if (e.name?.startsWith('bench-') && `${e.pid}:${e.tid}` === main) console.log(`${at(e.ts)} ms  MARK ${e.name}`);
  const threads = [main, ...[...names].filter(([k, n]) => k.startsWith(`${key.pid}:`) && /Worker/.test(n)).map(([k]) => k)];
  // Thread (CPU) time of each thread from the key press to the complete result: on a busy machine the wall clock mostly measures the others.
  const cpuOf = (thread) => {
    let sum = 0;
    let end = -Infinity;
    for (const e of events) {
      if (`${e.pid}:${e.tid}` !== thread || e.ph !== 'X' || !/RunTask$/.test(e.name) || e.ts < t0 || e.ts > done || e.ts < end) continue;
      end = e.ts + e.dur;
      sum += e.tdur ?? 0;
    }
    return (sum / 1000).toFixed(0);
  };
  const workerThread = threads.find((t) => names.get(t) === 'DedicatedWorker thread');
  console.log(`CPU time from the key press to the complete result: main thread ${cpuOf(main)} ms, scan worker ${workerThread ? cpuOf(workerThread) : '?'} ms`);
  for (const thread of threads) {
    console.log(`\n== ${names.get(thread) ?? thread}`);
    const tasks = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0 - 1000 && e.dur / 1000 >= MIN);
    let busy = 0;
    let cpu = 0;
    let end = -Infinity;
    for (const task of tasks) {
      // RunTask events nest (the scheduler's and the thread's): count the outer one.
      if (task.ts < end) continue;
      end = task.ts + task.dur;
      if (task.ts <= done) cpu += task.tdur ?? 0;
      busy += task.dur;
      // What the task did: its direct-ish children with their own durations.
      const inside = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e.dur >= 1000 && !/RunTask/.test(e.name));
      const what = inside
        .sort((a, b) => b.dur - a.dur)
        .slice(0, 6)
        .map((e) => `${e.name}${e.args?.data?.functionName ? `(${e.args.data.functionName})` : ''}${e.args?.data?.url ? `[${e.args.data.url.split('/').pop()}:${e.args.data.lineNumber ?? ''}]` : ''} ${(e.dur / 1000).toFixed(0)}`)
        .join(', ');
      console.log(`${at(task.ts)} ms +${(task.dur / 1000).toFixed(0).padStart(4)} ms  ${what}`);
    }
    console.log(`   busy in tasks >= ${MIN} ms: ${(busy / 1000).toFixed(0)} ms; CPU time in them until the complete result: ${(cpu / 1000).toFixed(0)} ms`);
  }
}
