// offline-im-check: reads a report, a log or pasted text (FILE or standard
// input) and prints, for every Skype for Business client build in it, whether
// offline IM works. Input of any size is read, decoded and scanned in chunks
// and output is written as it goes, so memory stays bounded. Exit status: 0
// when the input was checked (also when clients need an update), 2 on bad
// usage or unreadable input, 1 on an internal error. Errors are one line on
// stderr, never a stack trace; a reader that goes away (`| head`) is quiet.
import { BinaryInput, createByteDecoder } from '../core/decode-stream.ts';
import { asciiText } from './ascii-text.ts';
import { decodeInPieces } from './decode-pieces.ts';
import { policyRulesForCli } from './policy-rules-output.ts';
import { createStreamScan, type StreamEnd } from '../core/scan-stream.ts';
import { THRESHOLDS } from '../core/thresholds.ts';
import { MAILBOX_LOCATIONS, type Message } from '../core/types.ts';
import { thresholdsWith, type Thresholds } from '../core/verdict.ts';
import pkg from '../../package.json';
import { parseArgs, type CliOptions } from './args.ts';
import { csvSink } from './csv-output.ts';
import { openInput, readError, switchNamesIn } from './input.ts';
import { jsonSink } from './json-output.ts';
import { jsonlSink } from './jsonl-output.ts';
import { langFromEnv, translator, type Translator } from './messages.ts';
import { Output } from './output.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { chooseStyle } from './style.ts';
import { tableSink } from './table-output.ts';
import { usersSink } from './users-output.ts';
import { visible } from './visible.ts';
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { closeSync, openSync, readSync } from 'node:fs';
import { BLOCK, serveBlocks, SLICE, startParallel, type ParallelFormat, type WorkerSetup } from './parallel.ts';
import { threadCount } from './threads.ts';

const NAME = 'offline-im-check';

function reportError(tr: Translator, message: Message): void {
  process.stderr.write(`${NAME}: ${visible(tr.format(message).replace(/[\r\n]+/g, ' '))}\n`);
}

/** An error to report as one line with exit status 2 (bad input), not as an internal error. */
class InputError extends Error {
  constructor(public readonly why: Message) {
    super(why.key);
  }
}

const NULL_SINK: ReportSink = { slice() {}, async end() {} };

/** Decodes and scans a stream of chunks into `sink`, waiting for the output between chunks. */
async function scanChunks(chunks: AsyncIterable<Uint8Array>, sink: ReportSink, out: Output, name: string, thresholds: Thresholds, offlineImOff?: Message): Promise<StreamEnd> {
  const decoder = createByteDecoder(undefined, asciiText);
  const stream = createStreamScan({ onSlice: (r, text, offset) => sink.slice(r, text, offset), thresholds, sliceLimit: SLICE, ...(offlineImOff ? { offlineImOff } : {}) });
  try {
    for await (const chunk of chunks) {
      decodeInPieces(decoder, chunk, (text) => stream.push(text));
      await out.drain();
    }
    stream.push(decoder.end());
  } catch (error) {
    if (error instanceof BinaryInput) throw new InputError({ key: 'cli_error_binary', params: { file: name } });
    if (error instanceof RangeError) throw error;
    throw new InputError(readError(error, name));
  }
  return stream.end();
}

function sinkFor(options: CliOptions, ctx: SinkContext): ReportSink {
  switch (options.format) {
    case 'json':
      return jsonSink(ctx);
    case 'jsonl':
      return jsonlSink(ctx);
    case 'csv':
      return csvSink(ctx);
    case 'users':
      return usersSink(ctx);
    default:
      return tableSink(ctx);
  }
}

/** The CLI's own wording for engine messages that name a popup field. */
function cliMessage(message: Message): Message {
  return message.key === 'policy_error_url_required' ? { ...message, key: 'cli_error_url_required' } : message;
}

