// "Who must update" asks for each judgement's action once (findings of one
// judgement share their verdicts and reasons): the answer is the one asking
// for every finding's action gives, whatever the report, locations and thresholds.
import { describe, expect, it } from 'vitest';
import { ACTION_ORDER, actionForLocations } from '../../src/core/action.ts';
import { scan, type Finding, type MailboxLocation } from '../../src/core/index.ts';
import { whoMustUpdate, type UserRow } from '../../src/popup/who-must-update.ts';
import { BUILD_CASES } from '../cases.ts';

/** The plain way: every finding's action asked afresh. */
function reference(findings: readonly Finding[], locations: readonly MailboxLocation[], thresholds?: Readonly<Record<MailboxLocation, string>>) {
  const byUser = new Map<string, UserRow | null>();
  let named = 0;
  for (const f of findings) {
    if (f.user === undefined) continue;
    named++;
    const action = actionForLocations(f, locations, thresholds);
    const key = f.user.toLowerCase();
    const had = byUser.get(key);
    if (action.kind === 'none') {
      if (had === undefined) byUser.set(key, null);
      continue;
    }
    if (had && ACTION_ORDER.indexOf(had.action.kind) <= ACTION_ORDER.indexOf(action.kind)) continue;
    const location = locations.find((l) => f.verdicts[l] !== 'eligible') ?? locations[0]!;
    byUser.set(key, { user: f.user, version: f.version, family: f.family, verdict: f.verdicts[location], action });
  }
  return { users: [...byUser.values()].filter((r): r is UserRow => r !== null), named };
}

const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe('whoMustUpdate', () => {
  // Every build case, each user seen with several builds (the most urgent wins), and a second pass after a switch that blocks everyone.
  const lines = BUILD_CASES.flatMap((c, i) => [`user${i % 7}@contoso.com;${c.input}`, `CONTOSO\\user${i}\t${c.input}`, `nobody here ${c.input}`]);
  const reports = { plain: lines.join('\n'), blocked: [...lines, 'Identity : Global', 'EnableOfflineIM : False'].join('\n') };
  const thresholdSets = [undefined, { online: '16.0.7000.1000', onprem: '16.0.7000.1000' }];
  for (const [name, text] of Object.entries(reports)) {
    for (const locations of [['online'], ['onprem'], ['online', 'onprem']] as MailboxLocation[][]) {
      for (const thresholds of thresholdSets) {
        it(`${name} report, ${locations.join('+')}, ${thresholds ? 'raised' : "Microsoft's"} thresholds: the answer of asking every finding`, () => {
          const findings = scan(text, thresholds ? { thresholds } : {}).findings;
          const answer = whoMustUpdate(findings, locations, thresholds);
          expect(answer.users.length).toBeGreaterThan(0);
          expect(plain(answer)).toEqual(plain(reference(findings, locations, thresholds)));
        });
      }
    }
  }
});
