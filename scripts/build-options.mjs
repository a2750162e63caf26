// The esbuild options for every output, in one place: scripts/build.mjs
// builds them all, and the CLI tests bundle the CLI with the same options.

/**
 * The global through which the real-browser tests and bench-overlay drive the
 * background's handlers (src/background/index.ts). It exists only where the
 * build-time constant __TEST_HOOKS__ is true: every build except a release
 * build (`build.mjs --release`, which `npm run package` makes).
 */
export const TEST_HOOK_GLOBAL = '__offlineImBackground';

// The popup loads these sibling entry points at run time (the scan worker as
// its fallback, the policy panel when opened, the file decoder when a file is
// opened): keep them out of popup.js.
const LAZY_SIBLINGS = /^\.\/(scan-worker|policy-panel-entry|read-text-file)\.js$/;
const lazySiblings = {
  name: 'lazy-siblings',
  setup(build) {
    build.onResolve({ filter: LAZY_SIBLINGS }, (args) => (args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined));
  },
};

function commonOptions({ root, outdir, watch, testHooks }) {
  return {
    define: { __TEST_HOOKS__: testHooks ? 'true' : 'false' },
    bundle: true,
    absWorkingDir: root,
    outdir,
    target: ['chrome120', 'firefox128'],
    legalComments: 'none',
    minify: !watch,
    sourcemap: watch ? 'inline' : false,
    logLevel: 'warning',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    loader: { '.svg': 'text' },
  };
}

/** The CLI: plain node, no browser code, not minified (stack traces stay readable). */
export function cliBuildOptions({ root, outdir, watch = false }) {
  return {
    ...commonOptions({ root, outdir, watch, testHooks: false }),
    minify: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    entryPoints: { cli: 'src/cli/main.ts' },
    banner: { js: '#!/usr/bin/env node' },
  };
}

/**
 * Every build of dist/: extension pages and worker (ES modules), the content script (classic), the CLI.
 * `release` leaves out the test hooks (TEST_HOOK_GLOBAL).
 */
export function buildOptions({ root, outdir, watch = false, release = false }) {
  const common = commonOptions({ root, outdir, watch, testHooks: !release });
  return [
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
        // Loaded by the popup when a file is opened or dropped (the decoders stay out of popup.js).
        'read-text-file': 'src/popup/read-text-file.ts',
      },
    },
    // Injected with scripting.executeScript / registerContentScripts: a classic script.
    { ...common, format: 'iife', entryPoints: { content: 'src/content/index.ts' } },
    cliBuildOptions({ root, outdir, watch }),
  ];
}
