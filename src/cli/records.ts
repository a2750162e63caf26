// How each streamed format writes one finding and one unrecognised line: a
// head with the numbers that depend on where the record sits in the whole
// input (line, offsets) and a tail with everything else. A worker thread
// (parallel.ts) makes tails for its part of a file; the main thread writes
// heads with the absolute numbers; a single thread writes both the same way.
import { csvCell } from '../core/csv.ts';
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { Finding, Message, Prerequisite, ScanResult, Summary, Unrecognized } from '../core/types.ts';
import type { ByteWriter } from './output.ts';
import type { ReportSink } from './sink.ts';
import type { Translator } from './messages.ts';

export type RecordFormatName = 'json' | 'jsonl' | 'csv';

export interface RecordFormat {
  findingHead(line: number, start: number, end: number): string;
  /** `lineText`: the finding's source line, for CSV. */
  findingTail(f: Finding, lineText: () => string): string;
  /** Writes head and tail of a finding straight into `out` (the same bytes), from cached pieces where it can. */
  writeFinding(out: ByteWriter, f: Finding, lineText: () => string): void;
  unrecognizedHead(line: number): string;
  unrecognizedTail(u: Unrecognized): string;
  /** Writes head and tail of an unrecognised line straight into `out` (the same bytes). */
  writeUnrecognized(out: ByteWriter, u: Unrecognized): void;
  /** Message keys the tails referred to (the compact JSON's messages table). */
  keys: Set<string>;
}

const str = JSON.stringify;

/** Distinct finding texts remembered per judgement (the latest first) before the oldest is let go. */
const TEXTS_PER_JUDGEMENT = 16;

/** A string made once and written many times: its text (worker threads) and its UTF-8 bytes (the writer). */
export interface Piece {
  text: string;
  bytes: Buffer;
}

const piece = (text: string): Piece => ({ text, bytes: Buffer.from(text, 'utf8') });

/** A copy of `text` that holds no reference to the (large) string it was sliced from. */
const ownCopy = (text: string): string => JSON.parse(str(text)) as string;

interface Made {
  source: string;
  text: string;
  piece: Piece;
}

/**
 * A tail that depends only on the judgement and the text as written is made
 * once per pair and reused: a log repeats the same few builds millions of
 * times. A judgement's few texts are compared in turn: no key string is
 * built and hashed per finding.
 */
function fragmentCache(make: (f: Finding) => string): (f: Finding) => Piece {
  const cache = new WeakMap<object, Made[]>();
  return (f) => {
    let made = cache.get(f.reasons);
    if (!made) cache.set(f.reasons, (made = []));
    for (let i = 0; i < made.length; i++) {
      const m = made[i]!;
      if (m.text === f.text && m.source === f.source) return m.piece;
    }
    // One flat string: later concatenations copy it instead of walking a tree of pieces.
    const m: Made = { source: f.source, text: ownCopy(f.text), piece: piece(ownCopy(make(f))) };
    if (made.length >= TEXTS_PER_JUDGEMENT) made.pop();
    made.unshift(m);
    return m.piece;
  };
}

/** A message in JSON: keys and params (compact), or a sentence and its key (sentences). */
function messageJson(tr: Translator, sentences: boolean, keys: Set<string>, m: Message, field: string): string {
  keys.add(m.key);
  return sentences ? `"${field}":${str(tr.format(m))},"${field}Key":${str(m.key)}` : `"${field}":${str(m)}`;
}

/** `,"note":…` and the record's close, made once per note (a note shared between lines; one naming an IP address is the line's own). */
function noteTails(tr: Translator, sentences: boolean, keys: Set<string>, close: string): (note: Message) => string {
  const notes = new WeakMap<object, string>();
  return (m) => {
    let made = notes.get(m);
    if (made === undefined) notes.set(m, (made = `,${messageJson(tr, sentences, keys, m, 'note')}${close}`));
    return made;
  };
}

/** A note's sentence as pieces: literal text (as JSON string content, in bytes) and the indices of the params filled in between. */
interface SentencePieces {
  /** The params' names, in the order the message that was compiled held them. */
  names: string[];
  pieces: (Buffer | number)[];
}

/** Marks a param's place in a sentence made to be cut into pieces; no message template holds these characters. */
const slotMark = (index: number): string => `\ue000${index}\ue001`;
const SLOT_MARK = /\ue000(\d+)\ue001/;

/**
 * Writes `,"note":…` and the record's close straight into the output, with
 * the same bytes as noteTails: a line without a build names its own number
 * (an IP address) in its note, so a tail made and cached per note would be
 * made again for nearly every line. The fixed parts are bytes made once per
 * message key; only the params are escaped per line. A sentence is cut into
 * pieces by formatting it once with marks for values (Translator.format
 * itself, so the words are exactly its words).
 */
