import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, expect, test } from 'vitest';

// The popup opens on every toolbar click: its own JavaScript stays small.
const LIMIT = 20 * 1024;
const out = mkdtempSync(join(tmpdir(), 'oimc-size-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

test('popup.js is at most 20 KB gzipped (scan-worker.js reported beside it)', () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--outdir', out], { stdio: 'pipe' });
  const size = (name: string) => gzipSync(readFileSync(join(out, name)), { level: 9 }).length;
  // The scanner lives in the worker; popup.js only imports it at run time as a fallback.
  // ("ersionToReport" is the scanner's registry-line marker.)
  expect(readFileSync(join(out, 'scan-worker.js'), 'utf8')).toContain('ersionToReport');
  expect(readFileSync(join(out, 'popup.js'), 'utf8')).not.toContain('ersionToReport');
  const popup = size('popup.js');
  const worker = size('scan-worker.js');
  console.log(`popup.js ${popup} B gzipped, scan-worker.js ${worker} B gzipped`);
  expect(worker).toBeGreaterThan(1000);
  expect(popup).toBeLessThanOrEqual(LIMIT);
});
