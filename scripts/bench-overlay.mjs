#!/usr/bin/env node
// Page-overlay benchmark in real Chromium: a 20,000-row "Client Version by
// User" report is marked by the built extension. Prints the time to mark
// everything, its ratio to a bare TreeWalker pass that only reads every text
// node of the same page, and the longest task seen while marking.
// Each run loads the report afresh, times the bare pass, then marks it; the
// figures printed are the medians over the runs (default 3).
// Usage: node scripts/bench-overlay.mjs [--rows N] [--runs N] [--trace file.json]
import { CHROMIUM, extensionArgs } from './chromium-args.mjs';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const rowsAt = args.indexOf('--rows');
const rows = rowsAt >= 0 ? Number(args[rowsAt + 1]) : 20000;
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const traceAt = args.indexOf('--trace');
const traceFile = traceAt >= 0 ? args[traceAt + 1] : undefined;

execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs'), 'chromium'], { stdio: 'inherit' });

// Build into a folder of our own (dist/ may be someone's working build), then
// stage a copy with a loopback host permission so that no toolbar click is needed.
const work = mkdtempSync(join(tmpdir(), 'oimc-bench-overlay-'));
const ext = join(work, 'ext');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(ext, 'dist')], { stdio: 'inherit' });
const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
manifest.host_permissions = ['http://127.0.0.1/*'];
writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest));
cpSync(join(root, 'icons'), join(ext, 'icons'), { recursive: true });
cpSync(join(root, '_locales'), join(ext, '_locales'), { recursive: true });
// Staged like the e2e harness: every file the manifest names must be there.
for (const file of ['managed_schema.json']) if (existsSync(join(root, file))) cpSync(join(root, file), join(ext, file));

