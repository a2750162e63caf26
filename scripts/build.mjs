#!/usr/bin/env node
// Builds dist/: the extension's scripts and pages, and the CLI. One esbuild
// call per output format; HTML and CSS are copied or bundled beside them.
// Usage: node scripts/build.mjs [--watch] [--outdir DIR]
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const watch = args.includes('--watch');
// --outdir DIR builds elsewhere, so that parallel work does not clobber dist/.
const outIndex = args.indexOf('--outdir');
const dist = outIndex >= 0 ? resolve(args[outIndex + 1] ?? 'dist') : `${root}dist`;

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });

const common = {
  bundle: true,
  absWorkingDir: root,
  outdir: dist,
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  loader: { '.svg': 'text' },
};

// The popup loads these sibling entry points at run time (the scan worker as
// its fallback, the policy panel when opened): keep them out of popup.js.
const LAZY_SIBLINGS = /^\.\/(scan-worker|policy-panel-entry)\.js$/;
const lazySiblings = {
  name: 'lazy-siblings',
  setup(build) {
    build.onResolve({ filter: LAZY_SIBLINGS }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

const builds = [
  // Extension pages and the background worker: ES modules.
  {
    ...common,
    format: 'esm',
    plugins: [lazySiblings],
    entryPoints: {
      popup: 'src/popup/index.tsx',
      options: 'src/options/index.tsx',
      background: 'src/background/index.ts',
      'scan-worker': 'src/popup/scan-worker.ts',
      // Loaded by the popup only when its policy panel is opened (keeps popup.js small).
      'policy-panel-entry': 'src/popup/policy-panel-entry.tsx',
    },
  },
  // Injected with scripting.executeScript / registerContentScripts: a classic script.
  { ...common, format: 'iife', entryPoints: { content: 'src/content/index.ts' } },
  // The CLI: plain node, no browser code.
  {
    ...common,
    minify: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    entryPoints: { cli: 'src/cli/main.ts' },
    banner: { js: '#!/usr/bin/env node' },
  },
];

for (const page of readdirSync(`${root}src/pages`)) copyFileSync(`${root}src/pages/${page}`, `${dist}/${page}`);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('watching src/ for changes');
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
