// The package step end to end: build, web-ext build, normalise, source
// archive; then unzip what it wrote and check it. About 15 s.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_HOOK_GLOBAL } from '../scripts/build-options.mjs';
import * as packaging from '../scripts/package.mjs';
import type { Packaged } from '../scripts/package.mjs';
import * as sync from '../scripts/sync-manifest-version.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

let work: string;
let first: Packaged;
let second: Packaged;

beforeAll(() => {
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  work = mkdtempSync(join(ROOT, '.tmp/package-test-'));
  // Its own build folder: never dist/, which other work may be using.
  first = packaging.packageExtension({ distDir: join(work, 'dist'), outDir: join(work, 'out1'), build: true });
  second = packaging.packageExtension({ distDir: join(work, 'dist'), outDir: join(work, 'out2'), build: false });
}, 90_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const unzip = (path: string) => unzipSync(new Uint8Array(readFileSync(path)));

describe('extension packages', () => {
  test('hold exactly the allow-listed files', () => {
    const names = Object.keys(unzip(first.chrome)).sort();
    expect(names).toEqual([
      '_locales/en/messages.json',
      '_locales/ru/messages.json',
      'dist/background.js',
      'dist/content.js',
      'dist/options.css',
      'dist/options.html',
      'dist/options.js',
      'dist/policy-panel-entry.css',
      'dist/policy-panel-entry.js',
      'dist/popup.css',
      'dist/popup.html',
      'dist/popup.js',
      'dist/read-text-file.js',
      'dist/scan-worker.js',
      'icons/icon-128.png',
      'icons/icon-16.png',
      'icons/icon-32.png',
      'icons/icon-48.png',
      'managed_schema.json',
      'manifest.json',
    ]);
    expect(names).not.toContain('dist/cli.js');
  });

  test('carry the package.json version in the manifest and the file name', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const manifest = JSON.parse(Buffer.from(unzip(first.chrome)['manifest.json']!).toString('utf8'));
    expect(first.version).toBe(pkg.version);
    expect(manifest.version).toBe(pkg.version);
    expect(first.chrome).toMatch(new RegExp(`offline-im-build-checker-${pkg.version.replace(/\./g, '\\.')}-chrome\\.zip$`));
    expect(first.firefox).toMatch(/-firefox\.zip$/);
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  test('the shipped files are the built files, byte for byte', () => {
    const files = unzip(first.chrome);
    expect(Buffer.from(files['dist/popup.js']!).equals(readFileSync(join(work, 'dist/popup.js')))).toBe(true);
    expect(Buffer.from(files['icons/icon-16.png']!).equals(readFileSync(join(ROOT, 'icons/icon-16.png')))).toBe(true);
  });

  test('are reproducible: same input, same bytes (Chrome and Firefox alike)', () => {
    expect(readFileSync(first.chrome).equals(readFileSync(second.chrome))).toBe(true);
    expect(readFileSync(first.source).equals(readFileSync(second.source))).toBe(true);
    expect(readFileSync(first.chrome).equals(readFileSync(first.firefox))).toBe(true);
  });

  test('entries are sorted and dated 2000-01-01 00:00 (DOS time)', () => {
    const zip = readFileSync(first.chrome);
    const names: string[] = [];
    // Walk the local file headers: signature, then fixed fields, then the name.
    for (let at = 0; zip.readUInt32LE(at) === 0x04034b50; ) {
      expect(zip.readUInt16LE(at + 10)).toBe(0); // 00:00:00
      expect(zip.readUInt16LE(at + 12)).toBe(((2000 - 1980) << 9) | (1 << 5) | 1);
      const nameLength = zip.readUInt16LE(at + 26);
      const extraLength = zip.readUInt16LE(at + 28);
      names.push(zip.toString('utf8', at + 30, at + 30 + nameLength));
      at += 30 + nameLength + extraLength + zip.readUInt32LE(at + 18);
    }
    expect(names.length).toBe(20);
    expect(names).toEqual([...names].sort());
  });
});

describe('test hooks (the background handlers the real-browser tests and bench-overlay drive)', () => {
  test('the packaged background.js has none; the build the real-browser tests load (npm run build) has them', () => {
    expect(TEST_HOOK_GLOBAL).toBe('__offlineImBackground');
    for (const zip of [first.chrome, first.firefox]) {
      const files = unzip(zip);
      expect(Buffer.from(files['dist/background.js']!).toString('utf8')).not.toContain('__offlineImBackground');
      expect(Buffer.from(files['dist/background.js']!).toString('utf8')).toContain('onInstalled');
    }
    const testBuild = join(work, 'test-build');
    execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--outdir', testBuild], { stdio: 'pipe' });
    expect(readFileSync(join(testBuild, 'background.js'), 'utf8')).toContain('__offlineImBackground');
    // Packaging that build (as with --skip-build) is refused, not shipped.
    expect(() => packaging.packageExtension({ distDir: testBuild, outDir: join(work, 'out3'), build: false })).toThrow(
      /dist\/background\.js holds the test hooks \(__offlineImBackground\)/,
    );
  }, 60_000);
});

describe('source archive', () => {
  test('holds the sources and lockfile, not builds or dependencies', () => {
    const names = Object.keys(unzip(first.source));
    for (const needed of ['package.json', 'package-lock.json', 'README.md', 'manifest.json', 'src/core/policy-rules.ts', 'scripts/build.mjs', 'scripts/package.mjs', 'test/cases.ts', 'web-ext-config.mjs']) {
      expect(names, needed).toContain(needed);
    }
    expect(names.filter((n) => /^(node_modules|dist|web-ext-artifacts|artifacts|\.tmp)\//.test(n))).toEqual([]);
  });
});

describe('version checks', () => {
  let fake: string;
  beforeAll(() => {
    fake = mkdtempSync(join(work, 'fake-root-'));
  });
  const write = (pkgVersion: string, manifestVersion: string) => {
    writeFileSync(join(fake, 'package.json'), JSON.stringify({ name: 'x', version: pkgVersion }));
    writeFileSync(join(fake, 'manifest.json'), `{\n  "manifest_version": 3,\n  "name": "x",\n  "version": "${manifestVersion}"\n}\n`);
  };

  test('a mismatch stops packaging with the command that fixes it', () => {
    write('0.2.0', '0.1.0');
    expect(() => packaging.checkVersions(fake)).toThrow(/manifest.json version "0.1.0" differs from package.json version "0.2.0".*sync-manifest-version/);
  });

  test('sync-manifest-version fixes it and keeps the layout', () => {
    write('0.2.0', '0.1.0');
    expect(sync.syncManifestVersion(fake)).toBe('0.2.0');
    expect(readFileSync(join(fake, 'manifest.json'), 'utf8')).toBe('{\n  "manifest_version": 3,\n  "name": "x",\n  "version": "0.2.0"\n}\n');
    expect(packaging.checkVersions(fake)).toBe('0.2.0');
  });

  test('versions a browser cannot take are refused', () => {
    expect(sync.manifestVersionFor('1.2.0-beta.1')).toBeInstanceOf(Error);
    expect(sync.manifestVersionFor('1.2.0+build.5')).toBeInstanceOf(Error);
    expect(sync.manifestVersionFor('1.2')).toBeInstanceOf(Error);
    expect(sync.manifestVersionFor('v1.2.0')).toBeInstanceOf(Error);
    expect(sync.manifestVersionFor('1.70000.0')).toBeInstanceOf(Error);
    expect(sync.manifestVersionFor('1.2.3')).toBe('1.2.3');
    write('1.0.0-rc.1', '1.0.0');
    expect(() => packaging.checkVersions(fake)).toThrow(/pre-release/);
  });

  test('run from node, the mismatch reaches stderr as one clear message', () => {
    write('0.3.0', '0.1.0');
    let stderr = '';
    try {
      execFileSync(process.execPath, ['-e', `import(${JSON.stringify(pathToFileURL(join(ROOT, 'scripts/package.mjs')).href)}).then(m => m.checkVersions(${JSON.stringify(fake)}))`], {
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(stderr).toContain('differs from package.json version "0.3.0"');
  });
});
