// Types for scripts/sync-manifest-version.mjs, for the TypeScript tests that call it.
export declare function manifestVersionFor(packageVersion: string): string | Error;
export declare function syncManifestVersion(root: string): string;
