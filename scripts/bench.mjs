#!/usr/bin/env node
// Times the verdict engine's scan() against a bare baseline: one regex pass
// (/\d+(?:\.\d+)+/g) that collects every dotted number into an array. Same
// text, same run, warm-up first, median of several repetitions.
//   1. a deterministic 100,000-line mixed report (target: scan <= 1.5 x baseline)
//   2. hostile 1 MB and 2 MB lines of digits and dots (target: 2 MB / 1 MB <= 2.5, linear)
//   --cli: the whole CLI on a generated 1 GiB log instead (scripts/bench-cli.mjs)
// Usage: node scripts/bench.mjs [--reps N] | --cli [--size-mb N] [--reps N] [--only table,json,jsonl,csv,'jsonl -t1']
import * as esbuild from 'esbuild';
import { prng } from './prng.mjs';
import { mkdirSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { fileURLToPath } from 'node:url';

if (process.argv.includes('--read-regex')) {
  const { readRegexPass } = await import('./bench-cli.mjs');
  await readRegexPass(process.argv[process.argv.indexOf('--read-regex') + 1]);
  process.exit(0);
}
if (process.argv.includes('--cli')) {
  const { benchCli } = await import('./bench-cli.mjs');
  await benchCli(process.argv);
  process.exit(0);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}.tmp/bench-engine`;
const repsArg = process.argv.indexOf('--reps');
const REPS = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 15;
const WARMUP = 5;

// Bundle the engine exactly as the extension and the CLI get it.
mkdirSync(outdir, { recursive: true });
await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/core/index.ts'],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'node20',
  minify: false, // readable profiles (node --cpu-prof); V8 speed is the same
  outfile: `${outdir}/core.mjs`,
  logLevel: 'warning',
});
const { scan } = await import('../.tmp/bench-engine/core.mjs');


function mixedReport(lines) {
  const rand = prng(20160614);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const names = ['alice', 'bob', 'carol', 'dmitry', 'olga', 'pierre', 'jürgen', 'søren', 'иван', 'мария'];
  const surnames = ['Smith', 'Müller', 'Dupont', 'Иванов', 'Петрова', 'Сидоров', 'García', 'Nowak'];
  // A large organisation meets a few hundred distinct builds, not one per line.
  const BUILDS = [4266, 6001, 6366, 6568, 6701, 6741, 6769, 6868, 6870, 6920, 6965, 7070, 7167, 7369, 7571, 7766, 8067, 8201, 8431, 8625, 8827, 9029, 9126, 9330, 10325, 10730, 11231, 11929, 12527, 13127, 13426, 13801, 14326, 14931, 15601, 16130, 16731, 17328, 17928, 18227];
  const REVS = [999, 1000, 1001, 1005, 2017, 2058, 2117, 2136, 20114, 20130, 20166, 20234, 20284, 20306, 20442];
  const pool = Array.from({ length: 300 }, () => [pick(BUILDS), pick(REVS)]);
  const build16 = () => `16.0.${pick(pool).join('.')}`;
  const aboutBuild = () => pick(pool).join('.');
  const makers = [
    () => `${pick(names)}@contoso.com;${pick(surnames)};UCCAPI/${build16()} OC/${build16()} (Skype for Business);${int(500)};2024-0${1 + int(9)}-1${int(10)}`,
    () => `${pick(names)}@fabrikam.ru,${pick(surnames)},"UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)",${int(99)},14.06.2016`,
    () => `sip:${pick(names)}@contoso.com OC/4.0.7577.${4000 + int(500)} 192.168.${int(256)}.${int(256)}`,
    () => `MC/16.${20 + int(20)}.0.${int(300)} (Mac OS X Version 10.14.${int(7)} (Build 18F132))`,
    () => `UCWA/16.0.0.0 ${pick(['iPhoneLync', 'AndroidLync', 'iPadLync'])}/6.${20 + int(10)}.0.${int(40)} (${pick(['iPhone iOS 13.3', 'SAMSUNG Android 9'])})`,
    () => `Version ${1600 + int(900)} (Build ${aboutBuild()} Click-to-Run)`,
    () => `Версия ${1600 + int(900)} (сборка ${aboutBuild()} нажми и работай)`,
    () => `Version ${1600 + int(900)} (Build ${aboutBuild()} Klick-und-Los)`,
    () => `    VersionToReport    REG_SZ    ${build16()}`,
    () => `ClientVersionToReport : ${build16()}`,
    () => `${pick(names)},${pick(surnames)},${build16()},${int(28) + 1}.0${int(9) + 1}.2024 10:${10 + int(50)},${10 + int(200)}.${int(256)}.${int(256)}.${int(256)}`,
    () => `Microsoft Windows [Version 10.0.19045.${3000 + int(900)}] OS Build 19045.${3000 + int(900)}`,
    () => `Exchange 2013 CU23 15.0.1497.${int(50)} on host EX${int(20)}`,
    () => `${pick(['INFO', 'WARN', 'DEBUG'])} ${int(24)}:${int(60)}:${int(60)} session ${int(1e9).toString(16)} closed after ${int(5000)} ms`,
    () => `{${int(1e9).toString(16).toUpperCase()}-1C4B-4F7E-9A8B-3C2D1E0F9A8B} ${pick(names)} — ${pick(surnames)}`,
    () => `EnableIMAutoArchiving : ${pick(['True', 'False'])}`,
    () => `Отчёт о подключениях пользователей за период, всего ${int(10000)} записей`,
    () => '',
  ];
  const out = new Array(lines);
  for (let i = 0; i < lines; i++) out[i] = pick(makers)();
  return out.join('\r\n');
}

function hostileLine(bytes, seed) {
  const rand = prng(seed);
  const alphabet = '0123456789..';
  let s = '';
  const chunk = [];
  for (let i = 0; i < 4096; i++) chunk.push(alphabet[Math.floor(rand() * alphabet.length)]);
  const unit = chunk.join('');
  while (s.length < bytes) s += unit;
  return s.slice(0, bytes);
}

function baseline(text) {
  const re = /\d+(?:\.\d+)+/g;
  const found = [];
  for (let m = re.exec(text); m; m = re.exec(text)) found.push(m[0]);
  return found;
}

// A full collection on demand (the same as node --expose-gc).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

/**
 * Runs the named jobs interleaved, each on its own text, so that all of them
 * see the same machine state (the machine may be shared); medians of REPS.
 */
function race(jobs) {
  const times = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  let sink = 0;
  for (let r = 0; r < WARMUP + REPS; r++) {
    for (const [name, [fn, text]] of Object.entries(jobs)) {
      // Start every job with a clean heap, so that no job pays for another's garbage.
      collectGarbage();
      const t0 = performance.now();
      const result = fn(text);
      const t = performance.now() - t0;
      sink += result.length ?? result.findings.length;
      if (r >= WARMUP) times[name].push(t);
    }
  }
  if (sink < 0) console.log(sink); // keeps the results alive
  return Object.fromEntries(Object.entries(times).flatMap(([k, v]) => [[k, median(v)], [`${k}Min`, Math.min(...v)]]));
}

const fmt = (ms) => `${ms.toFixed(1)} ms`;
const engine = (text) => scan(text);

const report = mixedReport(100_000);
const r = scan(report);

/**
 * For orientation: the least any scanner must do to return this result, that
 * is, allocate the same finding and unrecognised-line records (with their
 * text slices) the engine returns. Positions come from a scan made beforehand.
 */
const findingAt = r.findings.map((f) => [f.line, f.start, f.end]);
const unrecognizedAt = r.unrecognized.map((u) => {
  const start = report.indexOf(u.text.replace(/…$/, '').slice(0, 40));
  return [u.line, start, start + Math.min(u.text.length, 200)];
});
const template = r.findings[0];
function outputFloor(text) {
  const findings = [];
  for (const [line, start, end] of findingAt) {
    findings.push({ line, start, end, text: text.slice(start, end), version: template.version, family: template.family, source: template.source, verdicts: template.verdicts, reasons: template.reasons });
  }
  const unrecognized = [];
  for (const [line, start, end] of unrecognizedAt) unrecognized.push({ line, text: text.slice(start, end) });
  return { findings, unrecognized };
}

console.log(`node ${process.version}; warm-up ${WARMUP}, ${REPS} repetitions, wall-clock medians`);
console.log(`mixed report: 100,000 lines, ${(report.length / 1e6).toFixed(2)} M chars, ${r.findings.length} findings, ${r.summary.distinctBuilds} builds, ${r.unrecognized.length} unrecognised, ${r.prerequisites.length} prerequisites`);
const mixed = race({ engine: [engine, report], baseline: [baseline, report], floor: [outputFloor, report] });
const mixedRatio = mixed.engine / mixed.baseline;
console.log(`  engine scan(): ${fmt(mixed.engine)}   baseline regex: ${fmt(mixed.baseline)}   ratio ${mixedRatio.toFixed(2)} (target <= 1.5) ${mixedRatio <= 1.5 ? 'OK' : 'MISSED'}`);
console.log(`  fastest runs: engine ${fmt(mixed.engineMin)}, baseline ${fmt(mixed.baselineMin)}, ratio ${(mixed.engineMin / mixed.baselineMin).toFixed(2)}`);
console.log(`  (for orientation: only allocating the result's ${r.findings.length + r.unrecognized.length} records takes ${fmt(mixed.floor)}, ${(mixed.floor / mixed.baseline).toFixed(2)} x baseline)`);

const one = hostileLine(1 << 20, 1);
const two = hostileLine(2 << 20, 1);
const h = race({ engine1: [engine, one], baseline1: [baseline, one], engine2: [engine, two], baseline2: [baseline, two] });
console.log(`hostile line of digits and dots (${scan(one).findings.length} / ${scan(two).findings.length} findings):`);
console.log(`  1 MB: engine ${fmt(h.engine1)}, baseline ${fmt(h.baseline1)}, ratio ${(h.engine1 / h.baseline1).toFixed(2)}`);
console.log(`  2 MB: engine ${fmt(h.engine2)}, baseline ${fmt(h.baseline2)}, ratio ${(h.engine2 / h.baseline2).toFixed(2)}`);
const growth = h.engine2 / h.engine1;
console.log(`  engine 2 MB / 1 MB: ${growth.toFixed(2)} (target <= 2.5) ${growth <= 2.5 ? 'OK' : 'MISSED'}; baseline 2 MB / 1 MB: ${(h.baseline2 / h.baseline1).toFixed(2)}`);
