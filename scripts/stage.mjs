// The shipped extension as a folder of its own, and the fixture pages on
// loopback: one place for what `npm start`, `npm run package`, the
// benchmarks and the real-browser tests all need (docs/browser-testing.md).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * What ships, relative to the extension folder. Loading the repository root
 * instead would also load node_modules. managed_schema.json is named by the
 * manifest (storage.managed_schema): Chromium refuses the extension without it.
 */
export const SHIPPED = ['manifest.json', 'managed_schema.json', 'dist/', 'icons/', '_locales/'];
/** Built files that never ship: the CLI and source maps. */
export const NEVER_SHIPPED = [/^dist\/cli\.js$/, /\.map$/];
/** The icons the manifest names (the SVG sources stay behind). */
const SHIPPED_ICON = /^icon-\d+\.png$/;

/**
 * Copies what ships into `dir` (default: a fresh temporary folder) and returns
 * the folder. `dist` is the build to take (default <root>/dist); a test copy
 * may patch the manifest, e.g. add host_permissions Firefox automation needs.
 */
export function stageExtension({ root = ROOT, dist = join(root, 'dist'), dir, hostPermissions, patchManifest } = {}) {
  if (!existsSync(join(dist, 'popup.js'))) throw new Error(`No build in ${dist}: run npm run build first.`);
  const out = dir ?? mkdtempSync(join(tmpdir(), 'oimc-ext-'));
  mkdirSync(out, { recursive: true });
  if (hostPermissions || patchManifest) {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    if (hostPermissions) manifest.host_permissions = hostPermissions;
    patchManifest?.(manifest);
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  } else {
    // The shipped manifest, byte for byte.
    cpSync(join(root, 'manifest.json'), join(out, 'manifest.json'));
  }
  cpSync(join(root, 'managed_schema.json'), join(out, 'managed_schema.json'));
  const shipped = (src) => !NEVER_SHIPPED.some((r) => r.test(`dist/${relative(dist, src).split(sep).join('/')}`));
  cpSync(dist, join(out, 'dist'), { recursive: true, filter: shipped });
  mkdirSync(join(out, 'icons'), { recursive: true });
  for (const icon of readdirSync(join(root, 'icons')).filter((f) => SHIPPED_ICON.test(f))) cpSync(join(root, 'icons', icon), join(out, 'icons', icon));
  cpSync(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  return out;
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};

/**
 * Serves the files under `root` (default test/fixtures) on 127.0.0.1 only.
 * A page may set its own response headers in a sibling "<page>.headers.json"
 * (a strict CSP, say). `port` 0 takes a free port; a busy fixed port falls
 * back to a free one and calls `onBusy`. `index` answers "/".
 */
export async function serveFixtures({ root = join(ROOT, 'test/fixtures'), port = 0, index, onBusy } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path;
    try {
      path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    } catch {
      // A malformed %-escape: not one of our files.
      return void res.writeHead(400).end('bad request');
    }
    const file = join(base, path === sep || path === '/' ? (index ?? '') : path);
    if (!file.startsWith(base + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return void res.writeHead(404).end('not found');
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    if (existsSync(`${file}.headers.json`)) Object.assign(headers, JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')));
    res.writeHead(200, headers).end(readFileSync(file));
  });
  const listening = await new Promise((done, fail) => {
    server.once('error', (error) => {
      if (error.code !== 'EADDRINUSE' || port === 0) return fail(error);
      onBusy?.(port);
      server.listen(0, '127.0.0.1', () => done(server.address().port));
    });
    server.listen(port, '127.0.0.1', () => done(server.address().port));
  });
  return {
    url: `http://127.0.0.1:${listening}`,
    port: listening,
    server,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
