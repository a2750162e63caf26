// Shared real-browser plumbing (recipes in docs/browser-testing.md): stage the
// built extension, launch Debian's Chromium with it, serve fixtures on
// loopback, open the real popup through a toolbar click, and record every
// network request so tests can assert that none leaves the machine.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, extensionArgs } from '../../scripts/chromium-args.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export { CHROMIUM };
export const FIREFOX = '/usr/bin/firefox-esr';
export const FIXTURES = join(ROOT, 'test/fixtures');
export const ARTIFACTS = join(ROOT, 'artifacts');
// Screenshots go here; a fresh clone has no such folder.
mkdirSync(ARTIFACTS, { recursive: true });

/** The built extension scripts; EXT_DIST lets parallel work use its own build. */
export function distDir(): string {
  return resolve(ROOT, process.env.EXT_DIST ?? 'dist');
}

export interface StageOptions {
  /** Extra host_permissions for a test copy (Firefox cannot grant activeTab from automation). */
  hostPermissions?: string[];
  /** Changes to the staged manifest. */
  patchManifest?: (manifest: Record<string, unknown>) => void;
}

/** Copies manifest, dist, icons and _locales to a temporary folder (not node_modules). */
export function stageExtension(options: StageOptions = {}): string {
  const dist = distDir();
  if (!existsSync(join(dist, 'popup.js'))) throw new Error(`No build in ${dist}: run npm run build first.`);
  const dir = mkdtempSync(join(tmpdir(), 'oimc-ext-'));
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  if (options.hostPermissions) manifest.host_permissions = options.hostPermissions;
  options.patchManifest?.(manifest);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  cpSync(dist, join(dir, 'dist'), { recursive: true, filter: (src) => !src.endsWith('cli.js') });
  cpSync(join(ROOT, 'icons'), join(dir, 'icons'), { recursive: true });
  cpSync(join(ROOT, '_locales'), join(dir, '_locales'), { recursive: true });
  // manifest.json's storage.managed_schema points at it: Chromium refuses the extension without it.
  cpSync(join(ROOT, 'managed_schema.json'), join(dir, 'managed_schema.json'));
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.json': 'application/json',
};

export interface FixtureServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves test/fixtures on 127.0.0.1 (a free port). Pages may set their own
 * headers in a sibling "<name>.headers.json" (e.g. a strict CSP).
 */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
    const extra = `${file}.headers.json`;
    if (existsSync(extra)) Object.assign(headers, JSON.parse(readFileSync(extra, 'utf8')));
    res.writeHead(200, headers).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, server, close: () => new Promise((done) => server.close(() => done())) };
}

export interface LaunchOptions {
  /** UI language, e.g. "ru". */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  stage?: StageOptions;
  args?: string[];
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionDir: string;
  /** Every request URL the browser made that is not extension-internal or loopback. */
  externalRequests: string[];
  close(): Promise<void>;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = stageExtension(options.stage);
  const profile = mkdtempSync(join(tmpdir(), 'oimc-profile-'));
  const args = [
    ...extensionArgs(extensionDir),
    ...(options.lang ? [`--lang=${options.lang}`] : []),
    ...(options.args ?? []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args,
    locale: options.lang,
    colorScheme: options.colorScheme ?? 'light',
    env: { ...process.env, ...(options.lang ? { LANGUAGE: options.lang, LANG: `${options.lang}_RU.UTF-8` } : {}) },
  });
  const externalRequests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!/^(chrome-extension|data|blob|about|chrome):/.test(url) && !/^https?:\/\/127\.0\.0\.1[:/]/.test(url)) externalRequests.push(url);
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionDir,
    externalRequests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
    },
  };
}

export function popupUrl(b: ExtensionBrowser): string {
  return `chrome-extension://${b.extensionId}/dist/popup.html`;
}

/** The real popup opened by a toolbar click; driven through CDP Runtime.evaluate. */
export interface RealPopup {
  session: TargetSession;
  /** Evaluates an expression (awaiting promises) in the popup and returns its value. */
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** Polls an expression until it is truthy. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  /** PNG screenshot of the popup. */
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Clicks the toolbar button for `page`'s tab (CDP Extensions.triggerAction):
 * this grants activeTab on that tab and opens the real popup.
 */
export async function clickToolbarButton(b: ExtensionBrowser, page: Page): Promise<RealPopup> {
  await page.bringToFront();
  const cdp = await b.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: Array<{ targetId: string; url: string; type: string }>;
  };
  const tab = targetInfos.find((t) => t.url === page.url()) ?? targetInfos[targetInfos.length - 1];
  if (!tab) throw new Error('no tab target to click the toolbar button on');
  await cdp.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  const popupUrlPrefix = popupUrl(b);
  let popupTarget: { targetId: string } | undefined;
  for (let i = 0; i < 100 && !popupTarget; i++) {
    const all = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; url: string; type: string }> };
    popupTarget = all.targetInfos.find((t) => t.url.startsWith(popupUrlPrefix) && t.type === 'page');
    if (!popupTarget) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popupTarget) throw new Error('the popup did not open after the toolbar click');
  const session = await attachTarget(cdp, popupTarget.targetId);
  const evaluate = async <T>(expression: string): Promise<T> => {
    const r = (await session.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })) as {
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (r.exceptionDetails) throw new Error(`popup: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  };
  return {
    session,
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const value = await evaluate<T>(expression).catch(() => undefined);
        if (value) return value;
        if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async screenshot(path: string) {
      const { data } = (await session.send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      await evaluate('window.close()').catch(() => undefined);
    },
  };
}

/** The subset of a CDP session the tests use. */
export interface TargetSession {
  send(method: string, params?: Record<string, unknown>): Promise<unknown>;
}

/**
 * Attaches to a target that Playwright does not model as a Page (the real
 * popup) in non-flat mode: commands travel in Target.sendMessageToTarget and
 * answers come back as Target.receivedMessageFromTarget events.
 */
export async function attachTarget(browserSession: CDPSession, targetId: string): Promise<TargetSession> {
  const { sessionId } = (await browserSession.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  browserSession.on('Target.receivedMessageFromTarget' as never, ((event: { sessionId: string; message: string }) => {
    if (event.sessionId !== sessionId) return;
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = message.id === undefined ? undefined : pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id!);
    if (message.error) waiter.reject(new Error(message.error.message));
    else waiter.resolve(message.result);
  }) as never);
  return {
    send(method, params = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        browserSession.send('Target.sendMessageToTarget' as never, { sessionId, message: JSON.stringify({ id, method, params }) } as never).catch(reject);
      });
    },
  };
}
