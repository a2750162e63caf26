import type { Thresholds } from '../core/verdict.ts';
// What every output format does with a streamed scan: take each slice's
// result as it comes, then write the rest at the end.
import type { ScanResult } from '../core/types.ts';
import type { StreamEnd } from '../core/scan-stream.ts';
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import type { Translator } from './messages.ts';
import type { Output } from './output.ts';
import type { Style } from './style.ts';

export interface ReportSink {
  /** One slice's result; `text` is the slice, starting at offset `offset` of the whole input. */
  slice(result: ScanResult, text: string, offset: number): void;
  /** Writes what is left once the whole input has been scanned. */
  end(end: StreamEnd): void | Promise<void>;
}

export interface SinkContext {
  out: Output;
  tr: Translator;
  mailbox: MailboxChoice;
  pretty: boolean;
  style: Style;
  /** The thresholds in force (Microsoft's, raised by --minimum-build). */
  thresholds: Thresholds;
}
