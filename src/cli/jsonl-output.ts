// --jsonl: one JSON record per line, for jq, log pipelines and spreadsheets:
// every finding as it is found ({"type":"finding",…}), then the unrecognised
// lines, the prerequisites and the summary, each tagged by "type". Reasons
// are sentences in the chosen language with their keys beside, so that each
// line stands alone.
import type { Finding, Prerequisite, Unrecognized } from '../core/types.ts';
import { prerequisiteRecord } from './json-output.ts';
import { NO_LINE_TEXT, recordFormat, recordSink, type RecordFormat } from './records.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { Spill } from './spill.ts';

const str = JSON.stringify;

export class JsonlWriter {
  readonly unrecognized = new Spill();
  private readonly prerequisites = new Spill();

  constructor(
    private readonly ctx: SinkContext,
    readonly records: RecordFormat,
  ) {}

  finding(head: string, tail: string | Uint8Array): void {
    this.ctx.out.write(head);
    if (typeof tail === 'string') this.ctx.out.putFragment(tail);
    else this.ctx.out.writeBytes(tail);
  }

  findingRecord(f: Finding): void {
    this.records.writeFinding(this.ctx.out, f, NO_LINE_TEXT);
  }

  unrecognizedLine(u: Unrecognized): void {
    this.unrecognized.count++;
    this.records.writeUnrecognized(this.unrecognized, u);
  }

  unrecognizedRecord(head: string, tail: string | Uint8Array | readonly Uint8Array[]): void {
    this.unrecognized.add(head);
    this.unrecognized.put(tail);
  }

  prerequisite(p: Prerequisite): void {
    this.prerequisites.add(`${str({ type: 'prerequisite', ...prerequisiteRecord(this.ctx.tr, true, this.records.keys, p) })}\n`);
  }

  async end(summary: object): Promise<void> {
    await this.unrecognized.writeTo(this.ctx.out);
    await this.prerequisites.writeTo(this.ctx.out);
    this.ctx.out.write(`${str({ type: 'summary', lang: this.ctx.tr.lang, mailbox: this.ctx.mailbox, ...summary })}\n`);
  }
}

export function jsonlSink(ctx: SinkContext): ReportSink {
  const records = recordFormat('jsonl', ctx.tr);
  return recordSink(new JsonlWriter(ctx, records));
}
