// Command-line flags for Debian's Chromium with our unpacked extension, shared
// by the real-browser tests and the benchmarks (recipes: docs/browser-testing.md).
// The network flags matter here: without them Chromium keeps trying to reach
// Google's hosts, which this closed machine refuses.
export const CHROMIUM = '/usr/bin/chromium';

/** Flags that load `extensionDir` and keep Chromium quiet and offline. */
export function extensionArgs(extensionDir) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--enable-unsafe-extension-debugging',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
