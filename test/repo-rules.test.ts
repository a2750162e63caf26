// Rules of the repository that no single module owns: complete catalogues,
// no HTML injection sinks, one polyfill import, a pure engine, no
// permission in the manifest that the code does not use, and no reference to
// notes that live outside the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');

function files(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(join(root, dir))) {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) out.push(...files(path));
    else if (/\.(ts|tsx|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

/** Source without comments, so that prose ("no browser API") is not mistaken for code. */
function code(path: string): string {
  return read(path)
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const SRC = files('src');
type Catalogue = Record<string, { message: string }>;
const en: Catalogue = JSON.parse(read('_locales/en/messages.json'));
const ru: Catalogue = JSON.parse(read('_locales/ru/messages.json'));
const slots = (m: string) => [...m.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();

describe('message catalogues', () => {
  it('en and ru have the same keys', () => {
    expect(Object.keys(ru).filter((k) => !(k in en))).toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in ru))).toEqual([]);
  });

  it('each message uses the same {slots} in both languages', () => {
    const differ = Object.keys(en).filter((k) => k in ru && slots(en[k]!.message).join() !== slots(ru[k]!.message).join());
    expect(differ).toEqual([]);
  });

  it('no message contains "$" (no Chrome placeholders)', () => {
    const withDollar = [...Object.entries(en), ...Object.entries(ru)].filter(([, v]) => v.message.includes('$')).map(([k]) => k);
    expect(withDollar).toEqual([]);
  });

  it('Russian says "офлайн-сообщения" for offline IM everywhere; Microsoft\'s "автономные сообщения" is named once, where the feature is introduced', () => {
    const other = Object.entries(ru).filter(([, v]) => /автономн/i.test(v.message)).map(([k]) => k);
    expect(other).toEqual(['popup_tagline']);
    expect(ru.popup_tagline!.message).toMatch(/офлайн-сообщения.*автономн/);
  });

  it('keys are [A-Za-z0-9_] and no message is empty', () => {
    for (const [k, v] of [...Object.entries(en), ...Object.entries(ru)]) {
      expect(k).toMatch(/^[A-Za-z0-9_]+$/);
      expect(v.message.trim(), k).not.toBe('');
    }
  });
});

describe('source rules', () => {
  it('finds the source files', () => {
    expect(SRC.length).toBeGreaterThan(10);
  });

  it('no file under src/ uses innerHTML, outerHTML, insertAdjacentHTML or document.write', () => {
    const offenders = SRC.filter((f) => /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?)\b/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('only src/platform/browser.ts imports webextension-polyfill', () => {
    const importers = SRC.filter((f) => /(from\s+|import\s*\(\s*|import\s+)['"]webextension-polyfill['"]/.test(code(f)));
    expect(importers.map((f) => relative('src', f))).toEqual([join('platform', 'browser.ts')]);
  });

  it('unit tests fake the extension API in one place: src/platform/browser.ts mocked with test/browser-fake.ts', () => {
    const tests = files('test').filter((f) => !f.startsWith(join('test', 'e2e')));
    const mocksPlatform = /vi\.mock\(\s*['"][./]*src\/platform\/browser\.ts['"]\s*,\s*\(\)\s*=>\s*([^)]*\))/g;
    const offenders = tests.filter((f) => {
      const text = code(f);
      if (/vi\.mock\(\s*['"]webextension-polyfill['"]/.test(text)) return true;
      return [...text.matchAll(mocksPlatform)].some((m) => !/^import\(['"][./]*browser-fake\.ts['"]\)$/.test(m[1]!.trim()));
    });
    expect(tests.filter((f) => /vi\.mock\(\s*['"][./]*src\/platform\/browser\.ts['"]/.test(code(f))).length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });

  const CORE = SRC.filter((f) => f.startsWith(join('src', 'core')));

  // Packages core may use: pure computation, no I/O, no DOM (uuid: the policy rule id).
  const PURE_PACKAGES = ['uuid'];

  it('src/core imports only from src/core (and the pure packages listed here)', () => {
    expect(CORE.length).toBeGreaterThan(5);
    for (const f of CORE) {
      const specifiers = [...code(f).matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
      for (const s of specifiers.filter((s) => !PURE_PACKAGES.includes(s))) expect(s, `${f} imports ${s}`).toMatch(/^\.\/[^/]+$|^\.\/[\w-]+\/[^.]/);
    }
  });

  it('src/core uses no DOM or browser globals', () => {
    const globals = /\b(document|window|browser|chrome|navigator|localStorage|sessionStorage|fetch|XMLHttpRequest|HTMLElement|Node|self|location|globalThis)\s*[.([]/;
    const offenders = CORE.filter((f) => globals.test(code(f).replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")));
    expect(offenders).toEqual([]);
  });
});

describe('manifest permissions are used', () => {
  const manifest = JSON.parse(read('manifest.json')) as { permissions?: string[] };
  const extension = SRC.filter((f) => !f.startsWith(join('src', 'cli')) && !f.startsWith(join('src', 'core'))).map(code).join('\n');

  /** What the code must contain for each permission to be justified. */
  const USE: Record<string, RegExp> = {
    // activeTab: inject into the current tab on a user gesture, without a host permission.
    activeTab: /\bscripting\.executeScript\b/,
    scripting: /\bscripting\./,
    storage: /\bstorage\.(local|session|sync|onChanged)\b/,
    contextMenus: /\b(contextMenus|menus)\./,
  };

  it.each((manifest.permissions ?? []).map((p) => [p]))('%s', (permission) => {
    const use = USE[permission];
    expect(use, `no rule says how ${permission} is used: add one or drop the permission`).toBeDefined();
    expect(use!.test(extension), `${permission} is in manifest.json but nothing in src/ matches ${use}`).toBe(true);
  });

  it('activeTab is used together with a query for the active tab or a command/menu/action event', () => {
    if (!manifest.permissions?.includes('activeTab')) return;
    expect(/\btabs\.query\b|\baction\.onClicked\b|\bcommands\.onCommand\b|\b(contextMenus|menus)\.onClicked\b/.test(extension)).toBe(true);
  });
});

describe('the repository is self-contained', () => {
  // Knowledge the code relies on lives in docs/ (domain.md, browser-testing.md,
  // evidence.md); notes kept beside a checkout are not part of it. Written in
  // pieces so that this rule does not match itself.
  const outside = new RegExp(['\\.\\./shared/', '\\bDOMAIN\\.md\\b', '\\bBROWSERS\\.md\\b'].join('|'));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f !== '' && !f.startsWith('.ci/') && existsSync(join(root, f)));

  it('lists the tracked files', () => {
    expect(tracked).toContain('package.json');
  });

  it('no tracked file (outside .ci/) points at the shared folder or its domain and browser notes', () => {
    const offenders = tracked.filter((f) => {
      const bytes = readFileSync(join(root, f));
      return !bytes.includes(0) && outside.test(bytes.toString('utf8'));
    });
    expect(offenders).toEqual([]);
  });
});
