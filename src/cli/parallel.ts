import type { Thresholds } from '../core/verdict.ts';
// Uses the cores on a large regular file: the file is cut into blocks at line
// starts (just after a LF), worker threads decode and scan blocks and make the
// record tails (records.ts) with line numbers and offsets counted from their
// block's start, and the main thread writes the blocks in file order, adding
// each block's first line number and offset, so that the output is the same
// as a single thread's. At most one block more than there are workers is under way,
// so memory stays bounded. Only for inputs whose line breaks can be found in the bytes
// (UTF-8 without BOM, windows-1251/1252) and that hold no server switch
// (a PowerShell table's state runs across lines): main.ts decides.
import { openSync, readSync, closeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { createByteDecoder, type Encoding } from '../core/decode-stream.ts';
import { asciiText } from './ascii-text.ts';
import { createStreamScan } from '../core/scan-stream.ts';
import { emptyCounts } from '../core/verdict-counts.ts';
import { MAILBOX_LOCATIONS, VERDICTS, type ScanResult, type Summary, type Unrecognized } from '../core/types.ts';
import { BuildGroups, type SampledGroup } from './build-groups.ts';
import { JsonWriter } from './json-output.ts';
import { JsonlWriter } from './jsonl-output.ts';
import { csvRow } from '../core/csv.ts';
import { CSV_HEADER } from './csv-output.ts';
import { translator, type Lang } from './messages.ts';
import { lineTexts, recordFormat, type RecordFormatName } from './records.ts';
import type { SinkContext } from './sink.ts';
import { renderTable, UNRECOGNIZED_SHOWN } from './table-output.ts';

/** Characters scanned at a time (see StreamScanOptions.sliceLimit): results of a smaller slice die young. */
export const SLICE = 1 << 16;

/** Bytes per block. */
export const BLOCK = 2 << 20;

export type ParallelFormat = RecordFormatName | 'table';

export interface WorkerSetup {
  role: 'offline-im-check-worker';
  path: string;
  encoding: Encoding;
  format: ParallelFormat;
  lang: Lang;
  thresholds: Thresholds;
}

interface BlockJob {
  index: number;
  start: number;
  end: number;
}

/** Tails of many records in one transferable buffer. */
interface Packed {
  bytes: Uint8Array;
  ends: Int32Array;
}

interface BlockResult {
  index: number;
  chars: number;
  summary: Summary;
  versions: string[];
  keys: string[];
  /** line, start, end per finding, counted from the block's start. */
  findingAt: Int32Array;
  findingTails: Packed;
  unrecognizedLines: Int32Array;
  unrecognizedTails: Packed;
  /** Table: groups and the first unrecognised lines. */
  groups: SampledGroup[];
  unrecognizedSample: Unrecognized[];
}

/** Record tails encoded one after another into one growing buffer; ends[i] is where tail i ends. */
class Packer {
  private bytes = Buffer.allocUnsafe(1 << 20);
  private at = 0;
  private ends: number[] = [];

  add(tail: string): void {
    if (this.at + tail.length * 3 > this.bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.bytes.length * 2, this.at + tail.length * 3));
      this.bytes.copy(bigger, 0, 0, this.at);
      this.bytes = bigger;
    }
    this.at += this.bytes.write(tail, this.at);
    this.ends.push(this.at);
  }

  done(): Packed {
    const bytes = new Uint8Array(this.at);
    bytes.set(this.bytes.subarray(0, this.at));
    return { bytes, ends: Int32Array.from(this.ends) };
  }
}

/** Scans one block in a worker thread. */
export function scanBlock(setup: WorkerSetup, job: BlockJob): BlockResult {
  const fd = openSync(setup.path, 'r');
  const bytes = Buffer.allocUnsafe(job.end - job.start);
  let got = 0;
  try {
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, job.start + got);
      if (n === 0) break;
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  const decoder = createByteDecoder(setup.encoding, asciiText);
  const text = decoder.push(bytes.subarray(0, got)) + decoder.end();
  const table = setup.format === 'table';
  const records = recordFormat(setup.format === 'table' ? 'json' : setup.format, translator(setup.lang));
  const findingAt: number[] = [];
  const findingTails = new Packer();
  const unrecognizedLines: number[] = [];
  const unrecognizedTails = new Packer();
  const groups = new BuildGroups();
  const unrecognizedSample: Unrecognized[] = [];
  const versions = new Set<string>();
  const stream = createStreamScan({
    sliceChars: 1 << 16,
    sliceLimit: SLICE,
    thresholds: setup.thresholds,
    onSlice(r: ScanResult, slice, offset) {
      const lineText = lineTexts(slice, offset);
      for (const f of r.findings) versions.add(f.version);
      if (table) {
        groups.add(r.findings);
        for (const u of r.unrecognized) if (unrecognizedSample.length < UNRECOGNIZED_SHOWN) unrecognizedSample.push(u);
        return;
      }
      for (const f of r.findings) {
        findingAt.push(f.line, f.start, f.end);
        findingTails.add(records.findingTail(f, lineText(f)));
      }
      if (setup.format === 'csv') return;
      for (const u of r.unrecognized) {
        unrecognizedLines.push(u.line);
        unrecognizedTails.add(records.unrecognizedTail(u));
      }
    },
  });
  stream.push(text);
  const { summary } = stream.end();
  return {
    index: job.index,
    chars: text.length,
    summary,
    versions: [...versions],
    keys: [...records.keys],
    findingAt: Int32Array.from(findingAt),
    findingTails: findingTails.done(),
    unrecognizedLines: Int32Array.from(unrecognizedLines),
    unrecognizedTails: unrecognizedTails.done(),
    groups: groups.raw(),
    unrecognizedSample,
  };
}

