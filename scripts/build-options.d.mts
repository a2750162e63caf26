// Types for scripts/build-options.mjs, for the TypeScript tests that use it.
import type { BuildOptions } from 'esbuild';

export interface BuildOptionsInput {
  root: string;
  outdir: string;
  watch?: boolean;
  /** Leave out the test hooks (a build for the stores). */
  release?: boolean;
}
export declare const TEST_HOOK_GLOBAL: string;
export declare function cliBuildOptions(input: BuildOptionsInput): BuildOptions;
export declare function buildOptions(input: BuildOptionsInput): BuildOptions[];
