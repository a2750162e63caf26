// scripts/stage.mjs: what ships is staged and nothing else; fixture pages are
// served on loopback with their own headers, and nothing outside the folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { serveFixtures, stageExtension } from '../scripts/stage.mjs';

const work = mkdtempSync(join(tmpdir(), 'oimc-stage-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function write(path: string, text = 'x') {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

function list(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => relative(dir, join(dir, f)).split('\\').join('/'))
    .sort();
}

describe('stageExtension', () => {
  const root = join(work, 'repo');
  const manifest = '{\n  "manifest_version": 3,\n  "name": "t"\n}\n';
  for (const [path, text] of Object.entries({
    'manifest.json': manifest,
    'managed_schema.json': '{}',
    'dist/popup.js': '', 'dist/popup.html': '', 'dist/cli.js': '', 'dist/popup.js.map': '',
    'icons/icon-16.png': '', 'icons/icon.svg': '',
    '_locales/en/messages.json': '{}',
    'node_modules/x/index.js': '', 'src/core/scan.ts': '',
  })) write(join(root, path), text);

  test('copies manifest, schema, dist (no CLI, no maps), PNG icons and _locales; the manifest byte for byte', () => {
    const dir = stageExtension({ root });
    expect(list(dir)).toEqual(['_locales/en/messages.json', 'dist/popup.html', 'dist/popup.js', 'icons/icon-16.png', 'managed_schema.json', 'manifest.json']);
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  test('a test copy with host permissions and a patched manifest, into a given folder', () => {
    const dir = stageExtension({ root, dir: join(work, 'copy'), hostPermissions: ['http://127.0.0.1/*'], patchManifest: (m) => void (m.name = 'patched') });
    expect(dir).toBe(join(work, 'copy'));
    expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toEqual({ manifest_version: 3, name: 'patched', host_permissions: ['http://127.0.0.1/*'] });
  });

  test('says what to do when there is no build', () => {
    expect(() => stageExtension({ root, dist: join(work, 'nothing') })).toThrow(/No build in .*run npm run build first/);
  });
});

describe('serveFixtures', () => {
  const pages = join(work, 'pages');
  write(join(pages, 'a.html'), '<p>a</p>');
  write(join(pages, 'a.html.headers.json'), '{"content-security-policy": "default-src \'none\'"}');
  write(join(pages, 'sub/b.csv'), 'x;y');
  write(join(work, 'secret.txt'), 'secret');

  test('serves pages with their types and own headers; 404 outside the folder and for folders', async () => {
    const server = await serveFixtures({ root: pages, index: 'a.html' });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const a = await fetch(`${server.url}/a.html`);
      expect([a.status, a.headers.get('content-type'), a.headers.get('content-security-policy'), await a.text()]).toEqual([200, 'text/html; charset=utf-8', "default-src 'none'", '<p>a</p>']);
      expect((await fetch(`${server.url}/`)).status).toBe(200);
      expect((await fetch(`${server.url}/sub/b.csv`)).headers.get('content-type')).toBe('text/csv; charset=utf-8');
      for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/sub', '/sub/', '/missing.html']) expect((await fetch(`${server.url}${path}`)).status, path).toBe(404);
      expect((await fetch(`${server.url}/%E0%A4%A`)).status).toBe(400);
    } finally {
      await server.close();
    }
  });

  test('a busy fixed port falls back to a free one and says so', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((done) => blocker.listen(0, '127.0.0.1', () => done((blocker.address() as { port: number }).port)));
    const busy: number[] = [];
    const server = await serveFixtures({ root: pages, port, onBusy: (p) => busy.push(p) });
    try {
      expect(busy).toEqual([port]);
      expect(server.port).not.toBe(port);
      expect((await fetch(`${server.url}/a.html`)).status).toBe(200);
    } finally {
      await server.close();
      blocker.close();
    }
  });
});
