import type { Thresholds } from '../core/verdict.ts';
// Uses the cores on a large regular file: the file is cut into blocks at line
// starts (just after a LF). Each worker thread reads its own blocks from the
// file, decodes and scans them, and tells the main thread at once how many
// lines and characters each block holds; once every block before it has been
// counted, the main thread sends the block's first line number and offset
// back, and the worker writes the block's records as the final output bytes
// (the same bytes one thread writes). The main thread only writes those
// bytes, in file order, without copying them (the buffers are transferred,
// not cloned), and sums counts. Counting before writing keeps the workers
// busy: a worker scans its next block while it waits for a base. At most
// WINDOW_PER_WORKER blocks per worker are under way, so memory stays bounded.
// A block is scanned before the blocks above it are: a block whose answers
// could depend on what they left in force (headings, a record under way;
// part-state.ts) is scanned again from it when its turn to be written comes.
// Only for inputs whose line breaks can be found in the bytes (UTF-8 without
// BOM, windows-1251/1252) and that hold no server switch (a PowerShell
// table's state runs across lines): main.ts decides.
import { openSync, readSync, closeSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { Worker, type MessagePort } from 'node:worker_threads';
import { createByteDecoder, type Encoding } from '../core/decode-stream.ts';
import { asciiText } from './ascii-text.ts';
import { decodeInPieces } from './decode-pieces.ts';
import { createStreamScan, LONG_LINE } from '../core/scan-stream.ts';
import { afterPart, TEXT_START, type PartChange, type PartStart } from '../core/part-state.ts';
import { emptyCounts } from '../core/verdict-counts.ts';
import { MAILBOX_LOCATIONS, VERDICTS, type ScanResult, type Summary, type Unrecognized } from '../core/types.ts';
import { BuildGroups, type SampledGroup } from './build-groups.ts';
import { JsonWriter } from './json-output.ts';
import { JsonlWriter } from './jsonl-output.ts';
import { csvRow } from '../core/csv.ts';
import { CSV_HEADER } from './csv-output.ts';
import { translator, type Lang } from './messages.ts';
import { ByteWriter, Output } from './output.ts';
import { lineTexts, NO_LINE_TEXT, recordFormat, type RecordFormat, type RecordFormatName } from './records.ts';
import type { SinkContext } from './sink.ts';
import { switchNamesIn, type FilePart, type SwitchNames } from './input.ts';
import { renderTable, UNRECOGNIZED_SHOWN } from './table-output.ts';

/** Characters scanned at a time (see StreamScanOptions.sliceLimit): results of a smaller slice die young. */
export const SLICE = 1 << 16;

/** Bytes per block. */
export const BLOCK = 1 << 20;

/** Blocks given to one worker at a time: one to scan while the other waits for its base or is being written. */
const WINDOW_PER_WORKER = 2;

/**
 * A worker's young generation: the block's text pieces and its slices'
 * results die in it. Half of this (8 MB) scavenged the pieces of a block
 * under way too often (15 % slower); twice this only took more memory.
 */
const YOUNG_GENERATION_MB = 16;

export type ParallelFormat = RecordFormatName | 'table';

export interface WorkerSetup {
  role: 'offline-im-check-worker';
  path: string;
  encoding: Encoding;
  format: ParallelFormat;
  lang: Lang;
  thresholds: Thresholds;
}

/** Where a block starts in the whole input: lines before it, UTF-16 code units before it. */
interface Base {
  line: number;
  char: number;
}

/** `spare`: output buffers written, sent back to be filled again. */
/**
 * `rescan`: a block whose scan could have answered otherwise with the state
 * above it (a CSV header's column, a prompt's command, a record going on;
 * part-state.ts), scanned again from that state once every block before it
 * is written.
 */
type ToWorker = (
  | { kind: 'scan'; index: number; start: number; end: number; last: boolean; base?: Base }
  | { kind: 'base'; index: number; base: Base }
  | { kind: 'rescan'; index: number; start: number; end: number; last: boolean; base: Base; above: PartStart }
  | ({ kind: 'search' } & FilePart)
) & {
  spare?: ArrayBuffer[];
};

/** The switch names found in a worker's part of the file (see main.ts: one thread reads a file that has them). */
interface Searched extends SwitchNames {
  kind: 'searched';
}

interface Counted {
  kind: 'counted';
  index: number;
  lines: number;
  chars: number;
}

interface BlockResult {
  kind: 'done';
  index: number;
  summary: Summary;
  versions: string[];
  keys: string[];
  /** The block's findings as output bytes (JSON: separated by commas, none before the first). */
  findings: Uint8Array[];
  /** The block's unrecognised lines as output bytes, for the writer's spill. */
  unrecognized: Uint8Array[];
  /** Table: groups and the first unrecognised lines (line numbers counted from the block's start; the records' are final). */
  groups: SampledGroup[];
  unrecognizedSample: Unrecognized[];
  /** What the block did to the headings and the record in force (for the blocks after it). */
  part: PartChange;
  /** The block's scan could have answered otherwise with the state above it known: scan it again from it. */
  dependedOnStart: boolean;
}

type FromWorker = Counted | Searched | BlockResult;

/** Output bytes gathered in 1 MiB buffers of their own, so that they can be transferred to the main thread. */
class BlockBytes extends ByteWriter {
  private chunks: Uint8Array[] = [];

  /** `spares`: buffers the main thread has written and sent back, filled again instead of new ones (no allocator churn). */
  constructor(private readonly spares: Buffer<ArrayBuffer>[]) {
    super();
  }

  /** Bytes per buffer: the size a spare must have. */
  get capacity(): number {
    return this.buffer.length;
  }

  protected override emit(bytes: Buffer): void {
    this.chunks.push(bytes);
  }

  protected override flushBuffer(): void {
    if (this.at === 0) return;
    this.chunks.push(this.buffer.subarray(0, this.at));
    this.buffer = this.spares.pop() ?? Buffer.allocUnsafe(this.buffer.length);
    this.at = 0;
  }

  /** The block's bytes so far; the writer starts on the next block. */
  take(): Uint8Array[] {
    this.flushBuffer();
    const chunks = this.chunks;
    this.chunks = [];
    return chunks;
  }
}

/**
 * Spare buffers a worker keeps: enough for every buffer in circulation (a
 * window of blocks of --json, about 3.4 bytes out per byte in, and the
 * buffers being filled), so that none is dropped and allocated again; a
 * dropped 1 MiB buffer is garbage that the worker collects late.
 */
const SPARES = 16;

/** One read buffer per worker, grown as needed: the decoded text is a copy, so the buffer is free again at once. */
let readBuffer = Buffer.alloc(0);

function readBlock(path: string, start: number, end: number): Buffer {
  const fd = openSync(path, 'r');
  if (readBuffer.length < end - start) readBuffer = Buffer.allocUnsafe(end - start);
  const bytes = readBuffer.subarray(0, end - start);
  let got = 0;
  try {
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, start + got);
      if (n === 0) break;
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return bytes.subarray(0, got);
}

/** A block read and counted, waiting for its base. */
interface Held {
  /** Its text, decoded a piece at a time. */
  pieces: string[];
  /** Its UTF-16 code units. */
  chars: number;
  /** Its line breaks (the lines it ends). */
  lines: number;
  /** The file's last block: it may end without a line break. */
  last: boolean;
}

/** Line breaks in `pieces` (one text, cut anywhere) as the engine counts them: CRLF, LF and a lone CR each end one line. */
export function lineBreaks(pieces: readonly string[]): number {
  let n = 0;
  for (let k = 0; k < pieces.length; k++) {
    const text = pieces[k]!;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
    for (let at = text.indexOf('\r'); at >= 0; at = text.indexOf('\r', at + 1)) {
      // A CR at the end of a piece: the next piece's first character tells a CRLF.
      const next = at + 1 < text.length ? text.charCodeAt(at + 1) : k + 1 < pieces.length ? pieces[k + 1]!.charCodeAt(0) : -1;
      if (next !== 10) n++;
    }
  }
  return n;
}

/** The block's text, decoded a piece at a time (decode-pieces.ts). */
function decodePieces(bytes: Uint8Array, encoding: Encoding): string[] {
  const decoder = createByteDecoder(encoding, asciiText);
  const pieces: string[] = [];
  decodeInPieces(decoder, bytes, (text) => pieces.push(text));
  const rest = decoder.end();
  if (rest !== '') pieces.push(rest);
  return pieces;
}

/**
 * The worker thread's side. Each block is read, decoded and counted as soon
 * as it is sent; the table's blocks are scanned at once (their line numbers
 * are moved on in the main thread), the records' blocks once their base has
 * come, scanned from that line and offset and written as they are found,
 * exactly as one thread writes them.
 */
export function serveBlocks(setup: WorkerSetup, port: MessagePort): void {
  const records = recordFormat(setup.format === 'table' ? 'json' : setup.format, translator(setup.lang));
  const comma = setup.format === 'json';
  const texts = new Map<number, Held>();
  const bases = new Map<number, Base>();
  const spares: Buffer<ArrayBuffer>[] = [];
  const findings = new BlockBytes(spares);
  const unrecognized = new BlockBytes(spares);

  const scanBlock = (index: number, { pieces, lines, last }: Held, base: Base, above?: PartStart): void => {
    // The message keys this block's records use, and no other: a block scanned again drops its first scan's.
    // Notes add theirs on every use; a finding's reasons are written from a cache, so they are added here.
    records.keys.clear();
    const judgements = new Set<object>();
    let lastReasons: object | undefined;
    const groups = new BuildGroups();
    const unrecognizedSample: Unrecognized[] = [];
    let firstFinding = true;
    let firstUnrecognized = true;
    const stream = createStreamScan({
      sliceChars: 1 << 16,
      sliceLimit: SLICE,
      thresholds: setup.thresholds,
      firstLine: base.line + 1,
      offset: base.char,
      // The first block has nothing above it; another's state above is known only on a rescan.
      above: index === 0 ? TEXT_START : (above ?? 'unknown'),
      onSlice(r: ScanResult, slice, offset) {
        if (setup.format === 'table') {
          groups.add(r.findings);
          for (const u of r.unrecognized) if (unrecognizedSample.length < UNRECOGNIZED_SHOWN) unrecognizedSample.push(u);
          return;
        }
        // Only CSV cells hold the source line: JSON findings get no closure each.
        const lineText = setup.format === 'csv' ? lineTexts(slice, offset) : () => NO_LINE_TEXT;
        for (const f of r.findings) {
          if (f.reasons !== lastReasons && !judgements.has((lastReasons = f.reasons))) {
            judgements.add(f.reasons);
            records.keys.add(f.reasons.online.key);
            records.keys.add(f.reasons.onprem.key);
          }
          if (comma && !firstFinding) findings.writeByte(0x2c);
          firstFinding = false;
          records.writeFinding(findings, f, lineText(f));
        }
        if (setup.format === 'csv') return;
        for (const u of r.unrecognized) {
          if (comma && !firstUnrecognized) unrecognized.writeByte(0x2c);
          firstUnrecognized = false;
          records.writeUnrecognized(unrecognized, u);
        }
      },
    });
    for (const piece of pieces) stream.push(piece);
    const { summary } = stream.end();
    const part = stream.part();
    // The count that gave the next blocks their bases must be the engine's own.
    if (!last && summary.lines !== lines) throw new Error(`block ${index}: ${summary.lines} lines scanned, ${lines} counted`);
    const result: BlockResult = {
      kind: 'done',
      index,
      summary,
      versions: [...stream.versions()],
      keys: [...records.keys],
      findings: findings.take(),
      unrecognized: unrecognized.take(),
      groups: groups.raw(),
      unrecognizedSample,
      part: part.change,
      dependedOnStart: part.dependedOnStart,
    };
    port.postMessage(result, [...result.findings, ...result.unrecognized].map((b) => b.buffer as ArrayBuffer));
  };

  port.on('message', (m: ToWorker) => {
    for (const b of m.spare ?? []) if (b.byteLength === findings.capacity && spares.length < SPARES) spares.push(Buffer.from(b));
    if (m.kind === 'search') {
      // Its reads go through the thread pool: the blocks sent meanwhile are scanned between them.
      void switchNamesIn(setup.path, true, m).then((found) => port.postMessage({ kind: 'searched', ...found } satisfies Searched));
    } else if (m.kind === 'rescan') {
      const pieces = decodePieces(readBlock(setup.path, m.start, m.end), setup.encoding);
      scanBlock(m.index, { pieces, chars: 0, lines: lineBreaks(pieces), last: m.last }, setup.format === 'table' ? { line: 0, char: 0 } : m.base, m.above);
    } else if (m.kind === 'scan') {
      const pieces = decodePieces(readBlock(setup.path, m.start, m.end), setup.encoding);
      const held: Held = { pieces, chars: pieces.reduce((sum, p) => sum + p.length, 0), lines: lineBreaks(pieces), last: m.last };
      port.postMessage({ kind: 'counted', index: m.index, lines: held.lines, chars: held.chars } satisfies Counted);
      // The table's groups take their line numbers in the main thread: no base to wait for.
      const base = setup.format === 'table' ? { line: 0, char: 0 } : (m.base ?? bases.get(m.index));
      if (base) scanBlock(m.index, held, base);
      else texts.set(m.index, held);
    } else {
      const held = texts.get(m.index);
      if (held) {
        texts.delete(m.index);
        scanBlock(m.index, held, m.base);
      } else bases.set(m.index, m.base);
    }
  });
}

/**
 * How far a block may reach past BLOCK bytes to the next line start. A longer
 * line is left to one thread: a worker would hold it whole, and one thread
 * scans a line longer than LONG_LINE in parts (scan-stream.ts), which a
 * block's one push would not cut the same way.
 */
const LINE_REACH = LONG_LINE / 2;

/** Block boundaries: every BLOCK bytes, moved on to just after the next LF; undefined when a line is too long for blocks (LINE_REACH). */
function blockEnds(path: string, size: number): number[] | undefined {
  const fd = openSync(path, 'r');
  const window = Buffer.allocUnsafe(64 * 1024);
  const ends: number[] = [];
  try {
    let at = BLOCK;
    while (at < size) {
      let end = -1;
      for (let from = at; from < size && end < 0; from += window.length) {
        if (from - at > LINE_REACH) return undefined;
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
  // The last block, up to the end of the file: the same bound.
  if (size - (ends.at(-1) ?? 0) > BLOCK + LINE_REACH) return undefined;
  ends.push(size);
  return ends;
}

/** Standard output that also takes whole buffers made elsewhere (a worker's block) without copying them. */
class BlockOutput extends Output {
  constructor(private readonly target: Writable) {
    super(target);
  }

  /** Writes `buffers` after what is buffered; `written` gets each back once the stream is done with it. */
  writeBuffers(buffers: readonly Uint8Array[], written: (b: Uint8Array) => void): void {
    this.flushBuffer();
    for (const b of buffers) {
      if (b.length > 0) this.target.write(b, () => written(b));
      else written(b);
    }
  }

  override async drain(): Promise<void> {
    await super.drain();
    if (this.target.writableNeedDrain) await new Promise<void>((resolve) => this.target.once('drain', resolve));
  }
}

/** The main thread's output side: what it writes of each block, in order, and what it writes at the end. */
class BlockWriter {
  readonly out: BlockOutput;
  private readonly records: RecordFormat;
  private readonly json: JsonWriter | undefined;
  private readonly jsonl: JsonlWriter | undefined;
  private readonly groups = new BuildGroups();
  private readonly unrecognizedSample: Unrecognized[] = [];
  private readonly summary: Summary = { lines: 0, findings: 0, distinctBuilds: 0, unrecognized: 0, prerequisites: 0, byLocation: { online: emptyCounts(), onprem: emptyCounts() }, blocked: false, blockedPolicies: [] };
  private readonly versions = new Set<string>();
  private findingsWritten = false;
  private lineBase = 0;
  private readonly ctx: SinkContext;

  constructor(
    private readonly format: ParallelFormat,
    context: SinkContext,
    stream: Writable,
  ) {
    this.out = new BlockOutput(stream);
    this.ctx = { ...context, out: this.out };
    this.records = recordFormat(format === 'table' ? 'json' : format, this.ctx.tr);
    this.json = format === 'json' ? new JsonWriter(this.ctx, this.records) : undefined;
    this.jsonl = format === 'jsonl' ? new JsonlWriter(this.ctx, this.records) : undefined;
    if (format === 'csv') this.out.write(csvRow(CSV_HEADER));
  }

  /** The main thread's whole share of a block: sums, and its bytes handed to the output. */
  block(r: BlockResult, written: (b: Uint8Array) => void): void {
    for (const k of r.keys) this.records.keys.add(k);
    for (const v of r.versions) this.versions.add(v);
    const s = r.summary;
    const summary = this.summary;
    summary.findings += s.findings;
    summary.unrecognized += s.unrecognized;
    summary.prerequisites += s.prerequisites;
    for (const l of MAILBOX_LOCATIONS) for (const v of VERDICTS) summary.byLocation[l][v] += s.byLocation[l][v];
    if (this.format === 'table') {
      this.groups.merge(r.groups, this.lineBase);
      for (const u of r.unrecognizedSample) if (this.unrecognizedSample.length < UNRECOGNIZED_SHOWN) this.unrecognizedSample.push({ ...u, line: u.line + this.lineBase });
    } else {
      if (r.findings.some((b) => b.length > 0)) {
        // --json: a comma between blocks (a block has none before its first finding).
        if (this.json && this.findingsWritten) this.out.writeByte(0x2c);
        this.findingsWritten = true;
        this.out.writeBuffers(r.findings, written);
      } else r.findings.forEach(written);
      const writer = this.json ?? this.jsonl;
      // The block's unrecognised lines as one record of the writer's spill (it puts the comma between blocks), copied
      // piece by piece: a joined copy would be garbage the main thread, which allocates little else, collects late.
      if (writer && r.unrecognized.some((b) => b.length > 0)) writer.unrecognizedRecord('', r.unrecognized);
      r.unrecognized.forEach(written);
    }
    this.lineBase += s.lines;
  }

  async end(): Promise<void> {
    const summary = this.summary;
    summary.lines = this.lineBase;
    summary.distinctBuilds = this.versions.size;
    if (this.json) await this.json.end(summary);
    else if (this.jsonl) await this.jsonl.end(summary);
    else if (this.format === 'table') this.out.write(renderTable(this.groups.list(), this.unrecognizedSample, [], 0, { summary, offlineImOff: undefined }, this.ctx));
    await this.out.end();
  }
}

export interface ParallelRun {
  /** Whether the file names the server switches anywhere: the workers search it, a part each, before they write. */
  switches(): Promise<SwitchNames>;
  /** Writes the chosen format to `stream`, in file order, once every block is written. */
  write(ctx: SinkContext, stream: Writable): Promise<void>;
  /** Stops the workers: the file is read by one thread after all (a server switch was found). */
  cancel(): Promise<void>;
}

/**
 * Starts `threads` workers on the file at once: they search it for the
 * server switches' names, a part each (switches(); main.ts decides), and
 * read and scan its first blocks meanwhile; nothing is written before
 * write() is called. Undefined when the file has a line too long for
 * blocks: one thread reads it.
 */
export function startParallel(setup: Omit<WorkerSetup, 'role'>, size: number, threads: number, workerFile: string): ParallelRun | undefined {
  const ends = blockEnds(setup.path, size);
  if (!ends) return undefined;
  const jobs = ends.map((end, index) => ({ start: index === 0 ? 0 : ends[index - 1]!, end }));
  const workers = Array.from({ length: Math.min(threads, jobs.length) }, () => new Worker(workerFile, { workerData: { ...setup, role: 'offline-im-check-worker' } satisfies WorkerSetup, resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  let writer: BlockWriter | undefined;
  let resolveAll: () => void = () => {};
  let rejectAll: (error: Error) => void = () => {};
  const all = new Promise<void>((resolve, reject) => {
    resolveAll = resolve;
    rejectAll = reject;
  });
  // A worker's failure before write() is awaited there; not an unhandled rejection meanwhile.
  all.catch(() => {});
  const owner: Worker[] = [];
  const inFlight = new Map<Worker, number>(workers.map((w) => [w, 0]));
  // bases[i] is known once every block before i has been counted.
  const bases: Base[] = [{ line: 0, char: 0 }];
  const counted: (Counted | undefined)[] = [];
  const baseSent: boolean[] = [];
  const done = new Map<number, BlockResult>();
  // Output buffers written, per worker, to go back with the next message to it.
  const returned = new Map<Worker, ArrayBuffer[]>(workers.map((w) => [w, []]));
  const send = (w: Worker, m: ToWorker) => {
    const spare = returned.get(w)!;
    if (spare.length === 0) return w.postMessage(m);
    returned.set(w, []);
    w.postMessage({ ...m, spare }, spare);
  };
  let next = 0;
  let written = 0;
  let writing = false;
  // Round robin, so that the block after a worker's block is another worker's, counted while the first is scanned.
  let turn = 0;
  const give = () => {
    // `passed`: workers passed over in a row because their window is full.
    for (let passed = 0; passed < workers.length && next < jobs.length && next - written < WINDOW_PER_WORKER * workers.length; ) {
      const w = workers[turn]!;
      turn = (turn + 1) % workers.length;
      if (inFlight.get(w)! >= WINDOW_PER_WORKER) {
        passed++;
        continue;
      }
      passed = 0;
      const index = next++;
      owner[index] = w;
      inFlight.set(w, inFlight.get(w)! + 1);
      const base = bases[index];
      if (base) baseSent[index] = true;
      send(w, { kind: 'scan', index, ...jobs[index]!, last: index === jobs.length - 1, ...(base ? { base } : {}) } satisfies ToWorker);
    }
  };
  const onCounted = (c: Counted) => {
    counted[c.index] = c;
    for (let i = bases.length; i < jobs.length && counted[i - 1]; i++) {
      const before = counted[i - 1]!;
      bases[i] = { line: bases[i - 1]!.line + before.lines, char: bases[i - 1]!.char + before.chars };
      if (owner[i] && !baseSent[i]) {
        baseSent[i] = true;
        send(owner[i]!, { kind: 'base', index: i, base: bases[i]! });
      }
    }
  };
  // The headings and record in force at the start of block `written` (every block before it is written).
  let above: PartStart = TEXT_START;
  const flush = async () => {
    if (writing || !writer) return;
    writing = true;
    try {
      while (done.has(written)) {
        const w = owner[written]!;
        const result = done.get(written)!;
        if (result.dependedOnStart) {
          // Scanned before the state above it was known, and it could matter: again, from it (a rescan
          // knows its start, so it never depends on it; flush goes on when it is done).
          done.delete(written);
          inFlight.set(w, inFlight.get(w)! + 1);
          send(w, { kind: 'rescan', index: written, ...jobs[written]!, last: written === jobs.length - 1, base: bases[written]!, above });
          break;
        }
        above = afterPart(above, result.part);
        // Looked up when the stream is done with the buffer: send() may have replaced the list meanwhile.
        writer.block(result, (b) => returned.get(w)!.push(b.buffer as ArrayBuffer));
        done.delete(written++);
        await writer.out.drain();
        give();
      }
    } catch (error) {
      rejectAll(error instanceof Error ? error : new Error(String(error)));
    }
    writing = false;
    if (written === jobs.length) resolveAll();
  };
  // The switch-name pass, shared: each worker searches one part of the file, first thing.
  const found: SwitchNames = { offlineIm: false, autoArchiving: false };
  let partsLeft = workers.length;
  let resolveSwitches: (names: SwitchNames) => void = () => {};
  let rejectSwitches: (error: Error) => void = () => {};
  const switches = new Promise<SwitchNames>((resolve, reject) => {
    resolveSwitches = resolve;
    rejectSwitches = reject;
  });
  switches.catch(() => {});
  const onSearched = (m: Searched) => {
    found.offlineIm ||= m.offlineIm;
    found.autoArchiving ||= m.autoArchiving;
    if (--partsLeft === 0) resolveSwitches(found);
  };
  for (const w of workers) {
    w.on('message', (m: FromWorker) => {
      if (m.kind === 'counted') return onCounted(m);
      if (m.kind === 'searched') return onSearched(m);
      inFlight.set(w, inFlight.get(w)! - 1);
      done.set(m.index, m);
      give();
      void flush();
    });
    w.on('error', (error) => {
      rejectSwitches(error);
      rejectAll(error);
    });
  }
  workers.forEach((w, k) => send(w, { kind: 'search', start: Math.floor((size * k) / workers.length), end: Math.floor((size * (k + 1)) / workers.length) }));
  give();
  const stop = () => Promise.all(workers.map((w) => w.terminate())).then(() => {});
  return {
    switches: () => switches,
    async write(ctx, stream) {
      writer = new BlockWriter(setup.format, ctx, stream);
      void flush();
      try {
        await all;
      } finally {
        await stop();
      }
      await writer.end();
    },
    cancel: stop,
  };
}
