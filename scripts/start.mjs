#!/usr/bin/env node
// `npm start`: build the extension, serve the demo pages on
// http://127.0.0.1:8765, and open a browser with the extension loaded on the
// Monitoring "Client Version Summary" report (Chromium when installed, else
// Firefox; --firefox asks for Firefox). Without a display it says so, prints
// what to do, and keeps serving the demo pages until Ctrl+C.
// Usage: node scripts/start.mjs [--firefox] [--outdir DIR] [--port N]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveFixtures, stageExtension } from './stage.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
// --outdir builds elsewhere than dist/ (parallel work); the extension is staged from it.
const dist = resolve(root, option('--outdir') ?? 'dist');
const wantedPort = Number(option('--port') ?? 8765);
const wantFirefox = args.includes('--firefox');
const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';

console.log('Building the extension…');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', dist], { stdio: 'inherit' });

// Stage only what ships: loading the repository root would also load node_modules.
const ext = join(root, '.tmp/start-ext');
rmSync(ext, { recursive: true, force: true });
stageExtension({ root, dist, dir: ext });

// The demo pages, on loopback only; a page may carry its own headers (<page>.headers.json).
const { server, port } = await serveFixtures({
  root: join(root, 'test/fixtures'),
  port: wantedPort,
  index: 'client-version-summary.html',
  onBusy: () => console.warn(`Port ${wantedPort} is busy: serving the demo pages on a free port instead.`),
});
const base = `http://127.0.0.1:${port}`;
const startUrl = `${base}/client-version-summary.html`;

const pages = [
  ['client-version-summary.html', 'Monitoring report "Client Version Summary" (start page)'],
  ['client-version-by-user.html', '"Client Version by User", 3,000 rows (?rows=20000 for more)'],
  ['admin-center.html', 'admin-center table that loads rows lazily, with a same-origin frame'],
  ['hostile.html', 'strict CSP, markup-like text, builds in fields that must stay unmarked'],
];
const instructions = [
  '',
  'Demo pages:',
  ...pages.map(([page, what]) => `  ${base}/${page}\n      ${what}`),
  '',
  'To mark the builds on a page:',
  '  1. Click the Offline IM Build Checker toolbar button (in Chromium it may sit',
  '     under the puzzle-piece menu: pin it), then "Mark builds on this page".',
  '  2. Or press Alt+Shift+B, or right-click the page: "Mark builds on this page".',
  '  3. Select some text, right-click: "Check selected builds".',
  'Each build gets a badge; the chip at the bottom right counts them, switches',
  'the mailbox location and removes the marks.',
  '',
];

const stop = (code = 0) => {
  server.close();
  process.exit(code);
};
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function serveOnly(reason) {
  console.log(`\n${reason}`);
  console.log(`The extension is staged in ${ext}: load it as an unpacked extension`);
  console.log('(chrome://extensions, Developer mode, "Load unpacked"; or about:debugging in Firefox)');
  console.log(`and open ${startUrl}`);
  console.log(instructions.join('\n'));
  console.log('Serving the demo pages until Ctrl+C.');
}

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  serveOnly('No display (DISPLAY is not set): a browser window cannot open on this machine.');
} else {
  try {
    execFileSync(process.execPath, [join(root, 'scripts/ensure-browsers.mjs'), wantFirefox ? 'firefox-esr' : 'chromium'], { stdio: 'inherit' });
  } catch {
    // Not root and not installed: the command to install it was printed; try the other browser.
  }
  const chromium = ['--target', 'chromium', '--chromium-binary', CHROMIUM, ...(process.getuid?.() === 0 ? ['--arg=--no-sandbox'] : [])];
  const firefox = ['--target', 'firefox-desktop', '--firefox', FIREFOX];
  const order = wantFirefox ? [[FIREFOX, firefox], [CHROMIUM, chromium]] : [[CHROMIUM, chromium], [FIREFOX, firefox]];
  const target = order.find(([binary]) => existsSync(binary))?.[1];
  if (!target) {
    serveOnly('Neither Chromium nor Firefox is installed (see the command above).');
  } else {
    console.log(`\nOpening ${target[1] === 'chromium' ? 'Chromium' : 'Firefox'} with the extension on ${startUrl}`);
    if (target === firefox) console.log('Firefox warns that it does not support storage.managed_schema: it reads organisation settings from policies.json (docs/managed-settings.md).');
    console.log(instructions.join('\n'));
    const webExt = join(root, 'node_modules/.bin/web-ext');
    const child = spawn(webExt, ['run', '--no-config-discovery', '--source-dir', ext, '--start-url', startUrl, ...target], { stdio: 'inherit' });
    child.on('exit', (code) => stop(code ?? 0));
  }
}
