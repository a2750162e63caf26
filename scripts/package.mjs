#!/usr/bin/env node
// npm run package: builds, zips the extension for Chrome/Edge and Firefox
// (one manifest, one zip content) and writes a source archive for store
// review, all into web-ext-artifacts/.
//
// - The version comes from package.json; manifest.json must say the same
//   (scripts/sync-manifest-version.mjs), or this stops with the fix to run.
// - web-ext build makes the zip from a staged copy with the allow-list in
//   web-ext-config.mjs; its zips carry file mtimes and readdir order, so the
//   entries are then rewritten sorted, with a fixed date (fflate), and the
//   same input gives the same bytes.
// - The contents are checked against an allow-list: manifest, managed schema,
//   dist (no cli.js, no maps), PNG icons, _locales.
//
// - The build is a release build (build.mjs --release): no test hooks. A build
//   that has them (any other build, e.g. with --skip-build) is refused.
// - web-ext lint runs on the staged folder (skip with --no-lint); an error stops it.
//
// Usage: node scripts/package.mjs [--skip-build] [--dist DIR] [--out DIR] [--no-lint]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { TEST_HOOK_GLOBAL } from './build-options.mjs';
import { NEVER_SHIPPED, stageExtension } from './stage.mjs';
import { manifestVersionFor } from './sync-manifest-version.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const NAME = 'offline-im-build-checker';

/** What may ship in the extension zip. */
const SHIP = [/^manifest\.json$/, /^managed_schema\.json$/, /^dist\/[\w-]+\.(?:js|css|html)$/, /^icons\/icon-\d+\.png$/, /^_locales\/[\w-]+\/messages\.json$/];

/** What goes into the source archive (tracked files only). */
const SOURCE_DIRS = ['src/', 'scripts/', 'test/', 'icons/', '_locales/', 'docs/'];
const SOURCE_FILES = [
  'package.json',
  'package-lock.json',
  'README.md',
  'PRIVACY.md',
  'LICENSE',
  'manifest.json',
  'managed_schema.json',
  'tsconfig.json',
  'eslint.config.js',
  'vitest.config.ts',
  'vitest.e2e.config.ts',
  'web-ext-config.mjs',
  '.gitignore',
];

/** Local-time components, so the DOS timestamp is the same bytes in every time zone. */
const FIXED_DATE = new Date(2000, 0, 1, 0, 0, 0);

/** The version to ship; throws with the command that fixes a mismatch. */
export function checkVersions(root = ROOT) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const version = manifestVersionFor(pkg.version);
  if (version instanceof Error) throw version;
  if (manifest.version !== version) {
    throw new Error(
      `manifest.json version "${manifest.version}" differs from package.json version "${version}". ` +
        'Run `node scripts/sync-manifest-version.mjs` (npm version does it for you) and commit manifest.json.',
    );
  }
  return version;
}

export function buildExtension(root, distDir) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', distDir, '--release'], { cwd: root, stdio: 'inherit' });
}

/** Throws if a built file still carries the test hooks (a build made without --release). */
export function checkReleaseBuild(files) {
  const hooked = Object.keys(files).filter((name) => name.endsWith('.js') && Buffer.from(files[name]).includes(TEST_HOOK_GLOBAL));
  if (hooked.length > 0) {
    throw new Error(`${hooked.join(', ')} holds the test hooks (${TEST_HOOK_GLOBAL}): package a release build (node scripts/build.mjs --release, or leave out --skip-build)`);
  }
}

/** Copies what the manifest needs into a fresh folder (never node_modules or sources). */
export function stage(root, distDir) {
  return stageExtension({ root, dist: distDir });
}

