// The built CLI, run for real: verdicts for the shared build table, input
// forms and encodings, output formats, language and colour.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';
import { buildCli, cleanEnv, root, runCli } from './build-cli.ts';

let cli = '';
const dir = `${root}.tmp/engine-cli/inputs`;

interface JsonReport {
  findings: { line: number; text: string; version: string; family: string; verdicts: { online: string; onprem: string }; clientVerdicts: { online: string; onprem: string }; reasons: { online: string; onprem: string }; user: string | null; start: number; end: number }[];
  unrecognized: { line: number; text: string; note?: string; noteKey?: string }[];
  prerequisites: { line: number; kind: string; identity?: string; blocking: boolean; message: string }[];
  summary: { lines: number; findings: number; byLocation: Record<string, Record<string, number>> };
}

function utf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

beforeAll(async () => {
  cli = await buildCli('cli-test');
  mkdirSync(dir, { recursive: true });
}, 60_000);

describe('verdicts through --json', () => {
  it('every BUILD_CASES row, one per line, gives its version, family and verdicts', async () => {
    const text = BUILD_CASES.map((c) => c.input).join('\n');
    const r = await runCli(cli, ['--json', '--pretty'], { stdin: text });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toHaveLength(BUILD_CASES.length);
    BUILD_CASES.forEach((c, i) => {
      const f = report.findings[i]!;
      expect({ line: f.line, version: f.version, family: f.family, verdicts: f.verdicts }, c.why).toEqual({ line: i + 1, version: c.version, family: c.family, verdicts: { online: c.online, onprem: c.onprem } });
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.reasons.online.length).toBeGreaterThan(10);
      expect(f.reasons.online).not.toMatch(/\{\w+\}/);
      // The user on the line, when the line names one (only the CSV row with alice does).
      expect(f.user).toBe(c.input.includes('@') ? 'alice@contoso.com' : null);
    });
  });

  it('NOT_A_BUILD lines give no finding and are listed as unrecognised', async () => {
    const r = await runCli(cli, ['--json', '--pretty'], { stdin: NOT_A_BUILD.join('\r\n') });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings).toEqual([]);
    expect(report.unrecognized.map((u) => u.text)).toEqual([...NOT_A_BUILD]);
    expect(report.unrecognized.find((u) => u.text === '10.0.19045.3803')).toMatchObject({ noteKey: 'ignored_windows' });
  });

  it('verdicts hold both locations whatever --mailbox says; prerequisites and summary are there', async () => {
    const input = '16.0.6701.1000\nEnableOfflineIM : False\nnoise';
    const report = JSON.parse((await runCli(cli, ['--json', '--mailbox', 'onprem'], { stdin: input })).stdout) as JsonReport;
    // EnableOfflineIM False blocks the client that would be eligible; the build's own verdict stays beside it.
    expect(report.findings[0]!.verdicts).toEqual({ online: 'blocked', onprem: 'upgrade-required' });
    expect(report.findings[0]!.clientVerdicts).toEqual({ online: 'eligible', onprem: 'upgrade-required' });
    expect(report.summary).toMatchObject({ blocked: true });
    expect(report.prerequisites).toEqual([expect.objectContaining({ line: 2, kind: 'offline-im-switch', blocking: true })]);
    expect(report.summary).toMatchObject({ lines: 3, findings: 1 });
    expect(report.unrecognized).toEqual([{ line: 3, text: 'noise' }]);
  });
});

