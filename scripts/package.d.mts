// Types for scripts/package.mjs, for the TypeScript tests that call it.
export declare const NAME: string;
export interface PackageOptions {
  root?: string;
  distDir?: string;
  outDir?: string;
  build?: boolean;
  lint?: boolean;
}
export interface Packaged {
  version: string;
  chrome: string;
  firefox: string;
  source: string;
  files: string[];
}
export declare function checkVersions(root?: string): string;
export declare function buildExtension(root: string, distDir: string): void;
export declare function stage(root: string, distDir: string): string;
export declare function webExtBuild(root: string, stageDir: string): Buffer;
export declare function reproducibleZip(files: Record<string, Uint8Array>): Buffer;
export declare function checkContents(files: Record<string, Uint8Array>): string[];
export declare function checkReleaseBuild(files: Record<string, Uint8Array>): void;
export declare function sourceFiles(root: string): Record<string, Uint8Array>;
export declare function packageExtension(options?: PackageOptions): Packaged;
