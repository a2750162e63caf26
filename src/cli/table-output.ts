// The default, human-readable output: one block per build (bounded counts and
// a sample of line numbers), the lines without a build with their reason (the
// first few), then a summary. Written at the end, since it is grouped. Every
// piece of input text goes through visible(): control characters in a log
// never reach the terminal raw.
import { FAMILY_MESSAGE } from '../core/families.ts';
import type { StreamEnd } from '../core/scan-stream.ts';
import { VERDICTS, type Prerequisite, type ScanResult, type Unrecognized } from '../core/types.ts';
import { BuildGroups, type SampledGroup } from './build-groups.ts';
import { locationsFor } from '../core/mailbox-choice.ts';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';
import type { Translator } from './messages.ts';
import type { ReportSink, SinkContext } from './sink.ts';
import { VERDICT_SYMBOL } from './style.ts';
import { visible } from './visible.ts';

/** Lines without a build listed by line number; the rest are counted. */
export const UNRECOGNIZED_SHOWN = 20;
/** Prerequisite lines listed; the rest are counted. */
export const PREREQUISITES_SHOWN = 50;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

/** Formats messages with input text in their slots made visible. */
function safe(tr: Translator): (m: Parameters<Translator['format']>[0]) => string {
  return (m) => visible(tr.format(m));
}

export function tableSink(ctx: SinkContext): ReportSink & { groups(): SampledGroup[] } {
  const groups = new BuildGroups();
  const unrecognized: Unrecognized[] = [];
  const prerequisites: Prerequisite[] = [];
  let blocking = 0;
  let offlineImOff: StreamEnd['offlineImOff'];
  return {
    slice(result: ScanResult) {
      groups.add(result.findings);
      for (const u of result.unrecognized) if (unrecognized.length < UNRECOGNIZED_SHOWN) unrecognized.push(u);
      for (const p of result.prerequisites) {
        if (p.blocking) blocking++;
        if (prerequisites.length < PREREQUISITES_SHOWN) prerequisites.push(p);
      }
    },
    groups: () => groups.list(offlineImOff),
    end(end) {
      offlineImOff = end.offlineImOff;
      ctx.out.write(renderTable(groups.list(end.offlineImOff), unrecognized, prerequisites, blocking, end, ctx));
    },
  };
}

export function renderTable(groups: readonly SampledGroup[], unrecognized: readonly Unrecognized[], prerequisites: readonly Prerequisite[], blocking: number, end: StreamEnd, ctx: SinkContext): string {
  const { tr, style } = ctx;
  const format = safe(tr);
  const out: string[] = [];
  const locations = locationsFor(ctx.mailbox);
  const locationNames = locations.map((l) => `${tr.t(`location_${l}`)}:`);
  const labelWidth = Math.max(...locationNames.map((n) => n.length));
  const words = Object.fromEntries(VERDICTS.map((v) => [v, `${VERDICT_SYMBOL[v]} ${tr.t(VERDICT_MESSAGE[v])}`]));
  const wordWidth = Math.max(...Object.values(words).map((w) => w.length));

  // What blocks offline IM whatever the build comes first.
  for (const p of prerequisites) if (p.blocking) out.push(style.verdict('blocked', `${VERDICT_SYMBOL.blocked} ${tr.t('cli_blocking')}: ${format(p.message)}`));
  if (out.length > 0) out.push('');
  if (groups.length === 0) out.push(tr.t('cli_no_findings'), '');
  for (const g of groups) {
    out.push(`${style.bold(g.version)}  ${tr.t(FAMILY_MESSAGE[g.family])}`);
    const shown = g.lines.join(', ');
    const lines =
      g.lineCount > g.lines.length
        ? tr.t('cli_lines_more', { lines: shown, more: g.lineCount - g.lines.length })
        : tr.t(g.lineCount === 1 ? 'cli_line' : 'cli_lines', { lines: shown });
    out.push(`  ${tr.t('cli_clients', { count: g.count })} · ${style.dim(lines)}`);
    locations.forEach((l, i) => {
      const v = g.verdicts[l];
      out.push(`  ${pad(locationNames[i]!, labelWidth)}  ${style.verdict(v, pad(words[v]!, wordWidth))}  ${format(g.reasons[l])}`);
    });
    out.push('');
  }

  const s = end.summary;
  if (s.unrecognized > 0) {
    out.push(style.bold(tr.t('cli_unrecognized_title', { count: s.unrecognized })));
    for (const u of unrecognized) {
      const text = visible(u.text);
      out.push(`  ${tr.t('cli_prerequisite_line', { line: u.line, text: u.note ? `${text} ${style.dim(`(${format(u.note)})`)}` : text })}`);
    }
    if (s.unrecognized > unrecognized.length) out.push(`  ${style.dim(tr.t('cli_more_lines', { count: s.unrecognized - unrecognized.length }))}`);
    out.push('');
  }

  out.push(style.bold(tr.t('cli_summary_title')));
  out.push(`  ${tr.t('cli_summary_lines', { count: s.lines })}`);
  out.push(`  ${tr.t('cli_summary_clients', { count: s.findings, builds: s.distinctBuilds })}`);
  // The blocked column appears only when a server switch blocked someone.
  const shownVerdicts = VERDICTS.filter((v) => v !== 'blocked' || locations.some((l) => s.byLocation[l].blocked > 0));
  const heads = shownVerdicts.map((v) => tr.t(VERDICT_MESSAGE[v]));
  const firstWidth = Math.max(tr.t('cli_location_column').length, ...locationNames.map((n) => n.length - 1));
  out.push(`  ${pad(tr.t('cli_location_column'), firstWidth)}  ${heads.join('  ')}`);
  for (const l of locations) {
    const cells = shownVerdicts.map((v, i) => style.verdict(v, padStart(String(s.byLocation[l][v]), heads[i]!.length)));
    out.push(`  ${pad(tr.t(`location_${l}`), firstWidth)}  ${cells.join('  ')}`);
  }
  out.push(`  ${tr.t('cli_summary_prerequisites', { count: s.prerequisites, blocking })}`);
  for (const p of prerequisites) {
    const text = `${p.blocking ? `${style.verdict('not-supported', `✗ ${tr.t('cli_blocking')}`)} ` : ''}${format(p.message)}`;
    out.push(`    ${tr.t('cli_prerequisite_line', { line: p.line, text })}`);
  }
  if (s.prerequisites > prerequisites.length) out.push(`    ${style.dim(tr.t('cli_more_lines', { count: s.prerequisites - prerequisites.length }))}`);
  out.push(`  ${tr.t('cli_summary_unrecognized', { count: s.unrecognized })}`);
  return `${out.join('\n')}\n`;
}