describe('input', () => {
  const sample = 'Версия 1605 (сборка 6965.2058 нажми и работай)\r\nUCCAPI/16.0.6920.1000 OC/16.0.6870.2001 (Skype for Business)\r\n';

  it('a file and standard input ("-" or nothing) give the same report', async () => {
    const file = `${dir}/sample.txt`;
    writeFileSync(file, sample);
    const fromFile = await runCli(cli, ['--json', file]);
    const fromDash = await runCli(cli, ['--json', '-'], { stdin: sample });
    const fromPipe = await runCli(cli, ['--json'], { stdin: sample });
    expect(fromFile.code).toBe(0);
    expect(JSON.parse(fromFile.stdout).findings).toHaveLength(2);
    expect(fromDash.stdout).toBe(fromFile.stdout);
    expect(fromPipe.stdout).toBe(fromFile.stdout);
  });

  it('UTF-16 LE with BOM, as Windows PowerShell ">" writes it, and UTF-8 with BOM', async () => {
    writeFileSync(`${dir}/utf16.txt`, utf16le(sample));
    writeFileSync(`${dir}/utf8bom.txt`, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)]));
    for (const name of ['utf16.txt', 'utf8bom.txt']) {
      const r = await runCli(cli, ['--json', `${dir}/${name}`]);
      expect(r.code, name).toBe(0);
      const report = JSON.parse(r.stdout) as JsonReport;
      expect(report.findings.map((f) => f.version), name).toEqual(['16.0.6965.2058', '16.0.6870.2001']);
      expect(report.findings[0]!.text, name).toBe('сборка 6965.2058');
    }
  });

  it('UTF-16 LE through standard input', async () => {
    const r = await runCli(cli, ['--json'], { stdin: utf16le(sample) });
    expect((JSON.parse(r.stdout) as JsonReport).findings).toHaveLength(2);
  });

  it('empty input is fine: no findings, exit 0', async () => {
    const r = await runCli(cli, []);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No client builds found.');
  });

  it('100,000 lines stream out completely', async () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => (i % 2 ? `user${i};UCCAPI/16.0.${6000 + (i % 2000)}.1000 OC/16.0.${6000 + (i % 2000)}.2000 (Skype for Business)` : `noise ${i}`));
    const r = await runCli(cli, ['--csv'], { stdin: lines.join('\n') });
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toMatch(/^line,version,family,online,onprem/);
    expect(rows.filter((row) => row !== '')).toHaveLength(50_001);
    expect(rows[50_000]).toMatch(/^100000,16\.0\.7999\.2000,win16,/);
  }, 60_000);
});

