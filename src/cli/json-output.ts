// --json: exactly one JSON object, streamed: findings are written as they are
// found; unrecognised lines and prerequisites wait (Spill) until the findings
// array is closed; the summary and the messages table come last.
// Compact by default: reasons are message keys with params, and one shared
// `messages` table holds each key's template once. --pretty indents and
// gives reasons as sentences in the chosen language only.
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { Finding, Message, Prerequisite, ScanResult, Unrecognized } from '../core/types.ts';
import type { Translator } from './messages.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { Spill } from './spill.ts';

const str = JSON.stringify;

/** The verdict part of a finding, the same for every finding of one judgement: made once. */
function verdictFragments(tr: Translator, pretty: boolean, keys: Set<string>): (f: Finding) => string {
  const cache = new WeakMap<object, string>();
  return (f) => {
    let text = cache.get(f.reasons);
    if (text === undefined) {
      keys.add(f.reasons.online.key);
      keys.add(f.reasons.onprem.key);
      const reasons = pretty ? { online: tr.format(f.reasons.online), onprem: tr.format(f.reasons.onprem) } : f.reasons;
      text = `"verdicts":${str(f.verdicts)},"clientVerdicts":${str(f.clientVerdicts)},"reasons":${str(reasons)}`;
      cache.set(f.reasons, text);
    }
    return text;
  };
}

/** One finding as a JSON object (compact). */
export function findingWriter(tr: Translator, pretty: boolean, keys: Set<string>): (f: Finding) => string {
  const verdicts = verdictFragments(tr, pretty, keys);
  const families = new Map<string, string>();
  const family = (id: Finding['family']) => {
    let text = families.get(id);
    if (text === undefined) families.set(id, (text = `"family":${str(id)},"familyName":${str(tr.t(FAMILY_MESSAGE[id]))}`));
    return text;
  };
  return (f) =>
    `{"line":${f.line},"start":${f.start},"end":${f.end},"text":${str(f.text)},"version":${str(f.version)},${family(f.family)},"source":${str(f.source)},${verdicts(f)},"user":${f.user === undefined ? 'null' : str(f.user)}}`;
}

function message(tr: Translator, pretty: boolean, keys: Set<string>, m: Message): unknown {
  keys.add(m.key);
  return pretty ? tr.format(m) : m;
}

export function unrecognizedRecord(tr: Translator, pretty: boolean, keys: Set<string>, u: Unrecognized): Record<string, unknown> {
  if (!u.note) return { line: u.line, text: u.text };
  return pretty ? { line: u.line, text: u.text, note: message(tr, pretty, keys, u.note), noteKey: u.note.key } : { line: u.line, text: u.text, note: message(tr, pretty, keys, u.note) };
}

export function prerequisiteRecord(tr: Translator, pretty: boolean, keys: Set<string>, p: Prerequisite): Record<string, unknown> {
  const record: Record<string, unknown> = { line: p.line, kind: p.kind, identity: p.identity ?? null, value: p.value, blocking: p.blocking, message: message(tr, pretty, keys, p.message) };
  if (pretty) record.messageKey = p.message.key;
  return record;
}

/** Re-indents a compact JSON value to sit at `depth` levels of two spaces. */
function indent(json: string, depth: number): string {
  return JSON.stringify(JSON.parse(json), null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

export function jsonSink(ctx: SinkContext): ReportSink {
  const { out, tr, pretty } = ctx;
  const keys = new Set<string>();
  const finding = findingWriter(tr, pretty, keys);
  const unrecognized = new Spill();
  const prerequisites = new Spill();
  let findings = 0;
  const nl = pretty ? '\n' : '';
  const item = (json: string, n: number) => (pretty ? `${n === 0 ? '' : ','}\n    ${indent(json, 2)}` : `${n === 0 ? '' : ','}${json}`);
  const head = pretty ? `{\n  "lang": ${str(tr.lang)},\n  "mailbox": ${str(ctx.mailbox)},\n  "findings": [` : `{"lang":${str(tr.lang)},"mailbox":${str(ctx.mailbox)},"findings":[`;
  out.write(head);
  return {
    slice(result: ScanResult) {
      for (const f of result.findings) out.write(item(finding(f), findings++));
      for (const u of result.unrecognized) unrecognized.add(item(str(unrecognizedRecord(tr, pretty, keys, u)), unrecognized.count));
      for (const p of result.prerequisites) prerequisites.add(item(str(prerequisiteRecord(tr, pretty, keys, p)), prerequisites.count));
    },
    async end(end) {
      const close = (n: number) => (pretty && n > 0 ? '\n  ]' : ']');
      out.write(`${close(findings)},${nl}${pretty ? '  "unrecognized": [' : '"unrecognized":['}`);
      await unrecognized.writeTo(out);
      out.write(`${close(unrecognized.count)},${nl}${pretty ? '  "prerequisites": [' : '"prerequisites":['}`);
      await prerequisites.writeTo(out);
      out.write(`${close(prerequisites.count)},${nl}`);
      if (pretty) out.write(`  "summary": ${indent(str(end.summary), 1)}\n}\n`);
      else {
        const messages = Object.fromEntries([...keys].sort().map((k) => [k, tr.template(k)]));
        out.write(`"summary":${str(end.summary)},"messages":${str(messages)}}\n`);
      }
    },
  };
}
