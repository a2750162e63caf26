#!/usr/bin/env node
// Keeps manifest.json's "version" equal to package.json's. npm's "version"
// lifecycle script runs it, so `npm version patch` bumps both at once.
// A browser manifest version is 1–4 dot-separated integers up to 65535, so a
// semver pre-release or build suffix (1.2.0-beta.1) cannot ship: refused here.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/** The manifest version for a package version, or an Error saying why there is none. */
export function manifestVersionFor(packageVersion) {
  const valid = semver.valid(packageVersion);
  if (!valid || valid !== packageVersion) return new Error(`package.json version "${packageVersion}" is not a valid semver version (x.y.z).`);
  const parsed = semver.parse(valid);
  if (parsed.prerelease.length > 0 || parsed.build.length > 0) {
    return new Error(`package.json version "${packageVersion}" has a pre-release or build suffix; browser manifests accept only numbers (x.y.z).`);
  }
  if ([parsed.major, parsed.minor, parsed.patch].some((n) => n > 65535)) return new Error(`package.json version "${packageVersion}" has a part above 65535.`);
  return valid;
}

/** Rewrites only the "version" value, keeping the manifest's layout. Returns the version written. */
export function syncManifestVersion(root) {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const version = manifestVersionFor(pkg.version);
  if (version instanceof Error) throw version;
  const file = `${root}/manifest.json`;
  const text = readFileSync(file, 'utf8');
  // "manifest_version" never matches: the key must start right after a quote.
  const next = text.replace(/("version"\s*:\s*)"[^"]*"/, `$1"${version}"`);
  if (JSON.parse(next).version !== version) throw new Error('manifest.json has no top-level "version" to update.');
  if (next !== text) writeFileSync(file, next);
  return version;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const root = fileURLToPath(new URL('..', import.meta.url));
    console.log(`manifest.json version ${syncManifestVersion(root)}`);
  } catch (e) {
    console.error(`sync-manifest-version: ${e.message}`);
    process.exit(1);
  }
}
