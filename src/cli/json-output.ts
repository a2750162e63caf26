// --json: exactly one JSON object, streamed: findings are written as they are
// found; unrecognised lines and prerequisites wait (Spill) until the findings
// array is closed; the summary and the messages table come last.
// Compact by default: reasons are message keys with params, and one shared
// `messages` table holds each key's template once. --pretty indents and
// gives reasons as sentences in the chosen language only.
import type { Finding, Message, Prerequisite, Unrecognized } from '../core/types.ts';
import type { Translator } from './messages.ts';
import { NO_LINE_TEXT, recordFormat, recordSink, type RecordFormat } from './records.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { Spill } from './spill.ts';

const str = JSON.stringify;

function message(tr: Translator, sentences: boolean, keys: Set<string>, m: Message): unknown {
  keys.add(m.key);
  return sentences ? tr.format(m) : m;
}

export function prerequisiteRecord(tr: Translator, sentences: boolean, keys: Set<string>, p: Prerequisite): Record<string, unknown> {
  const record: Record<string, unknown> = { line: p.line, kind: p.kind, identity: p.identity ?? null, value: p.value, blocking: p.blocking, message: message(tr, sentences, keys, p.message) };
  if (sentences) record.messageKey = p.message.key;
  return record;
}

/** Re-indents a compact JSON record to sit in an array at depth 2, reasons as sentences only (--pretty). */
function prettyItem(json: string, tr: Translator): string {
  const value = JSON.parse(json) as Record<string, unknown>;
  const reasons = value.reasons as Record<'online' | 'onprem', Message> | undefined;
  if (reasons) value.reasons = { online: tr.format(reasons.online), onprem: tr.format(reasons.onprem) };
  const note = value.note as Message | undefined;
  if (note) {
    value.note = tr.format(note);
    value.noteKey = note.key;
  }
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n    ');
}

/** Writes the JSON object around records whose heads and tails come from a RecordFormat (here or in worker threads). */
export class JsonWriter {
  private findings = 0;
  readonly unrecognized = new Spill();
  private readonly prerequisites = new Spill();

  constructor(
    private readonly ctx: SinkContext,
    readonly records: RecordFormat,
  ) {
    const { tr, pretty, mailbox } = ctx;
    ctx.out.write(pretty ? `{\n  "lang": ${str(tr.lang)},\n  "mailbox": ${str(mailbox)},\n  "findings": [` : `{"lang":${str(tr.lang)},"mailbox":${str(mailbox)},"findings":[`);
  }

  private item(json: string, n: number): string {
    return this.ctx.pretty ? `${n === 0 ? '' : ','}\n    ${prettyItem(json, this.ctx.tr)}` : `${n === 0 ? '' : ','}${json}`;
  }

  finding(head: string, tail: string | Uint8Array): void {
    if (this.ctx.pretty && typeof tail === 'string') this.ctx.out.write(this.item(head + tail, this.findings++));
    else {
      if (this.findings++ > 0) this.ctx.out.write(',');
      this.ctx.out.write(head);
      if (typeof tail === 'string') this.ctx.out.putFragment(tail);
      else this.ctx.out.writeBytes(tail);
    }
  }

  findingRecord(f: Finding): void {
    if (this.ctx.pretty) return this.finding(this.records.findingHead(f.line, f.start, f.end), this.records.findingTail(f, NO_LINE_TEXT));
    if (this.findings++ > 0) this.ctx.out.writeByte(0x2c);
    this.records.writeFinding(this.ctx.out, f, NO_LINE_TEXT);
  }

  unrecognizedLine(u: Unrecognized): void {
    if (this.ctx.pretty) return this.unrecognizedRecord(this.records.unrecognizedHead(u.line), this.records.unrecognizedTail(u));
    if (this.unrecognized.count++ > 0) this.unrecognized.writeByte(0x2c);
    this.records.writeUnrecognized(this.unrecognized, u);
  }

  unrecognizedRecord(head: string, tail: string | Uint8Array | readonly Uint8Array[]): void {
    if (typeof tail !== 'string' || !this.ctx.pretty) {
      this.unrecognized.add(this.unrecognized.count === 0 ? head : `,${head}`);
      this.unrecognized.put(tail);
    } else this.unrecognized.add(this.item(head + tail, this.unrecognized.count));
  }

  prerequisite(p: Prerequisite): void {
    this.prerequisites.add(this.item(str(prerequisiteRecord(this.ctx.tr, this.ctx.pretty, this.records.keys, p)), this.prerequisites.count));
  }

  async end(summary: unknown): Promise<void> {
    const { out, pretty, tr } = this.ctx;
    const nl = pretty ? '\n' : '';
    const close = (n: number) => (pretty && n > 0 ? '\n  ]' : ']');
    out.write(`${close(this.findings)},${nl}${pretty ? '  "unrecognized": [' : '"unrecognized":['}`);
    await this.unrecognized.writeTo(out);
    out.write(`${close(this.unrecognized.count)},${nl}${pretty ? '  "prerequisites": [' : '"prerequisites":['}`);
    await this.prerequisites.writeTo(out);
    out.write(`${close(this.prerequisites.count)},${nl}`);
    if (pretty) out.write(`  "summary": ${JSON.stringify(summary, null, 2).replace(/\n/g, '\n  ')}\n}\n`);
    else {
      const messages = Object.fromEntries([...this.records.keys].sort().map((k) => [k, tr.template(k)]));
      out.write(`"summary":${str(summary)},"messages":${str(messages)}}\n`);
    }
  }
}

export function jsonSink(ctx: SinkContext): ReportSink {
  const records = recordFormat('json', ctx.tr);
  return recordSink(new JsonWriter(ctx, records));
}
