// web-ext configuration. Named .mjs, not the design card's web-ext-config.js:
// web-ext 9 and later refuse a config file named web-ext-config.js (even as an
// ES module) and stop with a UsageError; only .mjs and .cjs load.
export default {
  // An allow-list, so the packages hold only what ships. The folders themselves
  // ("dist", not only "dist/**") must be allowed: web-ext asks about each
  // folder before it looks inside.
  ignoreFiles: [
    '**',
    '!manifest.json',
    '!managed_schema.json',
    '!dist',
    '!dist/**',
    '!icons',
    '!icons/*.png',
    '!_locales',
    '!_locales/**',
    'dist/cli.js',
    'dist/*.map',
  ],
  build: { overwriteDest: true, filename: 'offline-im-build-checker-{version}.zip' },
  run: {
    startUrl: ['http://127.0.0.1:8765/client-version-summary.html'],
  },
};
