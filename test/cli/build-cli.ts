// Builds the real CLI bundle (scripts/build-options.mjs, as npm run build
// does) into .tmp, and runs it as a child process.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { cliBuildOptions } from '../../scripts/build-options.mjs';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles src/cli/main.ts to .tmp/engine-cli/<name>/cli.js and returns its path. */
export async function buildCli(name: string): Promise<string> {
  const outdir = `${root}.tmp/engine-cli/${name}`;
  mkdirSync(outdir, { recursive: true });
  await esbuild.build(cliBuildOptions({ root, outdir }));
  return `${outdir}/cli.js`;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment without the caller's locale and colour settings, so that tests decide them. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of ['LANG', 'LC_ALL', 'LC_MESSAGES', 'NO_COLOR', 'FORCE_COLOR']) delete env[key];
  return { ...env, ...extra };
}

/** Runs `node cli.js args…` with `stdin` piped in (or closed), returning its exit code and output. */
export function runCli(cli: string, args: string[], options: { stdin?: string | Uint8Array; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { env: options.env ?? cleanEnv(), cwd: options.cwd ?? root, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {
      // The CLI may exit (bad usage) before reading its input.
    });
    child.stdin.end(options.stdin ?? '');
  });
}
