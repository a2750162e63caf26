// --json: exactly one JSON object. Verdicts always hold both locations;
// reasons are formatted text in the chosen language, with their keys beside.
import { FAMILY_MESSAGE, type ScanResult } from '../core/index.ts';
import type { MailboxChoice } from './args.ts';
import type { Translator } from './messages.ts';

export function renderJson(result: ScanResult, mailbox: MailboxChoice, tr: Translator): string {
  const report = {
    lang: tr.lang,
    mailbox,
    findings: result.findings.map((f) => ({
      line: f.line,
      start: f.start,
      end: f.end,
      text: f.text,
      version: f.version,
      family: f.family,
      familyName: tr.t(FAMILY_MESSAGE[f.family]),
      source: f.source,
      verdicts: f.verdicts,
      clientVerdicts: f.clientVerdicts,
      user: f.user ?? null,
      reasons: { online: tr.format(f.reasons.online), onprem: tr.format(f.reasons.onprem) },
      reasonKeys: { online: f.reasons.online.key, onprem: f.reasons.onprem.key },
    })),
    unrecognized: result.unrecognized.map((u) => (u.note ? { line: u.line, text: u.text, note: tr.format(u.note), noteKey: u.note.key } : { line: u.line, text: u.text })),
    prerequisites: result.prerequisites.map((p) => ({
      line: p.line,
      kind: p.kind,
      identity: p.identity,
      value: p.value,
      blocking: p.blocking,
      message: tr.format(p.message),
      messageKey: p.message.key,
    })),
    summary: result.summary,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
