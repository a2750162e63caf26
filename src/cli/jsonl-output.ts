// --jsonl: one JSON record per line, for jq, log pipelines and spreadsheets:
// every finding as it is found ({"type":"finding",…}), then the unrecognised
// lines, the prerequisites and the summary, each tagged by "type". Reasons
// are sentences in the chosen language with their keys beside, so that each
// line stands alone.
import type { Finding, ScanResult } from '../core/types.ts';
import { prerequisiteRecord, unrecognizedRecord } from './json-output.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { FAMILY_MESSAGE } from '../core/families.ts';
import { Spill } from './spill.ts';

const str = JSON.stringify;

export function jsonlSink(ctx: SinkContext): ReportSink {
  const { out, tr } = ctx;
  const keys = new Set<string>();
  const cache = new WeakMap<object, string>();
  const families = new Map<string, string>();
  const tail = (f: Finding) => {
    let text = cache.get(f.reasons);
    if (text === undefined) {
      const reasons = { online: tr.format(f.reasons.online), onprem: tr.format(f.reasons.onprem) };
      const reasonKeys = { online: f.reasons.online.key, onprem: f.reasons.onprem.key };
      cache.set(f.reasons, (text = `"verdicts":${str(f.verdicts)},"clientVerdicts":${str(f.clientVerdicts)},"reasons":${str(reasons)},"reasonKeys":${str(reasonKeys)}`));
    }
    return text;
  };
  const family = (id: Finding['family']) => {
    let text = families.get(id);
    if (text === undefined) families.set(id, (text = `"family":${str(id)},"familyName":${str(tr.t(FAMILY_MESSAGE[id]))}`));
    return text;
  };
  const rest = new Spill();
  const prerequisites = new Spill();
  return {
    slice(result: ScanResult) {
      for (const f of result.findings) {
        out.write(`{"type":"finding","line":${f.line},"start":${f.start},"end":${f.end},"text":${str(f.text)},"version":${str(f.version)},${family(f.family)},"source":${str(f.source)},${tail(f)},"user":${f.user === undefined ? 'null' : str(f.user)}}\n`);
      }
      for (const u of result.unrecognized) rest.add(`${str({ type: 'unrecognized', ...unrecognizedRecord(tr, true, keys, u) })}\n`);
      for (const p of result.prerequisites) prerequisites.add(`${str({ type: 'prerequisite', ...prerequisiteRecord(tr, true, keys, p) })}\n`);
    },
    async end(end) {
      await rest.writeTo(out);
      await prerequisites.writeTo(out);
      out.write(`${str({ type: 'summary', lang: tr.lang, mailbox: ctx.mailbox, ...end.summary })}\n`);
    },
  };
}
