declare module '*.css';
declare module '*.svg' {
  const text: string;
  export default text;
}

/** Build-time constant (esbuild define, scripts/build-options.mjs): false in a release build, which then has no test hooks. */
declare const __TEST_HOOKS__: boolean;
