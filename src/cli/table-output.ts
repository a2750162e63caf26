// The default, human-readable output: one block per build (groupByBuild) with
// its count, family in words and a verdict and reason per mailbox location,
// then a summary.
import { FAMILY_MESSAGE, VERDICTS, groupByBuild, type ScanResult } from '../core/index.ts';
import type { MailboxChoice } from './args.ts';
import { locationsOf, verdictKey } from './locations.ts';
import type { Translator } from './messages.ts';
import { VERDICT_SYMBOL, type Style } from './style.ts';

const LINES_SHOWN = 10;

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - text.length));
const padStart = (text: string, width: number) => ' '.repeat(Math.max(0, width - text.length)) + text;

export function renderTable(result: ScanResult, mailbox: MailboxChoice, tr: Translator, style: Style): string {
  const out: string[] = [];
  const locations = locationsOf(mailbox);
  const locationNames = locations.map((l) => `${tr.t(`location_${l}`)}:`);
  const labelWidth = Math.max(...locationNames.map((n) => n.length));
  const words = Object.fromEntries(VERDICTS.map((v) => [v, `${VERDICT_SYMBOL[v]} ${tr.t(verdictKey(v))}`]));
  const wordWidth = Math.max(...Object.values(words).map((w) => w.length));

  // What blocks offline IM whatever the build comes first.
  for (const p of result.prerequisites) if (p.blocking) out.push(style.verdict('blocked', `${VERDICT_SYMBOL.blocked} ${tr.t('cli_blocking')}: ${tr.format(p.message)}`));
  if (out.length > 0) out.push('');

  const groups = groupByBuild(result.findings);
  if (groups.length === 0) out.push(tr.t('cli_no_findings'), '');
  for (const g of groups) {
    out.push(`${style.bold(g.version)}  ${tr.t(FAMILY_MESSAGE[g.family])}`);
    const shown = g.lines.slice(0, LINES_SHOWN).join(', ');
    const lines =
      g.lines.length > LINES_SHOWN
        ? tr.t('cli_lines_more', { lines: shown, more: g.lines.length - LINES_SHOWN })
        : tr.t(g.lines.length === 1 ? 'cli_line' : 'cli_lines', { lines: shown });
    out.push(`  ${tr.t('cli_clients', { count: g.count })} · ${style.dim(lines)}`);
    locations.forEach((l, i) => {
      const v = g.verdicts[l];
      out.push(`  ${pad(locationNames[i]!, labelWidth)}  ${style.verdict(v, pad(words[v]!, wordWidth))}  ${tr.format(g.reasons[l])}`);
    });
    out.push('');
  }

  const s = result.summary;
  out.push(style.bold(tr.t('cli_summary_title')));
  out.push(`  ${tr.t('cli_summary_lines', { count: s.lines })}`);
  out.push(`  ${tr.t('cli_summary_clients', { count: s.findings, builds: s.distinctBuilds })}`);
  // The blocked column appears only when a server switch blocked someone.
  const shown = VERDICTS.filter((v) => v !== 'blocked' || locations.some((l) => s.byLocation[l].blocked > 0));
  const heads = shown.map((v) => tr.t(verdictKey(v)));
  const firstWidth = Math.max(tr.t('cli_location_column').length, ...locationNames.map((n) => n.length - 1));
  out.push(`  ${pad(tr.t('cli_location_column'), firstWidth)}  ${heads.join('  ')}`);
  for (const l of locations) {
    const cells = shown.map((v, i) => style.verdict(v, padStart(String(s.byLocation[l][v]), heads[i]!.length)));
    out.push(`  ${pad(tr.t(`location_${l}`), firstWidth)}  ${cells.join('  ')}`);
  }
  const blocking = result.prerequisites.filter((p) => p.blocking).length;
  out.push(`  ${tr.t('cli_summary_prerequisites', { count: s.prerequisites, blocking })}`);
  for (const p of result.prerequisites) {
    const text = `${p.blocking ? `${style.verdict('not-supported', `✗ ${tr.t('cli_blocking')}`)} ` : ''}${tr.format(p.message)}`;
    out.push(`    ${tr.t('cli_prerequisite_line', { line: p.line, text })}`);
  }
  out.push(`  ${tr.t('cli_summary_unrecognized', { count: s.unrecognized })}`);
  return `${out.join('\n')}\n`;
}
