#!/usr/bin/env node
// Renders icons/icon.svg (48, 128 px) and icons/icon-small.svg (16, 32 px) to
// the PNGs the manifest names, with Debian's headless Chromium through
// playwright-core. --preview FILE also writes a sheet of every size on light
// and dark toolbars, to look at before committing.
// Usage: node scripts/render-icons.mjs [--preview .tmp/icon-preview.png]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const previewIndex = args.indexOf('--preview');
const preview = previewIndex >= 0 ? args[previewIndex + 1] : undefined;

/**
 * Which drawing each size uses: the small one is drawn on a 16 px grid. The
 * 128 px store/install icon keeps a transparent margin, as the stores ask.
 */
const SIZES = [
  { size: 16, source: 'icons/icon-small.svg', padding: 0 },
  { size: 32, source: 'icons/icon-small.svg', padding: 0 },
  { size: 48, source: 'icons/icon.svg', padding: 0 },
  { size: 128, source: 'icons/icon.svg', padding: 8 },
];

const dataUrl = (file) => `data:image/svg+xml;base64,${readFileSync(`${root}${file}`).toString('base64')}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { size, source, padding } of SIZES) {
    const inner = size - 2 * padding;
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<html><body style="margin:0;background:transparent"><img src="${dataUrl(source)}" width="${inner}" height="${inner}" style="display:block;margin:${padding}px"></body></html>`,
    );
    await page.waitForFunction(() => document.images[0]?.complete);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(`${root}icons/icon-${size}.png`, png);
    console.log(`icons/icon-${size}.png`);
  }
  if (preview) {
    // The real PNGs, at 1x and magnified 4x (pixelated), on light and dark toolbars.
    const cells = SIZES.map(({ size }) => {
      const src = `data:image/png;base64,${readFileSync(`${root}icons/icon-${size}.png`).toString('base64')}`;
      return `<figure><img src="${src}" width="${size}" height="${size}"><img class="big" src="${src}" width="${Math.min(size * 4, 256)}" height="${Math.min(size * 4, 256)}"><figcaption>${size}px</figcaption></figure>`;
    }).join('');
    const strip = (bg, fg, label) => `<section style="background:${bg};color:${fg}"><h2>${label}</h2>${cells}</section>`;
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.setContent(`<html><head><style>
      body{margin:0;font:14px sans-serif} section{display:flex;gap:24px;align-items:flex-end;padding:16px}
      h2{width:110px;margin:0;font-size:14px} figure{margin:0;display:flex;gap:8px;align-items:flex-end}
      .big{image-rendering:pixelated} figcaption{font-size:12px}
    </style></head><body>${strip('#f3f3f3', '#111', 'light toolbar')}${strip('#202124', '#eee', 'dark toolbar')}${strip('#dee1e6', '#111', 'Chrome grey')}${strip('#35363a', '#eee', 'Chrome dark')}</body></html>`);
    await page.screenshot({ path: preview, fullPage: true });
    console.log(preview);
  }
} finally {
  await browser.close();
}
