import { ACTION_ORDER, actionForLocations, type Action } from '../core/action.ts';
import type { FamilyId, Finding, MailboxLocation, Verdict } from '../core/types.ts';

// The people behind the builds: runs where the findings are (the worker), so
// a 100,000-line report never crosses to the popup whole.

export interface UserRow {
  user: string;
  version: string;
  family: FamilyId;
  /** The verdict for the chosen location (the strictest shown one when both are). */
  verdict: Verdict;
  action: Action;
}

export interface UsersAnswer {
  users: UserRow[];
  /** Findings with a user on their line: 0 means the report names nobody. */
  named: number;
}

/**
 * Distinct users whose client is not eligible for the shown locations, each
 * once with their most urgent client, in first-seen order.
 */
export function whoMustUpdate(findings: readonly Finding[], locations: readonly MailboxLocation[], thresholds?: Readonly<Record<MailboxLocation, string>>): UsersAnswer {
  const byUser = new Map<string, UserRow | null>();
  // The action follows from the family, verdicts and reasons alone, and findings of one judgement share those
  // objects: asked once per judgement, not once per finding (a 100,000-line report has a handful of judgements).
  const actions = new Map<object, Map<object, Map<string, Action>>>();
  const actionOf = (f: Finding): Action => {
    let byReasons = actions.get(f.verdicts);
    if (!byReasons) actions.set(f.verdicts, (byReasons = new Map<object, Map<string, Action>>()));
    let byFamily = byReasons.get(f.reasons);
    if (!byFamily) byReasons.set(f.reasons, (byFamily = new Map<string, Action>()));
    let action = byFamily.get(f.family);
    if (!action) byFamily.set(f.family, (action = actionForLocations(f, locations, thresholds)));
    return action;
  };
  let named = 0;
  for (const f of findings) {
    if (f.user === undefined) continue;
    named++;
    const action = actionOf(f);
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
  const users: UserRow[] = [];
  for (const row of byUser.values()) if (row) users.push(row);
  return { users, named };
}

/**
 * What the popup is sent of the answer: its first rows, how many there are
 * and the To: line of them all. A 100,000-line report can name tens of
 * thousands of users; copying every row to the popup took it a long task.
 */
export interface UsersPage {
  users: UserRow[];
  total: number;
  named: number;
  toLine: string;
}

/** The first `limit` rows of an answer, with its count and To: line. */
export function usersPage(answer: UsersAnswer, limit: number, line = toLine(answer.users)): UsersPage {
  return { users: answer.users.slice(0, limit), total: answer.users.length, named: answer.named, toLine: line };
}

/** The list for an e-mail's To: line. */
export function toLine(users: readonly UserRow[]): string {
  return users.map((u) => u.user).join('; ');
}