/** The worker thread's side: scan each block it is sent, reply with its result (buffers transferred, not copied). */
export function serveBlocks(setup: WorkerSetup, port: import('node:worker_threads').MessagePort): void {
  port.on('message', (job: BlockJob) => {
    const r = scanBlock(setup, job);
    port.postMessage(r, [r.findingAt.buffer, r.findingTails.bytes.buffer, r.findingTails.ends.buffer, r.unrecognizedLines.buffer, r.unrecognizedTails.bytes.buffer, r.unrecognizedTails.ends.buffer] as ArrayBuffer[]);
  });
}

/** Block boundaries: every BLOCK bytes, moved on to just after the next LF. */
function blockEnds(path: string, size: number): number[] {
  const fd = openSync(path, 'r');
  const window = Buffer.allocUnsafe(64 * 1024);
  const ends: number[] = [];
  try {
    let at = BLOCK;
    while (at < size) {
      let end = -1;
      for (let from = at; from < size && end < 0; from += window.length) {
        const n = readSync(fd, window, 0, window.length, from);
        const lf = window.subarray(0, n).indexOf(10);
        if (lf >= 0) end = from + lf + 1;
      }
      if (end < 0 || end >= size) break;
      ends.push(end);
      at = end + BLOCK;
    }
  } finally {
    closeSync(fd);
  }
  ends.push(size);
  return ends;
}

/** Scans the file with `threads` workers and writes the chosen format, in file order. */
export async function runParallel(setup: Omit<WorkerSetup, 'role'>, size: number, threads: number, workerFile: string, ctx: SinkContext): Promise<void> {
  const ends = blockEnds(setup.path, size);
  const jobs: BlockJob[] = ends.map((end, index) => ({ index, start: index === 0 ? 0 : ends[index - 1]!, end }));
  const records = recordFormat(setup.format === 'table' ? 'json' : setup.format, ctx.tr);
  const json = setup.format === 'json' ? new JsonWriter(ctx, records) : undefined;
  const jsonl = setup.format === 'jsonl' ? new JsonlWriter(ctx, records) : undefined;
  if (setup.format === 'csv') ctx.out.write(csvRow(CSV_HEADER));
  const groups = new BuildGroups();
  const unrecognizedSample: Unrecognized[] = [];
  const summary: Summary = { lines: 0, findings: 0, distinctBuilds: 0, unrecognized: 0, prerequisites: 0, byLocation: { online: emptyCounts(), onprem: emptyCounts() }, blocked: false, blockedPolicies: [] };
  const versions = new Set<string>();
  let lineBase = 0;
  let charBase = 0;

  const write = (r: BlockResult): void => {
    for (const k of r.keys) records.keys.add(k);
    for (const v of r.versions) versions.add(v);
    const s = r.summary;
    summary.findings += s.findings;
    summary.unrecognized += s.unrecognized;
    summary.prerequisites += s.prerequisites;
    for (const l of MAILBOX_LOCATIONS) for (const v of VERDICTS) summary.byLocation[l][v] += s.byLocation[l][v];
    if (setup.format === 'table') {
      groups.merge(r.groups, lineBase);
      for (const u of r.unrecognizedSample) if (unrecognizedSample.length < UNRECOGNIZED_SHOWN) unrecognizedSample.push({ ...u, line: u.line + lineBase });
    } else {
      const at = r.findingAt;
      let from = 0;
      for (let i = 0; i < r.findingTails.ends.length; i++) {
        const to = r.findingTails.ends[i]!;
        const head = records.findingHead(at[3 * i]! + lineBase, at[3 * i + 1]! + charBase, at[3 * i + 2]! + charBase);
        const tail = r.findingTails.bytes.subarray(from, to);
        from = to;
        if (json) json.finding(head, tail);
        else if (jsonl) jsonl.finding(head, tail);
        else {
          ctx.out.write(head);
          ctx.out.writeBytes(tail);
        }
      }
      from = 0;
      const writer = json ?? jsonl;
      for (let i = 0; writer && i < r.unrecognizedTails.ends.length; i++) {
        const to = r.unrecognizedTails.ends[i]!;
        writer.unrecognizedRecord(records.unrecognizedHead(r.unrecognizedLines[i]! + lineBase), r.unrecognizedTails.bytes.subarray(from, to));
        from = to;
      }
    }
    lineBase += s.lines;
    charBase += r.chars;
  };

  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(workerFile, { workerData: { ...setup, role: 'offline-im-check-worker' } satisfies WorkerSetup, resourceLimits: { maxOldGenerationSizeMb: 48, maxYoungGenerationSizeMb: 16 } }));
  try {
    await new Promise<void>((resolve, reject) => {
      const done = new Map<number, BlockResult>();
      let next = 0;
      let written = 0;
      let writing = false;
      const flush = async () => {
        if (writing) return;
        writing = true;
        try {
          while (done.has(written)) {
            write(done.get(written)!);
            done.delete(written++);
            await ctx.out.drain();
          }
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
        writing = false;
        if (written === jobs.length) resolve();
      };
      const give = (w: Worker) => {
        // At most one block more than there are workers ahead of the writer: bounded memory.
        if (next < jobs.length && next - written < workers.length + 1) w.postMessage(jobs[next++]);
      };
      for (const w of workers) {
        w.on('message', (r: BlockResult) => {
          done.set(r.index, r);
          give(w);
          void flush().then(() => {
            for (const other of workers) give(other);
          });
        });
        w.on('error', reject);
        give(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  summary.lines = lineBase;
  summary.distinctBuilds = versions.size;
  const end = { summary, offlineImOff: undefined };
  if (json) await json.end(summary);
  else if (jsonl) await jsonl.end(summary);
  else if (setup.format === 'table') ctx.out.write(renderTable(groups.list(), unrecognizedSample, [], 0, end, ctx));
}