function noteWriter(tr: Translator, sentences: boolean, keys: Set<string>, close: string): (out: ByteWriter, m: Message) => void {
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  const closeBytes = bytes(close);
  const heads = new Map<string, Buffer>();
  const names = new Map<string, Buffer[]>();
  const compiled = new Map<string, SentencePieces>();
  // --json: ,"note":{"key":…,"params":{"name":value,…}} as JSON.stringify writes a Message.
  const paramsTail = bytes(`}}${close}`);
  const writeParams = (out: ByteWriter, m: Message) => {
    let head = heads.get(m.key);
    if (!head) heads.set(m.key, (head = bytes(`,"note":{"key":${str(m.key)},"params":{`)));
    out.writeBytes(head);
    let index = 0;
    for (const name in m.params) {
      let pair = names.get(name);
      if (!pair) names.set(name, (pair = [bytes(`${str(name)}:`), bytes(`,${str(name)}:`)]));
      out.writeBytes(pair[index++ === 0 ? 0 : 1]!);
      out.writeJsonString(m.params[name]!);
    }
    out.writeBytes(paramsTail);
  };
  // --jsonl: ,"note":"sentence","noteKey":"key"
  const compile = (m: Message): SentencePieces => {
    const list = Object.keys(m.params);
    const marked = tr.format({ key: m.key, params: Object.fromEntries(list.map((name, i) => [name, slotMark(i)])) });
    const pieces: (Buffer | number)[] = [];
    const parts = marked.split(SLOT_MARK);
    // split() with a group alternates literal text and the captured index.
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 1) pieces.push(Number(parts[i]));
      else if (parts[i] !== '') pieces.push(bytes(str(parts[i]).slice(1, -1)));
    }
    return { names: list, pieces };
  };
  const quote = bytes(',"note":"');
  const keyTails = new Map<string, Buffer>();
  const writeSentence = (out: ByteWriter, m: Message) => {
    let c = compiled.get(m.key);
    // Compiled for the param names this message has (the same for every message of a key, in practice).
    if (!c || !sameNames(c.names, m.params)) compiled.set(m.key, (c = compile(m)));
    out.writeBytes(quote);
    for (const piece of c.pieces) {
      if (typeof piece === 'number') out.writeJsonStringContent(m.params[c.names[piece]!]!);
      else out.writeBytes(piece);
    }
    let tail = keyTails.get(m.key);
    if (!tail) keyTails.set(m.key, (tail = bytes(`","noteKey":${str(m.key)}`)));
    out.writeBytes(tail);
    out.writeBytes(closeBytes);
  };
  return (out, m) => {
    keys.add(m.key);
    if (sentences) writeSentence(out, m);
    else writeParams(out, m);
  };
}

/** Whether `params` has exactly the names `names`, in that order. */
function sameNames(names: readonly string[], params: Message['params']): boolean {
  let i = 0;
  for (const name in params) if (names[i++] !== name) return false;
  return i === names.length;
}

/** --json (compact: reasons as message keys and params) or --jsonl (reasons as sentences with their keys). */
function jsonRecords(tr: Translator, lines: boolean): RecordFormat {
  const keys = new Set<string>();
  const verdicts = new WeakMap<object, string>();
  const verdictJson = (f: Finding) => {
    let text = verdicts.get(f.reasons);
    if (text === undefined) {
      keys.add(f.reasons.online.key);
      keys.add(f.reasons.onprem.key);
      const reasons = lines
        ? `"reasons":${str({ online: tr.format(f.reasons.online), onprem: tr.format(f.reasons.onprem) })},"reasonKeys":${str({ online: f.reasons.online.key, onprem: f.reasons.onprem.key })}`
        : `"reasons":${str(f.reasons)}`;
      verdicts.set(f.reasons, (text = `"verdicts":${str(f.verdicts)},"clientVerdicts":${str(f.clientVerdicts)},${reasons}`));
    }
    return text;
  };
  const end = lines ? '}\n' : '}';
  const rest = fragmentCache((f) => `"text":${str(f.text)},"version":${str(f.version)},"family":${str(f.family)},"familyName":${str(tr.t(FAMILY_MESSAGE[f.family]))},"source":${str(f.source)},${verdictJson(f)}${end}`);
  const note = noteTails(tr, lines, keys, end);
  const writeNote = noteWriter(tr, lines, keys, end);
  const findingStart = lines ? '{"type":"finding","line":' : '{"line":';
  const unrecognizedStart = lines ? '{"type":"unrecognized","line":' : '{"line":';
  const bytes = (text: string) => Buffer.from(text, 'utf8');
  const startBytes = bytes(findingStart);
  const startField = bytes(',"start":');
  const endField = bytes(',"end":');
  const userField = bytes(',"user":');
  const noUser = bytes(',"user":null,');
  const unrecognizedBytes = bytes(unrecognizedStart);
  const textField = bytes(',"text":');
  const endBytes = bytes(end);
  return {
    keys,
    findingHead: (line, start, endAt) => `${findingStart}${line},"start":${start},"end":${endAt},`,
    findingTail: (f) => `"user":${f.user === undefined ? 'null' : str(f.user)},${rest(f).text}`,
    writeFinding(out, f) {
      // Numbers as digits, the user escaped in place, the rest as cached bytes: no string is made per finding.
      out.writeField(startBytes, f.line);
      out.writeField(startField, f.start);
      out.writeField(endField, f.end);
      if (f.user === undefined) out.writeBytes(noUser);
      else {
        out.writeBytes(userField);
        out.writeJsonString(f.user);
        out.writeByte(0x2c);
      }
      out.writeBytes(rest(f).bytes);
    },
    unrecognizedHead: (line) => `${unrecognizedStart}${line}`,
    unrecognizedTail: (u) => `,"text":${str(u.text)}${u.note ? note(u.note) : end}`,
    writeUnrecognized(out, u) {
      out.writeField(unrecognizedBytes, u.line);
      out.writeBytes(textField);
      out.writeJsonString(u.text);
      if (u.note) writeNote(out, u.note);
      else out.writeBytes(endBytes);
    },
  };
}

