#!/usr/bin/env node
// Makes sure Debian's chromium (and firefox-esr) are installed for the
// real-browser tests, as `playwright install-deps` does: as root it runs
// apt-get; otherwise it stops with the exact command to run.
// Usage: node scripts/ensure-browsers.mjs [chromium] [firefox-esr]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BINARIES = { chromium: '/usr/bin/chromium', 'firefox-esr': '/usr/bin/firefox-esr' };
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(BINARIES);
const missing = wanted.filter((name) => !existsSync(BINARIES[name]));
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(' ')} fonts-dejavu-core`;
if (process.getuid?.() !== 0) {
  console.error(`Missing browser(s): ${missing.join(', ')}. Install them with:\n  sudo sh -c '${command}'`);
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} with apt-get…`);
execFileSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
