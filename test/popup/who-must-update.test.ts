// "Who must update" asks for each judgement's action once (findings of one
// judgement share their verdicts and reasons): the answer is the one asking
// for every finding's action gives, whatever the report, locations and thresholds.
import { describe, expect, it } from 'vitest';
import { ACTION_ORDER, actionForLocations } from '../../src/core/action.ts';
import { scan, type Finding, type MailboxLocation } from '../../src/core/index.ts';
import { createWorkerHandler } from '../../src/popup/worker-handler.ts';
import { whoMustUpdate, type UserRow, type UsersPage } from '../../src/popup/who-must-update.ts';
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

describe('the worker\'s answer to the popup', () => {
  it('the first `limit` rows, the count and the To: line of every user (not every row)', () => {
    const handle = createWorkerHandler();
    const text = Array.from({ length: 3000 }, (_, i) => `user${i}@contoso.com;OC/16.0.4266.1001`).join('\n');
    handle({ id: 1, type: 'scan', text });
    const options = { locations: ['online'] as MailboxLocation[] };
    const reply = handle({ id: 2, type: 'users', options, limit: 50 });
    const page = (reply?.ok ? reply.value : undefined) as UsersPage;
    expect(page.total).toBe(3000);
    expect(page.named).toBe(3000);
    expect(page.users.map((u) => u.user)).toEqual(Array.from({ length: 50 }, (_, i) => `user${i}@contoso.com`));
    expect(page.toLine.split('; ')).toHaveLength(3000);
    const more = handle({ id: 3, type: 'users', options, limit: 100 });
    expect(more?.ok && (more.value as UsersPage).users).toHaveLength(100);
    // Another question (both locations) is answered afresh, not from the last one.
    const both = handle({ id: 4, type: 'users', options: { locations: ['online', 'onprem'] }, limit: 10 });
    const bothPage = (both?.ok ? both.value : undefined) as UsersPage;
    expect(plain(bothPage.users)).toEqual(plain(whoMustUpdate(scan(text).findings, ['online', 'onprem']).users.slice(0, 10)));
    // The on-premises build is the higher target: a stale answer (online only) would name the lower one.
    expect(bothPage.users[0]!.action.target).not.toBe(page.users[0]!.action.target);
  });
});
