#!/usr/bin/env node
// Popup paste benchmark in real Chromium: a 100,000-line report (about 7 MB)
// goes onto the clipboard (navigator.clipboard.writeText inside the page) and
// is pasted with a real Ctrl+V, into
//   1. the extension's popup page (dist/popup.html opened as a tab), and
//   2. a page that only reads the paste's text (clipboardData.getData) and
//      cancels it: the floor for taking a paste from the event, and
//   3. a bare <textarea> page (the baseline: what the browser alone costs).
// Prints the time from the key press to results on screen (popup: the first
// rows and counts, and the complete result) or to the pasted text laid out
// and painted (baseline), the popup's ratio to getData() measured in the same
// run, and the longest main-thread task seen meanwhile (PerformanceObserver
// "longtask"); for the popup also when "Who must update" (asked of the
// complete scan) shows and the longest main-thread task after the result.
// Figures, no verdict.
// Usage: node scripts/bench-popup.mjs [--lines N] [--runs N] [--no-textarea]
//   --no-textarea leaves out the bare <textarea> page (the slowest, about 10 s a run).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT as root, serveFixtures, stageExtension } from './stage.mjs';
import { copyReport } from './popup-report.mjs';
import { launchPopup } from './launch-popup.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const LINES = option('--lines', 100_000);
const RUNS = option('--runs', 3);

execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs'), 'chromium'], { stdio: 'inherit' });

// Our own build folder (dist/ may be someone's working build), staged as it ships.
const work = mkdtempSync(join(tmpdir(), 'oimc-bench-popup-'));
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', join(work, 'dist')], { stdio: 'inherit' });
const ext = stageExtension({ dist: join(work, 'dist'), dir: join(work, 'ext') });

// The baseline page: nothing but a text area. read-only.html: a text area whose
// paste handler only reads the clipboard text and cancels the paste: the
// floor any page pays for taking a paste from the event.
const BARE = '<!doctype html><meta charset="utf-8"><title>baseline</title><textarea style="width:400px;height:150px"></textarea>';
const READ_ONLY = `${BARE}<script>document.querySelector('textarea').addEventListener('paste', (e) => { e.preventDefault(); window.__read = e.clipboardData.getData('text/plain').length; });</script>`;
const pages = join(work, 'pages');
mkdirSync(pages);
writeFileSync(join(pages, 'bare.html'), BARE);
writeFileSync(join(pages, 'read-only.html'), READ_ONLY);
const server = await serveFixtures({ root: pages, index: 'bare.html' });
const baselineUrl = `${server.url}/`;

const { context, popupUrl } = await launchPopup(join(work, 'profile'), ext);
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baselineUrl.slice(0, -1) });


/**
 * Page-side probes: the key press time, long tasks, and a "done" time. The
 * done condition runs in a requestAnimationFrame loop, so it is checked at
 * frames, i.e. after the browser could paint what it shows.
 */
const PROBE = (doneExpression, firstExpression = doneExpression, afterExpression = 'true') => `(() => {
  window.__bench = { start: 0, first: 0, done: 0, after: 0, longest: 0, longestAfter: 0, longTasks: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!window.__bench.start || e.startTime + e.duration < window.__bench.start) continue;
      if (window.__bench.done && e.startTime >= window.__bench.done) window.__bench.longestAfter = Math.max(window.__bench.longestAfter, e.duration);
      else {
        window.__bench.longest = Math.max(window.__bench.longest, e.duration);
        window.__bench.longTasks++;
      }
    }
  }).observe({ type: 'longtask' });
  addEventListener('keydown', (e) => { if (e.code === 'KeyV' && (e.ctrlKey || e.metaKey)) window.__bench.start = performance.now(); }, true);
  const check = () => {
    if (window.__bench.start && !window.__bench.first && (${firstExpression})) window.__bench.first = performance.now();
    if (window.__bench.start && !window.__bench.done && (${doneExpression})) window.__bench.done = performance.now();
    if (window.__bench.done && (${afterExpression})) { window.__bench.after = performance.now(); return; }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})()`;

