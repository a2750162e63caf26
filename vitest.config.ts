import { defineConfig } from 'vitest/config';

// Unit, property, component and CLI tests. Real-browser tests have their own
// config (vitest.e2e.config.ts) because they need a built extension.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    // The JSON report lets CI print one plain "N passed, N failed" line (scripts/test-totals.mjs).
    reporters: ['default', ['json', { outputFile: '.tmp/results/unit.json' }]],
  },
});
