import { defineConfig } from 'vitest/config';

// Real Chromium and Firefox with the built extension loaded. Files run one
// after another: two cores do not fit two browsers well.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ['default', ['json', { outputFile: '.tmp/results/e2e.json' }]],
  },
});