const TARGETS = [
  {
    name: 'popup (extension)',
    url: popupUrl,
    // First results on screen: rows and counts of the paste's first part.
    first: `document.querySelector('li[data-version]') && document.querySelector('[data-testid=summary-total]')`,
    // Results on screen: rows rendered and the summary counts the whole paste.
    done: `document.querySelector('li[data-version]') && /${LINES.toLocaleString('en')}/.test(document.querySelector('[data-testid=summary-total]')?.textContent ?? '')`,
    // Then "Who must update", which the popup asks of the complete scan.
    after: `document.querySelector('[data-testid=users-view]')`,
  },
  {
    name: 'getData() alone',
    url: `${baselineUrl}read-only.html`,
    done: `window.__read > 1000`,
  },
  {
    name: 'bare <textarea>',
    url: baselineUrl,
    // The pasted text is in the box and laid out (reading scrollHeight forces layout).
    done: `document.querySelector('textarea').value.length > 1000 && document.querySelector('textarea').scrollHeight > 0`,
  },
];

let chars = 0;
async function measure(target) {
  const page = await context.newPage();
  await page.goto(target.url);
  await page.waitForSelector('textarea');
  chars = await copyReport(context, page, LINES);
  await page.evaluate(PROBE(target.done, target.first, target.after));
  await page.locator('textarea').focus();
  await page.keyboard.press('Control+V');
  try {
    await page.waitForFunction(() => window.__bench.after > 0, undefined, { timeout: 60_000, polling: 200 });
  } catch (error) {
    const state = await page.evaluate(() => ({ bench: window.__bench, body: document.body.innerText.slice(0, 400) }));
    throw new Error(`${target.name}: no result after the paste: ${JSON.stringify(state)}`, { cause: error });
  }
  // Let any task still running after "done" finish and report.
  await page.waitForTimeout(500);
  const r = await page.evaluate(() => window.__bench);
  await page.close();
  return { ms: r.done - r.start, first: r.first - r.start, after: r.after - r.start, longest: r.longest, longestAfter: r.longestAfter, longTasks: r.longTasks };
}

const targets = args.includes('--no-textarea') ? TARGETS.filter((t) => t.name !== 'bare <textarea>') : TARGETS;
const results = {};
try {
  // Runs alternate between the targets, so that a busy spell of the machine weighs on all of them.
  for (let i = 0; i < RUNS; i++) {
    for (const target of targets) (results[target.name] ??= []).push(await measure(target));
  }
} finally {
  await context.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = chars / 1024 / 1024;
console.log(`\nPaste of ${LINES.toLocaleString('en')} lines (${mb.toFixed(1)} M characters) with Ctrl+V, real Chromium, ${RUNS} runs, median (all runs):`);
for (const [name, runs] of Object.entries(results)) {
  const fmt = (xs) => `${Math.round(median(xs))} ms (${xs.map((x) => Math.round(x)).join(', ')})`;
  const popup = name.startsWith('popup');
  const first = popup ? `first rows ${fmt(runs.map((r) => r.first))}; ` : '';
  const after = popup ? `; then "Who must update" at ${fmt(runs.map((r) => r.after))}, longest main-thread task after the result ${fmt(runs.map((r) => r.longestAfter))}` : '';
  console.log(`  ${name.padEnd(19)} ${first}time to result ${fmt(runs.map((r) => r.ms))}; longest main-thread task ${fmt(runs.map((r) => r.longest))}; long tasks ${runs.map((r) => r.longTasks).join(', ')}${after}`);
}
// Ratios run by run (run i of the popup against run i of getData(), taken back to back), then their median.
const popup = results['popup (extension)'];
const read = results['getData() alone'];
const ratios = (pick) => popup.map((r, i) => pick(r) / read[i].ms);
const fmtRatio = (xs) => `${median(xs).toFixed(2)} × (${xs.map((x) => x.toFixed(2)).join(', ')})`;
console.log(`  popup / getData() in the same run: first rows ${fmtRatio(ratios((r) => r.first))}; complete result ${fmtRatio(ratios((r) => r.ms))}`);
