// Types for scripts/chromium-args.mjs, for the TypeScript tests that use it.
export declare const CHROMIUM: string;
export declare function extensionArgs(extensionDir: string): string[];
