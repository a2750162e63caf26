#!/usr/bin/env node
// Prints one plain closing line for CI, "tests: N passed, N failed", from the
// JSON reports the unit and real-browser runs leave in .tmp/results/.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../.tmp/results/', import.meta.url));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['unit.json', 'e2e.json']) {
  const file = `${dir}${name}`;
  if (!existsSync(file)) {
    console.log(`test-totals: no ${name} (that run did not finish)`);
    failed++;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
