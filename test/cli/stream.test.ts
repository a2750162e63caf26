// The CLI on inputs larger than its read chunk: builds, CRLF and UTF-16 code
// units split between chunks, files and pipes alike; formats streamed; a NUL
// stream refused at once; input text never reaching the terminal raw; every
// CSV cell that a spreadsheet could run neutralised.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../../src/core/scan.ts';
import { CHUNK } from '../../src/cli/input.ts';
import { LONG_LINE } from '../../src/core/scan-stream.ts';
import { AUTO_THREADS_BYTES } from '../../src/cli/threads.ts';
import { buildCli, cleanEnv, root, runCli } from './build-cli.ts';

let cli = '';
const dir = `${root}.tmp/engine-cli/stream`;

const LINES = [
  'alice@contoso.com;UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business);12',
  'Version 1605 (Build 6965.2058 Click-to-Run)',
  'Версия 1605 (сборка 7070.2036 нажми и работай)',
  '16.0.6701.1000',
  'OC/15.0.4569.1503 (Microsoft Lync)',
  'Microsoft Windows [Version 10.0.19045.3803]',
  'nothing here at all',
  'EnableIMAutoArchiving : False',
  '',
];

/** About `bytes` of report lines, mixed CRLF / LF / CR breaks, deterministic. */
function report(bytes: number, lines: readonly string[] = LINES): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${lines[i % lines.length]!}${' '.repeat(i % 7)}${['\r\n', '\n', '\r\n', '\r'][i % 4]!}`;
    out.push(line);
    size += Buffer.byteLength(line);
  }
  return out.join('');
}

interface Rec {
  type: string;
  line: number;
  start: number;
  end: number;
  version: string;
  /** Finding text, or an unrecognised line's text. */
  text?: string;
  verdicts: { online: string; onprem: string };
  lines?: number;
  findings?: number;
}

function jsonl(stdout: string): Rec[] {
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Rec);
}

const positions = (records: readonly Rec[]) => records.filter((r) => r.type === 'finding').map((r) => `${r.line}:${r.start}:${r.end}:${r.version}`);

beforeAll(async () => {
  cli = await buildCli('stream-test');
  mkdirSync(dir, { recursive: true });
}, 60_000);

describe('input larger than a chunk', () => {
  const text = report(CHUNK * 3 + 12345);
  const whole = scan(text);
  const expected = whole.findings.map((f) => `${f.line}:${f.start}:${f.end}:${f.version}`);

  it('a file, a pipe and one scan of the whole text find the same builds at the same lines and offsets', async () => {
    writeFileSync(`${dir}/big.txt`, text);
    const fromFile = jsonl((await runCli(cli, ['--jsonl', `${dir}/big.txt`])).stdout);
    const fromPipe = jsonl((await runCli(cli, ['--jsonl'], { stdin: text })).stdout);
    expect(positions(fromFile)).toEqual(expected);
    expect(positions(fromPipe)).toEqual(expected);
    expect(fromFile.at(-1)).toMatchObject({ type: 'summary', lines: whole.summary.lines, findings: whole.summary.findings });
  }, 120_000);

  it('builds and CRLF placed exactly across the chunk boundary are read once', async () => {
    // Byte CHUNK-1 is the CR of a CRLF; a build straddles the next boundary.
    const head = `${'x'.repeat(CHUNK - 1)}\r\n`;
    const build = '16.0.6920.1000';
    const pad = 'y'.repeat(CHUNK * 2 - head.length - 5);
    const input = `${head}${pad}${build}\r\nlast 15.0.4569.1503`;
    writeFileSync(`${dir}/boundary.txt`, input);
    const records = jsonl((await runCli(cli, ['--jsonl', `${dir}/boundary.txt`])).stdout);
    expect(positions(records)).toEqual([`2:${head.length + pad.length}:${head.length + pad.length + build.length}:16.0.6920.1000`, `3:${input.length - 14}:${input.length}:15.0.4569.1503`]);
    expect(records.at(-1)).toMatchObject({ type: 'summary', lines: 3 });
  }, 120_000);

  it('UTF-16 LE with BOM, code units split across chunks, gives the same findings as UTF-8', async () => {
    const odd = `é${text}`;
    writeFileSync(`${dir}/big16.txt`, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(odd, 'utf16le')]));
    const records = jsonl((await runCli(cli, ['--jsonl', `${dir}/big16.txt`])).stdout);
    expect(positions(records)).toEqual(scan(odd).findings.map((f) => `${f.line}:${f.start}:${f.end}:${f.version}`));
  }, 120_000);

  it('--json streams one valid object: compact, reasons as keys with one messages table', async () => {
    const r = await runCli(cli, ['--json', `${dir}/big.txt`]);
    const report = JSON.parse(r.stdout) as { findings: { reasons: { online: { key: string } }; user: unknown }[]; unrecognized: unknown[]; messages: Record<string, string> ; summary: { findings: number } };
    expect(report.findings).toHaveLength(whole.findings.length);
    expect(report.unrecognized).toHaveLength(whole.unrecognized.length);
    expect(r.stdout.split('\n')).toHaveLength(2);
    for (const f of report.findings) expect(report.messages[f.reasons.online.key]).toMatch(/\{version\}|\{text\}/);
    expect(report.findings[0]!.user === null || typeof report.findings[0]!.user === 'string').toBe(true);
  }, 120_000);
});

describe('the server switch anywhere in the input', () => {
  const input = '16.0.6965.2058\n16.0.6701.1000\nIdentity : Global\nEnableOfflineIM : False\n';

  it('in a file, blocks eligible clients from the first line on (a pre-pass finds it)', async () => {
    writeFileSync(`${dir}/switch.txt`, input);
    const records = jsonl((await runCli(cli, ['--jsonl', `${dir}/switch.txt`])).stdout);
    expect(records.filter((r) => r.type === 'finding').map((r) => r.verdicts)).toEqual([
      { online: 'blocked', onprem: 'blocked' },
      { online: 'blocked', onprem: 'upgrade-required' },
    ]);
  });

  it('in a file, whatever the case the switch is written in', async () => {
    // Far enough apart that the findings are written before the switch is read.
    const filler = 'INFO session closed\n'.repeat(20_000);
    writeFileSync(`${dir}/switch-mixed.txt`, `16.0.6965.2058\n16.0.6701.1000\n${filler}Identity : Global\nenableOfflineIm : False\n`);
    const records = jsonl((await runCli(cli, ['--jsonl', `${dir}/switch-mixed.txt`])).stdout);
    expect(records.filter((r) => r.type === 'finding').map((r) => r.verdicts.online)).toEqual(['blocked', 'blocked']);
  });

  it('on standard input, rows already written stay as judged; the summary counts them blocked', async () => {
    const records = jsonl((await runCli(cli, ['--jsonl'], { stdin: input })).stdout);
    expect(records.at(-1)).toMatchObject({ type: 'summary', byLocation: { online: { eligible: 0, blocked: 2 } } });
  });
});

describe('refusals and errors', () => {
  it('a NUL stream (/dev/zero) is refused at once: exit 2, one line', async () => {
    const zero = openSync('/dev/zero', 'r');
    const started = Date.now();
    const r = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli], { stdio: [zero, 'pipe', 'pipe'], env: cleanEnv() });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      });
    });
    closeSync(zero);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^offline-im-check: standard input is not text[^\n]*\n$/);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('a reader that goes away (| head) leaves no message, whatever the format', () => {
    writeFileSync(`${dir}/epipe.txt`, report(CHUNK * 4));
    // One thread, and worker threads (what a file of 8 MiB or more gets by default).
    for (const format of ['--json', '--jsonl', '--csv', '--json --threads 2', '--jsonl --threads 2', '--csv --threads 2']) {
      const r = spawnSync('bash', ['-c', `set -o pipefail; node "${cli}" ${format} "${dir}/epipe.txt" | head -c 100 > /dev/null; echo "status=$?"`], { encoding: 'utf8', env: cleanEnv() });
      expect(r.stdout.trim(), format).toBe('status=0');
      expect(r.stderr, format).toBe('');
    }
  }, 120_000);

  it('--version prints the package version', async () => {
    const r = await runCli(cli, ['--version']);
    expect(r.stdout).toMatch(/^offline-im-check \d+\.\d+\.\d+\n$/);
  });

  it('BlockWithUrl without a URL names --action-url', async () => {
    const r = await runCli(cli, ['--policy-rules', 'BlockWithUrl'], { stdin: '16.0.6701.1000\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--action-url');
  });
});

describe('safe output', () => {
  it('the table shows control characters from the input as escapes, never raw', async () => {
    const hostile = [
      '\x1b[2J\x1b[H clear screen 16.0.6701.1000',
      '\x1b]52;c;ZXZpbA==\x07 clipboard write',
      '\x9b31m C1 CSI and \x7f DEL 10.0.19045.3803',
      'right-to-left \u202e override',
      'EnableIMAutoArchiving : False',
      'Identity : evil\x1b[31m',
      'EnableIMAutoArchiving : False',
    ].join('\n');
    const r = await runCli(cli, [], { stdin: hostile });
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex -- raw control characters are what must not appear
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
    expect(r.stdout).toContain('\\x1b]52;c;ZXZpbA==\\x07');
    expect(r.stdout).toContain('\\x9b31m');
    expect(r.stdout).toContain('\\u202e');
    expect(r.stdout).toContain('evil\\x1b[31m');
  });

  it('CSV neutralises every cell a spreadsheet could run: after blanks, NBSP, \\v, \\f, ESC, and full-width signs', async () => {
    const starts = [' =1+1', '\u00a0=1+1', '\v=1+1', '\f=1+1', '\x1b=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '=HYPERLINK("x")', '+1', '-1', '@x', '\t=1', '\r=1'];
    const input = starts.map((s) => `${s};16.0.6920.1000`).join('\n');
    const r = await runCli(cli, ['--csv'], { stdin: input });
    const rows = r.stdout.split('\r\n').slice(1, -1);
    // The line_text cell (9th) of each row starts with the apostrophe guard, inside quotes where quoting is needed.
    const lineCells = rows.map((row) => row.split(',')[8]!);
    // '\r=1' ends a line at its CR: that row's line text is '=1 16.0…', guarded all the same.
    expect(lineCells).toHaveLength(starts.length);
    for (const cell of lineCells) expect(cell, cell).toMatch(/^"?'/);
  });
});

// Twelve whole-CLI runs over a 9 MiB file each: minutes on a loaded 2-core CI machine; the test asserts output, not time.
describe('worker threads (--threads)', () => {
  it('give the same output as one thread, byte for byte, in every format', async () => {
    const file = `${dir}/threads.txt`;
    expect(9 * CHUNK).toBeGreaterThanOrEqual(AUTO_THREADS_BYTES);
    // Nine 1 MiB blocks and a bit; lines of every kind, CRLF, LF and lone CR mixed. No server switch
    // (a file naming one is read by one thread, for the PowerShell table reader's sake).
    const text = report(9 * CHUNK + 4321, LINES.filter((l) => !l.startsWith('Enable')));
    expect(text).not.toMatch(/enable(offlineim|imautoarchiving)/i);
    writeFileSync(file, text);
    for (const format of [[], ['--json'], ['--jsonl'], ['--csv']]) {
      const one = await runCli(cli, [...format, '--threads', '1', file]);
      const many = await runCli(cli, [...format, '--threads', '3', file]);
      // Without --threads a file this large is shared by two threads when the machine has two cores (threads.ts).
      const unasked = await runCli(cli, [...format, file]);
      expect(one.code).toBe(0);
      expect(many.stderr).toBe('');
      expect(many.stdout.length, format.join(' ')).toBe(one.stdout.length);
      expect(many.stdout === one.stdout, format.join(' ')).toBe(true);
      expect(unasked.stderr).toBe('');
      expect(unasked.stdout === one.stdout, `${format.join(' ')} unasked`).toBe(true);
    }
  }, 300_000);

  it('give the same answers as one thread where a heading far above, or a record begun in the block before, says what a build is', async () => {
    const file = `${dir}/threads-headings.csv`;
    // Each part spans blocks: the header or the prompt stands only in the first block of its part.
    const rows = (n: number, row: (i: number) => string) => Array.from({ length: n }, (_, i) => row(i));
    const text = [
      'Computer,Outlook Version',
      ...rows(60_000, (i) => `PC${i},16.0.17928.${20_000 + (i % 500)}`),
      '',
      'PS C:\\> (Get-SPFarm).BuildVersion',
      '',
      ...rows(30_000, (i) => `16.0.10337.${12_000 + (i % 100)}`),
      '',
      'User,Skype for Business version',
      ...rows(60_000, (i) => `user${i},16.0.6965.${2000 + (i % 100)}`),
    ].join('\r\n');
    expect(text.length).toBeGreaterThan(3 * CHUNK);
    writeFileSync(file, text);
    // Format-List records of several lines: some block boundaries fall inside one, between its name and its version.
    const recordsFile = `${dir}/threads-records.txt`;
    const records = rows(30_000, (i) => `DisplayName    : ${i % 3 ? 'Skype for Business 2016' : 'Microsoft Visio'}\r\nPublisher      : Microsoft\r\nComment        : ${'x'.repeat(i % 40)}\r\nDisplayVersion : 16.0.${6965 + (i % 900)}.2058\r\n`);
    writeFileSync(recordsFile, records.join('\r\n'));
    for (const [input, format] of [file, recordsFile].flatMap((f) => [[], ['--json'], ['--jsonl']].map((fmt) => [f, fmt] as const))) {
      const one = await runCli(cli, [...format, '--threads', '1', input]);
      const two = await runCli(cli, [...format, '--threads', '2', input]);
      expect(one.code).toBe(0);
      expect(two.stderr).toBe('');
      expect(two.stdout === one.stdout, `${input} ${format.join(' ')}`).toBe(true);
    }
    // And what one thread says is the headings' word: only the Skype column's builds are clients.
    const found = jsonl((await runCli(cli, ['--jsonl', '--threads', '2', file])).stdout).filter((r) => r.type === 'finding');
    expect(found.length).toBe(60_000);
    expect(found.every((r) => r.version.startsWith('16.0.6965.'))).toBe(true);
  }, 300_000);

  it('leave a file with a line longer than LONG_LINE to one thread, which reads it in parts', async () => {
    const file = `${dir}/threads-long-line.txt`;
    const lines = LINES.filter((l) => !l.startsWith('Enable'));
    // A hostile line without a break, longer than the engine's LONG_LINE, between ordinary blocks.
    const before = report(2 * CHUNK, lines);
    const long = '1.2.3 '.repeat(Math.ceil((LONG_LINE + CHUNK) / 6));
    writeFileSync(file, `${before}\r\n${long}\r\n${report(CHUNK, lines)}`);
    const one = await runCli(cli, ['--jsonl', '--threads', '1', file]);
    const two = await runCli(cli, ['--jsonl', '--threads', '2', file]);
    expect(one.code).toBe(0);
    // One thread lists the long line's parts among the lines without a build; two threads say the same.
    const parts = jsonl(one.stdout).filter((r) => r.type === 'unrecognized' && /^[.\d]*\.[23] 1\.2\.3 1\.2\.3/.test(r.text ?? ''));
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map((r) => r.line)).size).toBe(1);
    expect(two.stderr).toBe('');
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('find a switch name cut by the point where two workers\' searches meet', async () => {
    const file = `${dir}/threads-switch-middle.txt`;
    const lines = LINES.filter((l) => !l.startsWith('Enable'));
    const before = report(3 * CHUNK, lines);
    const switchLines = 'Identity : Global\r\nEnableOfflineIM : False\r\n';
    // The file's middle byte (where --threads 2 splits the search) falls 5 bytes into "EnableOfflineIM".
    const after = report(Buffer.byteLength(before) - 200, lines);
    const pad = Buffer.byteLength(before) + 4 - Buffer.byteLength(after);
    const text = `${before}${switchLines}${after}${'x'.repeat(pad - 2)}\r\n`;
    const size = Buffer.byteLength(text);
    const nameStart = Buffer.byteLength(before) + 'Identity : Global\r\n'.length;
    expect(Math.floor(size / 2) - nameStart).toBe(5);
    writeFileSync(file, text);
    const one = await runCli(cli, ['--jsonl', '--threads', '1', file]);
    const two = await runCli(cli, ['--jsonl', '--threads', '2', file]);
    expect(jsonl(one.stdout).some((r) => r.type === 'finding' && r.line === 1 && r.verdicts.online === 'blocked')).toBe(true);
    expect(two.stderr).toBe('');
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('leave a file naming EnableOfflineIM to one thread, though they had started on it', async () => {
    const file = `${dir}/threads-switch.txt`;
    // The switch in the last block: it blocks the eligible builds of every line before it.
    const text = `${report(5 * CHUNK, LINES.filter((l) => !l.startsWith('Enable')))}Identity : Global\r\nEnableOfflineIM : False\r\n`;
    writeFileSync(file, text);
    const one = await runCli(cli, ['--jsonl', '--threads', '1', file]);
    const two = await runCli(cli, ['--jsonl', '--threads', '2', file]);
    expect(one.code).toBe(0);
    expect(jsonl(one.stdout).some((r) => r.type === 'finding' && r.line === 1 && r.verdicts.online === 'blocked')).toBe(true);
    expect(two.stderr).toBe('');
    expect(two.stdout === one.stdout).toBe(true);
  }, 120_000);
});
