// Shared real-browser plumbing (recipes in docs/browser-testing.md): stage the
// built extension, launch Debian's Chromium with it, serve fixtures on
// loopback, open the real popup through a toolbar click, and record every
// network request so tests can assert that none leaves the machine.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, extensionArgs } from '../../scripts/chromium-args.mjs';
import { serveFixtures as serveLoopback, stageExtension as stageShipped, type FixtureServer, type StageOptions as StagingOptions } from '../../scripts/stage.mjs';

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

export type StageOptions = Pick<StagingOptions, 'hostPermissions' | 'patchManifest'>;

/** Copies what ships from the build in distDir() to a temporary folder (not node_modules). */
export function stageExtension(options: StageOptions = {}): string {
  return stageShipped({ ...options, root: ROOT, dist: distDir() });
}

export type { FixtureServer };

/**
 * Serves test/fixtures (or `root`) on 127.0.0.1 (a free port). Pages may set
 * their own headers in a sibling "<name>.headers.json" (e.g. a strict CSP).
 */
export function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  return serveLoopback({ root });
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
