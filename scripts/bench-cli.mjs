// The CLI mode of `npm run bench` (node scripts/bench.mjs --cli): the whole
// CLI process on a generated IIS-style log (1 GiB by default, kept in .tmp/)
// against a bare streaming read-and-regex pass in Node over the same file,
// same run, interleaved. Wall time, MB/s and peak RSS as the OS measured it
// (/usr/bin/time -f %M when installed, else VmHWM from /proc/<pid>/status).
import * as esbuild from 'esbuild';
import { prng } from './prng.mjs';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}.tmp/bench-cli`;
const MIB = 1 << 20;


/** A W3C-format IIS log of a Front End pool: Skype for Business clients' web service calls. */
async function generateIisLog(file, bytes) {
  const rand = prng(20160614);
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  const users = Array.from({ length: 2000 }, (_, i) => `CONTOSO\\${pick(['alice', 'bob', 'carol', 'dmitry', 'olga', 'pierre', 'ivan', 'maria'])}${i}`);
  const builds = ['16.0.4266.1001', '16.0.6965.2058', '16.0.7070.2036', '16.0.6701.1000', '16.0.6920.1000', '16.0.17928.20114', '16.0.11929.20300', '15.0.4569.1503', '15.0.5101.1002', '4.0.7577.4484'];
  const agents = [
    (b) => `UCCAPI/${b}+OC/${b}+(Skype+for+Business)`,
    (b) => `OC/${b}+(Microsoft+Lync)`,
    () => 'Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/120.0.0.0+Safari/537.36',
    () => `ACOMO/6.${20 + int(10)}.0.${int(40)}+(iPhoneLync)`,
    () => `MC/16.${20 + int(20)}.0.${int(300)}+(Mac+OS+X+Version+10.14.${int(7)})`,
  ];
  const stems = ['/CertProv/CertProvisioningService.svc', '/WebTicket/WebTicketService.svc', '/Autodiscover/AutodiscoverService.svc/root', '/ucwa/v1/applications', '/GroupExpansion/service.svc', '/ABS/Handler/F-0.lsabs'];
  const pool = Array.from({ length: 4000 }, () => {
    const day = `2024-0${1 + int(9)}-${10 + int(18)}`;
    const time = `${10 + int(13)}:${10 + int(49)}:${10 + int(49)}`;
    // A Front End pool's web services are called mostly by the Skype for Business / Lync clients themselves.
    const agent = rand() < 0.8 ? agents[int(2)] : pick(agents);
    return `${day} ${time} 10.0.${int(256)}.${int(256)} ${pick(['GET', 'POST'])} ${pick(stems)} - 443 ${pick(users)} 192.168.${int(256)}.${int(256)} ${agent(pick(builds))} - ${pick([200, 200, 200, 401, 404])} 0 0 ${int(900)}`;
  });
  const header = '#Software: Microsoft Internet Information Services 10.0\r\n#Version: 1.0\r\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken\r\n';
  const out = createWriteStream(file);
  let written = 0;
  const write = (text) => new Promise((resolve) => (out.write(text) ? resolve() : out.once('drain', resolve)));
  await write(header);
  written += header.length;
  while (written < bytes) {
    const lines = [];
    let size = 0;
    while (size < 4 * MIB && written + size < bytes) {
      const line = `${pick(pool)}\r\n`;
      lines.push(line);
      size += line.length;
    }
    await write(lines.join(''));
    written += size;
  }
  await new Promise((resolve) => out.end(resolve));
}

/** The baseline: read the file in 1 MiB chunks, decode, count dotted numbers per chunk. Run as its own process. */
export async function readRegexPass(file) {
  const { createReadStream } = await import('node:fs');
  const re = /\d+(?:\.\d+)+/g;
  const decoder = new TextDecoder();
  let count = 0;
  for await (const chunk of createReadStream(file, { highWaterMark: MIB })) {
    const text = decoder.decode(chunk, { stream: true });
    re.lastIndex = 0;
    while (re.test(text)) count++;
  }
  process.stdout.write(`${count}\n`);
}

const hasTime = existsSync('/usr/bin/time');

/** Runs `node args…` with stdout to /dev/null; wall seconds and peak RSS in MB as the OS saw it. */
function measure(args) {
  return new Promise((resolve, reject) => {
    const command = hasTime ? '/usr/bin/time' : process.execPath;
    const argv = hasTime ? ['-f', '%e %M %U %S', process.execPath, ...args] : args;
    const t0 = performance.now();
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let hwm = 0;
    child.stderr.on('data', (d) => (stderr += d));
    // Without GNU time: sample VmHWM (the kernel's own peak RSS) while it runs.
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (m) hwm = Math.max(hwm, Number(m[1]));
          } catch {
            // Exited between samples.
          }
        }, 20);
    child.on('error', reject);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const wall = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr.trim()}`));
      if (hasTime) {
        const last = stderr.trim().split('\n').at(-1).split(' ');
        resolve({ seconds: Number(last[0]), rssMb: Number(last[1]) / 1024, cpu: Number(last[2]) + Number(last[3]) });
      } else resolve({ seconds: wall, rssMb: hwm / 1024, cpu: NaN });
    });
  });
}