async function main(): Promise<number> {
  const envLang = langFromEnv(process.env);
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    reportError(translator(parsed.lang ?? envLang), parsed.error);
    return 2;
  }
  const options = parsed.options;
  const tr = translator(options.lang ?? envLang);
  if (options.help) {
    process.stdout.write(`${tr.t('cli_usage')}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${NAME} ${pkg.version}\n`);
    return 0;
  }
  let path = options.input;
  if (path === undefined) {
    // Nothing piped in and no file: waiting on a terminal would look like a hang.
    if (process.stdin.isTTY) {
      process.stderr.write(`${tr.t('cli_usage')}\n`);
      return 2;
    }
    path = '-';
  }
  const thresholds = thresholdsWith(options.minimumBuild);
  if (options.minimumBuild !== undefined) {
    // A minimum below Microsoft's threshold cannot lower it: say so, and go on.
    for (const location of MAILBOX_LOCATIONS) {
      if (thresholds[location] === THRESHOLDS[location] && options.minimumBuild !== THRESHOLDS[location])
        reportError(tr, { key: 'cli_warning_minimum_ignored', params: { minimum: options.minimumBuild, location: tr.t(`location_${location}`), threshold: THRESHOLDS[location] } });
    }
  }
  const name = path === '-' ? tr.t('cli_stdin') : path;
  const input = await openInput(path, name);
  if (!input.ok) {
    reportError(tr, input.error);
    return 2;
  }
  const out = new Output(process.stdout);
  const ctx: SinkContext = { out, tr, mailbox: options.mailbox, pretty: options.pretty, thresholds, style: chooseStyle(process.stdout.isTTY, process.env) };
  try {
    // EnableOfflineIM False anywhere blocks every client, also those found
    // before it. A regular file can be read twice: when its bytes name the
    // switch, a first pass finds out, and the output pass applies it from
    // line 1. Standard input is read once: the summary (and the table, which
    // is written at the end) count it; rows already written stay as judged.
    let offlineImOff: Message | undefined;
    // A large regular file without server switches is shared between the cores (parallel.ts, threads.ts); the output is the same.
    const threads = threadCount(options.threads, availableParallelism(), input.regular ? input.size : 0);
    const format: ParallelFormat | undefined = options.format === 'users' || options.pretty ? undefined : options.format;
    const encoding = input.regular && input.size > BLOCK && threads > 1 && format && !options.policy ? splittableEncoding(path) : undefined;
    // The workers start up, search the file for the server switches' names (a part each) and scan the first blocks.
    const parallel = encoding && format ? startParallel({ path, encoding, format, lang: tr.lang, thresholds }, input.size, threads, fileURLToPath(import.meta.url)) : undefined;
    // EnableIMAutoArchiving matters only to the choice of threads: not looked for with one. The workers share the pass.
    const switches = parallel ? await parallel.switches() : input.regular ? await switchNamesIn(path, false) : { offlineIm: false, autoArchiving: false };
    if (parallel) {
      if (!switches.offlineIm && !switches.autoArchiving) {
        await parallel.write(ctx, process.stdout);
        await out.end();
        return 0;
      }
      await parallel.cancel();
    }
    if (switches.offlineIm) {
      offlineImOff = (await scanChunks(input.chunks(), NULL_SINK, out, name, thresholds)).offlineImOff;
    }
    if (options.policy) {
      const table = tableSink(ctx);
      await scanChunks(input.chunks(), table, out, name, thresholds, offlineImOff);
      const rules = policyRulesForCli({ mailbox: options.mailbox, groups: table.groups(), ...options.policy }, (m) => tr.format(cliMessage(m)));
      for (const line of rules.stderr) process.stderr.write(`${NAME}: ${visible(line.replace(/[\r\n]+/g, ' '))}\n`);
      out.write(rules.stdout);
      await out.end();
      return rules.ok ? 0 : 2;
    }
    const sink = sinkFor(options, ctx);
    const end = await scanChunks(input.chunks(), sink, out, name, thresholds, offlineImOff);
    await sink.end(end);
    await out.end();
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      await out.end();
      reportError(tr, error.why);
      return 2;
    }
    throw error;
  }
}

/**
 * The file's encoding when its line breaks can be found in its bytes (UTF-8
 * without BOM, windows-1251/1252), else undefined (one thread reads it, and
 * also reports binary input).
 */
function splittableEncoding(path: string): WorkerSetup['encoding'] | undefined {
  const head = Buffer.alloc(64 * 1024);
  const fd = openSync(path, 'r');
  let n: number;
  try {
    n = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return undefined;
  const decoder = createByteDecoder();
  try {
    decoder.push(head.subarray(0, n));
  } catch {
    return undefined;
  }
  const encoding = decoder.encoding;
  return encoding === 'utf-8' || encoding === 'windows-1251' || encoding === 'windows-1252' ? encoding : undefined;
}

function fail(error: unknown): never {
  const reason = error instanceof Error ? error.message : String(error);
  const outOfMemory = error instanceof RangeError && /string length|allocation|memory/i.test(reason);
  reportError(translator(langFromEnv(process.env)), outOfMemory ? { key: 'cli_error_memory', params: {} } : { key: 'cli_error_internal', params: { reason } });
  process.exit(1);
}

if (!isMainThread && (workerData as WorkerSetup | undefined)?.role === 'offline-im-check-worker') {
  // This file is also the worker threads' entry (parallel.ts).
  serveBlocks(workerData as WorkerSetup, parentPort!);
} else {
  // A reader that goes away (`| head`) is not an error; any other write error is one line.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`${NAME}: ${error.message}\n`);
    process.exit(2);
  });
  process.on('uncaughtException', fail);

  main().then(
    // Exit at once: standard input may still be open (a NUL stream refused after its first chunk).
    (code) => process.exit(code),
    fail,
  );
}