/** Longest source line copied into a CSV cell. */
export const LINE_TEXT_LIMIT = 1000;

function csvRecords(tr: Translator): RecordFormat {
  // The verdict and reason cells are the same for every finding of one judgement.
  const cells = new WeakMap<object, string>();
  const findingTail = (f: Finding, lineText: () => string): string => {
    let verdicts = cells.get(f.reasons);
    if (verdicts === undefined) {
      verdicts = [f.verdicts.online, f.verdicts.onprem, tr.format(f.reasons.online), tr.format(f.reasons.onprem)].map(csvCell).join(',');
      cells.set(f.reasons, verdicts);
    }
    return `${csvCell(f.version)},${csvCell(f.family)},${verdicts},${csvCell(f.text)},${csvCell(lineText())},${csvCell(f.user ?? '')}\r\n`;
  };
  return {
    keys: new Set(),
    findingHead: (line) => `${line},`,
    findingTail,
    writeFinding(out, f, lineText) {
      out.writeInteger(f.line);
      out.writeByte(0x2c);
      out.write(findingTail(f, lineText));
    },
    unrecognizedHead: () => '',
    unrecognizedTail: () => '',
    writeUnrecognized() {},
  };
}

export function recordFormat(name: RecordFormatName, tr: Translator): RecordFormat {
  return name === 'csv' ? csvRecords(tr) : jsonRecords(tr, name === 'jsonl');
}

/** The source line around each finding in `text` (which starts at offset `base`); findings on one line share one lookup. */
export function lineTexts(text: string, base: number): (f: Finding) => () => string {
  let lastLine = -1;
  let last = '';
  return (f) => () => {
    if (f.line !== lastLine) {
      let from = f.start - base;
      while (from > 0 && text.charCodeAt(from - 1) !== 10 && text.charCodeAt(from - 1) !== 13) from--;
      let to = f.end - base;
      while (to < text.length && text.charCodeAt(to) !== 10 && text.charCodeAt(to) !== 13) to++;
      last = to - from > LINE_TEXT_LIMIT ? `${text.slice(from, from + LINE_TEXT_LIMIT)}…` : text.slice(from, to);
      lastLine = f.line;
    }
    return last;
  };
}

/** No source line: JSON records do not carry it. */
export const NO_LINE_TEXT = (): string => '';

/** What --json's and --jsonl's writers take: records as they are found, then the summary. */
export interface RecordWriter {
  finding(head: string, tail: string | Uint8Array): void;
  /** A finding found by this thread, written from its record format's pieces. */
  findingRecord(f: Finding): void;
  unrecognizedRecord(head: string, tail: string | Uint8Array | readonly Uint8Array[]): void;
  /** An unrecognised line found by this thread, written from its record format's pieces. */
  unrecognizedLine(u: Unrecognized): void;
  prerequisite(p: Prerequisite): void;
  end(summary: Summary): Promise<void>;
}

/** A sink that hands every finding, unrecognised line and prerequisite to `writer` as it is found. */
export function recordSink(writer: RecordWriter): ReportSink {
  return {
    slice(result: ScanResult) {
      for (const f of result.findings) writer.findingRecord(f);
      for (const u of result.unrecognized) writer.unrecognizedLine(u);
      for (const p of result.prerequisites) writer.prerequisite(p);
    },
    end: (end) => writer.end(end.summary),
  };
}