function webExt(root, args, outputEvenOnFailure = false) {
  try {
    return execFileSync(process.execPath, [join(root, 'node_modules/web-ext/bin/web-ext.js'), ...args, '--no-input'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, WEB_EXT_NO_UPDATE_CHECK: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    if (outputEvenOnFailure && e.stdout) return e.stdout;
    throw new Error(`web-ext ${args[0]} failed: ${e.stderr || e.message}`, { cause: e });
  }
}

/** One line per lint finding; errors stop the package. */
function printLint(output) {
  const report = JSON.parse(output);
  for (const kind of ['errors', 'warnings', 'notices']) {
    for (const m of report[kind] ?? []) console.log(`lint ${kind.slice(0, -1)}: ${m.code} ${m.file ?? ''} ${m.message}`);
  }
  if (report.errors?.length) throw new Error(`web-ext lint found ${report.errors.length} error(s)`);
}

/** web-ext build on the staged folder with our config's allow-list; returns the zip bytes. */
export function webExtBuild(root, stageDir) {
  const out = mkdtempSync(join(tmpdir(), 'oimc-webext-'));
  try {
    webExt(root, ['build', '--source-dir', stageDir, '--artifacts-dir', out, '--config', join(root, 'web-ext-config.mjs'), '--overwrite-dest']);
    const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
    if (zips.length !== 1) throw new Error(`web-ext build wrote ${zips.length} zips, expected 1`);
    return readFileSync(join(out, zips[0]));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Sorted entries, fixed dates, fixed compression: same files, same bytes. */
export function reproducibleZip(files) {
  const entries = {};
  for (const name of Object.keys(files).sort()) entries[name] = [files[name], { mtime: FIXED_DATE, level: 9 }];
  return Buffer.from(zipSync(entries, { mtime: FIXED_DATE }));
}

/** Throws unless every entry is allowed and everything the manifest names is there. */
export function checkContents(files) {
  const names = Object.keys(files);
  const bad = names.filter((n) => !SHIP.some((r) => r.test(n)) || NEVER_SHIPPED.some((r) => r.test(n)));
  if (bad.length > 0) throw new Error(`not allowed in the package: ${bad.join(', ')}`);
  const manifest = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
  const needed = [
    manifest.action?.default_popup,
    manifest.options_ui?.page,
    manifest.background?.service_worker,
    manifest.storage?.managed_schema,
    ...Object.values(manifest.icons ?? {}),
    `_locales/${manifest.default_locale}/messages.json`,
  ].filter(Boolean);
  const missing = needed.filter((n) => !(n in files));
  if (missing.length > 0) throw new Error(`missing from the package: ${missing.join(', ')}`);
  return names.sort();
}

/** Tracked files in the allow-list, read from the working tree. */
export function sourceFiles(root) {
  let tracked;
  try {
    tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  } catch (e) {
    throw new Error('the source archive lists files with git ls-files: run it in a git checkout', { cause: e });
  }
  const files = {};
  for (const name of tracked) {
    if (!SOURCE_FILES.includes(name) && !SOURCE_DIRS.some((d) => name.startsWith(d))) continue;
    const path = join(root, name);
    if (existsSync(path)) files[name] = new Uint8Array(readFileSync(path));
  }
  return files;
}

/**
 * The whole step. Returns the written paths and the zip's file list.
 * distDir: where to build (default dist/); outDir: where the artefacts go.
 */
export function packageExtension({ root = ROOT, distDir = join(root, 'dist'), outDir = join(root, 'web-ext-artifacts'), build = true, lint = false } = {}) {
  const version = checkVersions(root);
  if (build) buildExtension(root, distDir);
  if (!existsSync(join(distDir, 'popup.js'))) throw new Error(`no build in ${distDir}`);
  const stageDir = stage(root, distDir);
  try {
    // The staged folder holds only what ships, so lint needs no config (and the
    // root config's allow-list would hide files from the linter).
    if (lint) printLint(webExt(root, ['lint', '--source-dir', stageDir, '--self-hosted', '--output', 'json', '--no-config-discovery'], true));
    const files = unzipSync(new Uint8Array(webExtBuild(root, stageDir)));
    // Directory entries carry no content; the zip readers recreate folders.
    for (const name of Object.keys(files)) if (name.endsWith('/')) delete files[name];
    const list = checkContents(files);
    checkReleaseBuild(files);
    const shipped = JSON.parse(Buffer.from(files['manifest.json']).toString('utf8'));
    if (shipped.version !== version) throw new Error(`the zipped manifest says ${shipped.version}, expected ${version}`);
    const zip = reproducibleZip(files);
    mkdirSync(outDir, { recursive: true });
    const chrome = join(outDir, `${NAME}-${version}-chrome.zip`);
    const firefox = join(outDir, `${NAME}-${version}-firefox.zip`);
    const source = join(outDir, `${NAME}-${version}-source.zip`);
    writeFileSync(chrome, zip);
    writeFileSync(firefox, zip);
    writeFileSync(source, reproducibleZip(sourceFiles(root)));
    return { version, chrome, firefox, source, files: list };
  } finally {
    rmSync(stageDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const value = (flag) => (args.includes(flag) ? resolve(args[args.indexOf(flag) + 1]) : undefined);
  try {
    const result = packageExtension({
      distDir: value('--dist'),
      outDir: value('--out'),
      build: !args.includes('--skip-build'),
      lint: !args.includes('--no-lint'),
    });
    console.log(`version ${result.version}, ${result.files.length} files`);
    for (const path of [result.chrome, result.firefox, result.source]) console.log(`  ${path}`);
  } catch (e) {
    console.error(`package: ${e.message}`);
    process.exit(1);
  }
}
