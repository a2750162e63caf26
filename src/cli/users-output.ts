// --users: the people to act on. A CSV of the distinct users named on lines
// whose client is not eligible for the chosen mailbox location, with the
// build, the verdict and what to do; one row per user (and location, with
// --mailbox both), in order of first appearance. A user with several
// builds gets the row of the first one that is not eligible.
import { csvRow } from '../core/csv.ts';
import type { StreamEnd } from '../core/scan-stream.ts';
import type { Thresholds } from '../core/verdict.ts';
import type { Finding, MailboxLocation, ScanResult, Verdict } from '../core/types.ts';
import { locationsFor } from '../core/mailbox-choice.ts';
import type { Translator } from './messages.ts';
import type { ReportSink, SinkContext } from './sink.ts';

interface UserRow {
  user: string;
  location: MailboxLocation;
  build: string;
  verdict: Verdict;
  family: Finding['family'];
}

/** What to do about a client that is not eligible. */
export function actionText(tr: Translator, verdict: Verdict, family: Finding['family'], location: MailboxLocation, thresholds: Thresholds): string {
  if (verdict === 'blocked') return tr.t('cli_action_unblock');
  if (verdict === 'unknown') return tr.t('cli_action_check');
  if (verdict === 'not-supported') return tr.t('cli_action_replace');
  if (family === 'win16-msi-range') return tr.t('cli_action_msi');
  return tr.t('cli_action_update', { threshold: thresholds[location] });
}

export function usersSink(ctx: SinkContext): ReportSink {
  const locations = locationsFor(ctx.mailbox);
  const rows = new Map<string, UserRow>();
  let withUser = 0;
  let eligibleLeftOut = 0;
  return {
    slice(result: ScanResult) {
      for (const f of result.findings) {
        if (f.user === undefined) continue;
        withUser++;
        for (const location of locations) {
          const key = `${location}\u0000${f.user.toLowerCase()}`;
          if (f.verdicts[location] === 'eligible') eligibleLeftOut++;
          if (f.verdicts[location] === 'eligible' || rows.has(key)) continue;
          rows.set(key, { user: f.user, location, build: f.version, verdict: f.verdicts[location], family: f.family });
        }
      }
    },
    end(end: StreamEnd) {
      const both = locations.length > 1;
      ctx.out.write(csvRow(both ? ['user', 'location', 'build', 'verdict', 'action'] : ['user', 'build', 'verdict', 'action']));
      for (const r of rows.values()) {
        // A switch found after the row was taken: an eligible build is blocked, and that is the action.
        const verdict = r.verdict;
        const cells = [r.user, r.build, verdict, actionText(ctx.tr, verdict, r.family, r.location, ctx.thresholds)];
        ctx.out.write(csvRow(both ? [cells[0]!, r.location, ...cells.slice(1)] : cells));
      }
      if (end.offlineImOff && eligibleLeftOut > 0) {
        // Offline IM is off for everyone: eligible users are blocked too, which the rows above leave out.
        process.stderr.write(`offline-im-check: ${ctx.tr.t('cli_users_switch_off')}\n`);
      }
      if (withUser === 0) process.stderr.write(`offline-im-check: ${ctx.tr.t('cli_users_none')}\n`);
    },
  };
}