const fixtures = join(root, 'test/fixtures');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = join(fixtures, normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(fixtures) || !existsSync(file)) return void res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const port = server.address().port;

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: extensionArgs(ext),
});
try {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const results = [];
  for (let run = 0; run < runs; run++) {
    results.push(await benchOnce(run === 0 ? traceFile : undefined));
    const r = results[results.length - 1];
    console.log(
      `run ${run + 1}: bare ${r.bare.toFixed(1)} ms, visible marked ${r.visible.toFixed(0)} ms, all marked ${r.all.toFixed(0)} ms, painted ${r.painted.toFixed(0)} ms, longest task ${r.longest.toFixed(0)} ms, longest freeze ${r.freeze.toFixed(0)} ms`,
    );
  }
  const median = (pick) => {
    const values = results.map(pick).sort((a, b) => a - b);
    const mid = values.length >> 1;
    return values.length % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  };
  const m = (key) => median((r) => r[key]);
  const f = (ms) => `${ms.toFixed(1)} ms`;
  const last = results[results.length - 1];
  console.log(`\nPage overlay benchmark: ${rows.toLocaleString('en-US')}-row Client Version by User report, Chromium, headless; medians of ${runs} runs, each on a freshly loaded page`);
  console.log(`  text nodes in page            ${last.nodes.toLocaleString('en-US')}`);
  console.log(`  badges placed                 ${last.badges.toLocaleString('en-US')} (background reported ${last.marked})`);
  console.log(`  bare TreeWalker text pass     ${f(m('bare'))} (page world, best of 5 per run: reads every text node, nothing else)`);
  console.log(`  same pass, isolated world     ${f(m('bareIsolated'))} (where the content script runs)`);
  console.log(`  visible rows marked           ${f(m('visible'))}  ratio to bare pass ${(m('visible') / m('bare')).toFixed(1)} (target <= 3)`);
  console.log(`      = from the start of the pass until the badges of the rows on screen (and one screen above/below) are in the page and the browser has rendered that frame`);
  console.log(`  all rows marked (in page)     ${f(m('all'))}  ratio to bare pass ${(m('all') / m('bare')).toFixed(1)} (target <= 3)`);
  console.log(`      = from the start of the pass until every badge is in the page and the browser has rendered the frame after the last write`);
  console.log(`  all rows marked (end to end)  ${f(m('endToEnd'))} (background: inject + mark + answer)`);
  console.log(`  all rows painted on screen    ${f(m('painted'))}  ratio to bare pass ${(m('painted') / m('bare')).toFixed(1)} (until a frame after the pass has been painted)`);
  console.log(`  our work: read + scan         ${f(m('readMs'))}`);
  console.log(`  our work: build badges        ${f(m('prepareMs'))} (off the page)`);
  console.log(`  our work: write into page     ${f(m('writeMs'))} in ${last.frames} writes/frames`);
  console.log(`  longest slice of our work     ${f(m('longestSliceMs'))} (${last.slices} slices)`);
  console.log(`  page relayout after 1 change  ${f(m('relayout'))} (the browser's cost of any DOM change on this page: one character into one cell, then layout)`);
  console.log(
    `  browser work while marking    layouts ${m('layouts')} (${f(m('layoutMs'))}), style recalcs ${m('recalcs')} (${f(m('recalcMs'))}), script ${f(m('scriptMs'))}, all main-thread tasks ${f(m('taskMs'))}`,
  );
  console.log(`  long tasks (> 50 ms) in page  ${m('longCount')}, longest ${f(m('longest'))} (Long Tasks API; target: none over 50 ms)`);
  console.log(`  longest freeze                ${f(m('freeze'))} (longest gap between two turns of a 0 ms timer loop in the page: how long input would wait, rendering included)`);
  console.log(`  steps (last run)              ${last.steps.join('; ')}`);
  if (last.badges !== rows) {
    console.error(`expected ${rows} badges, found ${last.badges}`);
    process.exitCode = 1;
  }

  async function benchOnce(trace) {
    await page.goto(`http://127.0.0.1:${port}/client-version-by-user.html?rows=${rows}`);
    await page.waitForSelector('[data-rows-ready]');
    await page.bringToFront();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));

    // The bare pass: a TreeWalker that reads every text node, nothing else (best of 5).
    const bare = await page.evaluate(() => {
      let best = Infinity;
      let nodes = 0;
      for (let run = 0; run < 5; run++) {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        nodes = 0;
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          chars += n.data.length;
          nodes++;
        }
        best = Math.min(best, performance.now() - start);
        if (chars < 0) throw new Error('unreachable');
      }
      return { ms: best, nodes };
    });

    const relayout = await page.evaluate(() => {
      const cell = document.querySelector('#rows td');
      const start = performance.now();
      cell.append(' ');
      void document.body.offsetHeight;
      const ms = performance.now() - start;
      cell.lastChild.remove();
      void document.body.offsetHeight;
      return ms;
    });

    const tabId = await worker.evaluate(() => globalThis.__offlineImBackground.activeTabId());
    // The same bare pass inside the extension's isolated world, where the content script runs.
    const [{ result: bareIsolated }] = await worker.evaluate(
      (id) =>
        chrome.scripting.executeScript({
          target: { tabId: id },
          func: () => {
            let best = Infinity;
            for (let run = 0; run < 5; run++) {
              const start = performance.now();
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              let chars = 0;
              for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += n.data.length;
              best = Math.min(best, performance.now() - start);
              if (chars < 0) throw new Error('unreachable');
            }
            return best;
          },
        }),
      tabId,
    );

    // Long tasks, and a 0 ms timer loop whose longest gap is how long the page could not respond.
    await page.evaluate(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
      window.__freeze = 0;
      window.__beat = true;
      let last = performance.now();
      const tick = () => {
        const now = performance.now();
        window.__freeze = Math.max(window.__freeze, now - last);
        last = now;
        if (window.__beat) setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    });

    if (trace) {
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing',
        transferMode: 'ReturnAsStream',
      });
    }
    const before = await metrics();
    const pageStart = await page.evaluate(() => performance.now());
    const endToEnd = await worker.evaluate(async (id) => {
      const start = performance.now();
      const result = await globalThis.__offlineImBackground.markTab(id);
      return { ms: performance.now() - start, result };
    }, tabId);
    // Until the browser has laid out and painted the last badges (next frame after marking).
    const painted = (await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(() => done(performance.now())))))) - pageStart;
    const after = await metrics();
    if (trace) await saveTrace(cdp, trace);
    await page.waitForTimeout(300);
    const [{ result: stats }] = await worker.evaluate(
      (id) => chrome.scripting.executeScript({ target: { tabId: id }, func: () => globalThis.__offlineImOverlay.stats() }),
      tabId,
    );
    const { longTasks, freeze } = await page.evaluate(() => {
      window.__beat = false;
      return { longTasks: window.__longTasks, freeze: window.__freeze };
    });
    const badges = await page.evaluate(() => document.querySelectorAll('[data-offline-im="badge"]').length);
    const d = (name) => after[name] - before[name];
    return {
      nodes: bare.nodes,
      bare: bare.ms,
      bareIsolated,
      relayout,
      badges,
      marked: endToEnd.result.marked,
      // Passes of an earlier build may not report every figure.
      visible: stats.visibleMs ?? NaN,
      all: stats.markMs,
      endToEnd: endToEnd.ms,
      painted,
      readMs: stats.readMs,
      prepareMs: stats.prepareMs ?? 0,
      writeMs: stats.writeMs,
      frames: stats.frames ?? NaN,
      slices: stats.slices,
      longestSliceMs: stats.longestSliceMs,
      steps: stats.steps,
      layouts: d('LayoutCount'),
      layoutMs: d('LayoutDuration') * 1000,
      recalcs: d('RecalcStyleCount'),
      recalcMs: d('RecalcStyleDuration') * 1000,
      scriptMs: d('ScriptDuration') * 1000,
      taskMs: d('TaskDuration') * 1000,
      longCount: longTasks.length,
      longest: longTasks.length ? Math.max(...longTasks) : 0,
      freeze,
    };
  }
} finally {
  await context.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

/** Writes the CDP trace to `file` and prints the browser's main-thread time by event name. */
async function saveTrace(cdp, file) {
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await done;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 20 });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(file, text);
  const events = JSON.parse(text).traceEvents ?? JSON.parse(text);
  const totals = new Map();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const t = totals.get(e.name) ?? { ms: 0, count: 0, max: 0 };
    t.ms += e.dur / 1000;
    t.count++;
    t.max = Math.max(t.max, e.dur / 1000);
    totals.set(e.name, t);
  }
  console.log(`\nTrace written to ${file}; main events by total time (nested events count in their parents too):`);
  for (const [name, t] of [...totals].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25)) {
    console.log(`  ${name.padEnd(34)} ${t.ms.toFixed(1).padStart(10)} ms  x${t.count}  longest ${t.max.toFixed(1)} ms`);
  }
}