export async function benchCli(argv) {
  const sizeArg = argv.indexOf('--size-mb');
  const sizeMb = sizeArg > 0 ? Number(argv[sizeArg + 1]) : 1024;
  const repsArg = argv.indexOf('--reps');
  const reps = repsArg > 0 ? Number(argv[repsArg + 1]) : 2;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/iis-${sizeMb}m.log`;
  if (!existsSync(file) || statSync(file).size < sizeMb * MIB) {
    console.log(`generating ${file} (${sizeMb} MiB)…`);
    await generateIisLog(file, sizeMb * MIB);
  }
  const cli = `${dir}/cli.js`;
  await esbuild.build({ absWorkingDir: root, bundle: true, outfile: cli, platform: 'node', format: 'esm', target: 'node20', entryPoints: ['src/cli/main.ts'], logLevel: 'warning', legalComments: 'none' });
  const jobs = {
    baseline: [`${root}scripts/bench.mjs`, '--read-regex', file],
    // As an admin runs it: two worker threads on two cores or more (src/cli/threads.ts).
    table: [cli, file],
    json: [cli, '--json', file],
    jsonl: [cli, '--jsonl', file],
    csv: [cli, '--csv', file],
    // One thread, for comparison.
    'table -t1': [cli, '--threads', '1', file],
    'json -t1': [cli, '--json', '--threads', '1', file],
    'jsonl -t1': [cli, '--jsonl', '--threads', '1', file],
  };
  // --only baseline,table,json: a subset of the runs (the baseline always runs); `--only 'table,table -t1'` compares threads.
  const onlyArg = argv.indexOf('--only');
  if (onlyArg > 0) {
    const only = new Set(['baseline', ...argv[onlyArg + 1].split(',')]);
    for (const name of Object.keys(jobs)) if (!only.has(name)) delete jobs[name];
  }
  const results = Object.fromEntries(Object.keys(jobs).map((k) => [k, []]));
  console.log(`node ${process.version}; ${sizeMb} MiB IIS-style log; ${reps} interleaved runs each, best of; peak RSS by ${hasTime ? '/usr/bin/time (%M)' : '/proc VmHWM'}`);
  for (let r = 0; r < reps; r++) for (const [name, args] of Object.entries(jobs)) results[name].push(await measure(args));
  const best = (name) => results[name].reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const base = best('baseline');
  const mb = statSync(file).size / 1e6;
  console.log('output      wall      ratio   MB/s    peak RSS   CPU (user+sys)  CPU ratio');
  let ok = true;
  for (const name of Object.keys(jobs)) {
    const b = best(name);
    const ratio = b.seconds / base.seconds;
    const targeted = ['table', 'json', 'jsonl'].includes(name);
    const target = !targeted ? '' : ratio <= 2 ? ' (<= 2: OK)' : ' (<= 2: MISSED)';
    if (targeted) ok &&= ratio <= 2;
    ok &&= b.rssMb <= 256;
    console.log(`${name.padEnd(10)}  ${b.seconds.toFixed(1).padStart(6)} s  ${ratio.toFixed(2).padStart(5)}  ${(mb / b.seconds).toFixed(0).padStart(5)}  ${b.rssMb.toFixed(0).padStart(5)} MB  ${b.cpu.toFixed(1).padStart(8)} s  ${(b.cpu / base.cpu).toFixed(2).padStart(9)}${b.rssMb > 256 ? ' (> 256 MB)' : ''}${target}`);
  }
  console.log(ok ? 'all targets met' : 'some targets MISSED');
  console.log(`load average at the end: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')} on ${(await import('node:os')).availableParallelism()} cores`);
}