/** Minimal RFC 4180 reader for checking the CLI's CSV. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe('--csv', () => {
  it('one row per finding, RFC 4180 quoting, formula cells neutralised', async () => {
    const input = [
      '=HYPERLINK("http://evil.example","x") 16.0.7000.1000',
      '+SUM(1;2) 16.0.7000.1000',
      '-2+3 16.0.6701.999',
      '@cmd 15.0.4569.1503',
      '\t=1+1 16.0.6920.1000',
      'Иванов, "Пётр" 16.0.4266.1001',
    ].join('\n');
    const r = await runCli(cli, ['--csv'], { stdin: input });
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(['line', 'version', 'family', 'online', 'onprem', 'reason_online', 'reason_onprem', 'text', 'line_text', 'user']);
    expect(rows).toHaveLength(7);
    const lineText = rows.slice(1).map((row) => row[8]);
    expect(lineText).toEqual([
      `'=HYPERLINK("http://evil.example","x") 16.0.7000.1000`,
      "'+SUM(1;2) 16.0.7000.1000",
      "'-2+3 16.0.6701.999",
      "'@cmd 15.0.4569.1503",
      "'\t=1+1 16.0.6920.1000",
      'Иванов, "Пётр" 16.0.4266.1001',
    ]);
    // No unquoted cell of the raw output starts a formula.
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[3]!.slice(0, 5)).toEqual(['3', '16.0.6701.999', 'win16', 'upgrade-required', 'upgrade-required']);
    expect(rows[6]![2]).toBe('win16-msi-range');
  });
});

describe('errors: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['/nonexistent/report.txt'], /no such file/],
    ['directory', ['.tmp'], /is a directory/],
    ['unknown flag', ['--frobnicate'], /unknown option --frobnicate/],
    ['bad --mailbox', ['--mailbox', 'cloud'], /--mailbox must be online, onprem or both/],
    ['--mailbox without value', ['--mailbox'], /--mailbox needs a value/],
    ['two files', ['a.txt', 'b.txt'], /one input at most/],
    ['bad --lang', ['--lang', 'de'], /--lang must be en or ru/],
    ['--json with --csv', ['--json', '--csv'], /--json or --csv/],
    ['a switch with a value', ['--json=yes'], /--json takes no value, not "yes"/],
    ['a dash-led value given apart', ['--policy-rules', 'Allow', '--policy-description', '-x'], /write --policy-description=-x|written --policy-description=-x/],
  ];
  it.each(cases)('%s', async (_name, args, message) => {
    const r = await runCli(cli, args, { stdin: '16.0.6920.1000' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr.startsWith('offline-im-check: ')).toBe(true);
  });

  it('binary file', async () => {
    const file = `${dir}/binary.bin`;
    writeFileSync(file, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 37 + 11) % 256)));
    const r = await runCli(cli, [file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is not text/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stdout).toBe('');
  });

  it('errors speak Russian with --lang ru', async () => {
    const r = await runCli(cli, ['--lang', 'ru', '/nonexistent/report.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/файл не найден/);
  });

  it('--help prints usage to stdout and exits 0', async () => {
    const r = await runCli(cli, ['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: offline-im-check/);
    expect(r.stdout).toMatch(/Exit status: 0/);
  });
});

describe('table output', () => {
  const input = ['UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)', '16.0.6701.1000', '16.0.6965.2058', 'OC/15.0.4569.1503 (Microsoft Lync)', 'EnableOfflineIM : False', 'nothing here'].join('\n');

  it('groups by build with counts, family, a verdict word and reason per location, then a summary', async () => {
    const r = await runCli(cli, [], { stdin: input });
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^16\.0\.6965\.2058 {2}Skype for Business 2016/m);
    expect(out).toMatch(/Clients: 2 · lines 1, 3/);
    // EnableOfflineIM False (line 5) blocks every eligible client, also those found before it.
    expect(out).toMatch(/Exchange Online: +⊘ Blocked by server setting +Build 16\.0\.6965\.2058 is at or above 16\.0\.6701\.1000, but EnableOfflineIM is False \(Global, line 5\)/);
    expect(out).toMatch(/Exchange on-premises: +↑ Update needed +Build 16\.0\.6701\.1000 is below 16\.0\.6920\.1000/);
    expect(out).toMatch(/✗ Not supported +15\.0\.4569\.1503 is Lync 2013/);
    expect(out).toMatch(/Lines read: 6/);
    expect(out).toMatch(/Clients found: 4 \(distinct builds: 3\)/);
    expect(out).toMatch(/Exchange Online +0 +0 +3 +1 +0/);
    expect(out).toMatch(/Exchange on-premises +0 +1 +2 +1 +0/);
    expect(out).toMatch(/Lines without a client build \(1\)\n {2}line 6: nothing here/);
    expect(out).toMatch(/line 5: ✗ BLOCKING EnableOfflineIM is False/);
    expect(out).toMatch(/Lines without a client build: 1/);
  });

  it('no escape codes when stdout is not a terminal, or with NO_COLOR', async () => {
    for (const env of [cleanEnv(), cleanEnv({ NO_COLOR: '1' })]) {
      const r = await runCli(cli, [], { stdin: input, env });
      expect(r.stdout).not.toContain('\x1b');
      expect(r.stdout).toContain('Eligible');
    }
  });

  it('--mailbox onprem shows only on-premises verdicts', async () => {
    const r = await runCli(cli, ['--mailbox', 'onprem'], { stdin: input });
    expect(r.stdout).toContain('Exchange on-premises:');
    expect(r.stdout).not.toContain('Exchange Online');
    expect(r.stdout).toMatch(/16\.0\.6701\.1000[^\n]*\n[^\n]*\n {2}Exchange on-premises: +↑ Update needed/);
  });

  it('--mailbox online shows only Exchange Online verdicts', async () => {
    const r = await runCli(cli, ['--mailbox=online'], { stdin: input });
    expect(r.stdout).toContain('Exchange Online:');
    expect(r.stdout).not.toContain('on-premises');
  });

  it('--lang ru prints Russian, and so does a Russian locale', async () => {
    const byFlag = await runCli(cli, ['--lang', 'ru'], { stdin: input });
    const byLocale = await runCli(cli, [], { stdin: input, env: cleanEnv({ LANG: 'ru_RU.UTF-8' }) });
    for (const r of [byFlag, byLocale]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Итоги');
      expect(r.stdout).toContain('Клиентов: 2');
      expect(r.stdout).toMatch(/офлайн-сообщения отключены для всех/);
      expect(r.stdout).not.toContain('Summary');
    }
    const english = await runCli(cli, ['--lang', 'en'], { stdin: input, env: cleanEnv({ LC_ALL: 'ru_RU.UTF-8' }) });
    expect(english.stdout).toContain('Summary');
  });
});

describe('terminals and pipes', () => {
  // util-linux `script` gives the CLI a real terminal.
  const hasScript = existsSync('/usr/bin/script');

  it('stops quietly when the reader goes away (| head)', async () => {
    const { spawnSync } = await import('node:child_process');
    const big = Array.from({ length: 50_000 }, (_, i) => `16.0.${7000 + (i % 500)}.1000`).join('\n');
    writeFileSync(`${dir}/big.txt`, big);
    const r = spawnSync('bash', ['-c', `set -o pipefail; node "${cli}" --json "${dir}/big.txt" | head -c 100 > /dev/null; echo "status=$?"`], { encoding: 'utf8', env: cleanEnv() });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });

  it.runIf(hasScript)('on a terminal: colour unless NO_COLOR, and usage with exit 2 when no input is given', async () => {
    const { spawnSync } = await import('node:child_process');
    writeFileSync(`${dir}/tty.txt`, '16.0.6920.1000\n15.0.4569.1503\n');
    const run = (command: string, env: NodeJS.ProcessEnv) => spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env });
    const coloured = run(`node "${cli}" "${dir}/tty.txt"`, cleanEnv());
    expect(coloured.stdout).toContain('\x1b[32m');
    expect(coloured.stdout).toContain('Eligible');
    const plain = run(`node "${cli}" "${dir}/tty.txt"`, cleanEnv({ NO_COLOR: '1' }));
    expect(plain.stdout).not.toContain('\x1b[');
    expect(plain.stdout).toContain('Not supported');
    const noInput = run(`node "${cli}"; echo "status=$?"`, cleanEnv());
    expect(noInput.stdout).toMatch(/Usage: offline-im-check/);
    expect(noInput.stdout).toMatch(/status=2/);
  });
});

describe('the thresholds in force and the server switches', () => {
  it('--minimum-build raises the threshold: a build between Microsoft\'s and the organisation\'s needs an update', async () => {
    const r = await runCli(cli, ['--json', '--minimum-build', '16.0.17928.20115'], { stdin: '16.0.17928.20114\n16.0.17928.20115\n' });
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.findings.map((f) => f.verdicts)).toEqual([
      { online: 'upgrade-required', onprem: 'upgrade-required' },
      { online: 'eligible', onprem: 'eligible' },
    ]);
    // Compact --json gives reasons as message keys with their params.
    expect((report.findings[0]!.reasons.online as unknown as { key: string }).key).toBe('managed_reason_below_minimum');
    expect(r.stderr).toBe('');
  });

  it('a minimum below Microsoft\'s threshold is ignored with a warning; a malformed one is a usage error', async () => {
    const low = await runCli(cli, ['--json', '--minimum-build', '16.0.6000.1000'], { stdin: '16.0.6701.1000\n' });
    expect(low.code).toBe(0);
    expect((JSON.parse(low.stdout) as JsonReport).findings[0]!.verdicts.online).toBe('eligible');
    expect(low.stderr).toMatch(/warning: the minimum build 16\.0\.6000\.1000 is not above/);
    const bad = await runCli(cli, ['--minimum-build', '16.0.x'], { stdin: '16.0.6701.1000\n' });
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/--minimum-build needs a four-part build/);
  });

  it('EnableOfflineIM False: the table says so on its first line, and eligible clients are blocked', async () => {
    const r = await runCli(cli, [], { stdin: '16.0.17928.20114\nIdentity : Global\nEnableOfflineIM : False\n' });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^⊘ BLOCKING: EnableOfflineIM is False \(Global\)/);
    expect(r.stdout).toMatch(/Exchange Online: +⊘ Blocked by server setting +Build 16\.0\.17928\.20114 is at or above 16\.0\.6701\.1000, but EnableOfflineIM is False/);
  });
});

