// The options page in Russian (Chromium --lang=ru): localised title and
// labels, the one label for "both", no axe violation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ARTIFACTS, ROOT, launchChromium, type ExtensionBrowser } from './harness.ts';
import { axeViolations } from './options-axe.ts';

const ru = JSON.parse(readFileSync(join(ROOT, '_locales/ru/messages.json'), 'utf8')) as Record<string, { message: string }>;
let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchChromium({ lang: 'ru' });
});
afterAll(async () => {
  await b?.close();
});

test('Russian options page: localised title and labels, no axe violation', async () => {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/dist/options.html`);
  await page.waitForSelector('input[name="mailbox"]');
  expect(await page.title()).toBe(ru.options_title!.message);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  const text = await page.innerText('main');
  expect(text).toContain(ru.options_mailbox_legend!.message);
  expect(text).toContain(ru.options_mailbox_both!.message);
  expect(text).not.toMatch(/вердикт/i);
  await page.screenshot({ path: join(ARTIFACTS, 'options-ru.png'), fullPage: true });
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});
