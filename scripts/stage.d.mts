// Types for scripts/stage.mjs, for the TypeScript tests that use it.
import type { Server } from 'node:http';

export declare const ROOT: string;
export declare const SHIPPED: readonly string[];
export declare const NEVER_SHIPPED: readonly RegExp[];

export interface StageOptions {
  /** The repository (default: this one). */
  root?: string;
  /** The build to stage (default <root>/dist). */
  dist?: string;
  /** Where to stage (default: a fresh temporary folder). */
  dir?: string;
  /** host_permissions for a test copy (Firefox cannot grant activeTab from automation). */
  hostPermissions?: string[];
  /** Changes to the staged manifest. */
  patchManifest?: (manifest: Record<string, unknown>) => void;
}
export declare function stageExtension(options?: StageOptions): string;

export interface ServeOptions {
  /** The folder to serve (default test/fixtures). */
  root?: string;
  /** 0 (default) takes a free port; a busy fixed port falls back to a free one. */
  port?: number;
  /** The file that answers "/". */
  index?: string;
  /** Called when the fixed port is busy, before falling back. */
  onBusy?: (port: number) => void;
}
export interface FixtureServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}
export declare function serveFixtures(options?: ServeOptions): Promise<FixtureServer>;
