#!/usr/bin/env node
// Builds dist/: the extension's scripts and pages, and the CLI. One esbuild
// call per output format (scripts/build-options.mjs); HTML and CSS are copied
// or bundled beside them.
// --release leaves out the hooks the real-browser tests drive the background
// with (npm run package builds so); every other build has them.
// Usage: node scripts/build.mjs [--watch] [--outdir DIR] [--release]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOptions } from './build-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const watch = args.includes('--watch');
const release = args.includes('--release');
// --outdir DIR builds elsewhere, so that parallel work does not clobber dist/.
const outIndex = args.indexOf('--outdir');
const dist = outIndex >= 0 ? resolve(args[outIndex + 1] ?? 'dist') : `${root}dist`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const builds = buildOptions({ root, outdir: dist, watch, release });

for (const page of readdirSync(`${root}src/pages`)) copyFileSync(`${root}src/pages/${page}`, `${dist}/${page}`);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
