// What the admin does about a client, for one mailbox location: the step the
// popup groups rows by, the summary counts and the "Who must update" list
// shows. Pure: a verdict, a family and the thresholds in force in; an action
// with a localisable label out.
import { THRESHOLDS } from './thresholds.ts';
import type { FamilyId, MailboxLocation, Message, Verdict } from './types.ts';

export type ActionKind = 'fix-server' | 'update' | 'move-to-c2r' | 'replace' | 'identify' | 'none';

/** Problems first: the server switch stops everyone, then what the most clients need. */
export const ACTION_ORDER: readonly ActionKind[] = ['fix-server', 'update', 'move-to-c2r', 'replace', 'identify', 'none'];

export interface Action {
  kind: ActionKind;
  /** The build to reach, for update and move-to-c2r (and replace: the Windows client's). */
  target?: string;
  /** What to do, in a sentence. */
  advice: Message;
}

/** What a client needs: its family, the verdict for the location and the reason's key. */
export interface ActionInput {
  family: FamilyId;
  verdicts: Readonly<Record<MailboxLocation, Verdict>>;
  reasons: Readonly<Record<MailboxLocation, Message>>;
}

/** Replace advice per family: phones, Macs and web clients are not replaced by installing a desktop build on them. */
const REPLACE_ADVICE: Readonly<Partial<Record<FamilyId, string>>> = {
  mobile: 'action_replace_mobile',
  mac: 'action_replace_mac',
  web: 'action_replace_web',
  other16: 'action_replace_mac',
};

export function actionFor(client: ActionInput, location: MailboxLocation, thresholds: Readonly<Record<MailboxLocation, string>> = THRESHOLDS): Action {
  const target = thresholds[location];
  switch (client.verdicts[location]) {
    case 'eligible':
      return { kind: 'none', advice: { key: 'action_none', params: {} } };
    case 'blocked':
      return { kind: 'fix-server', advice: { key: 'action_fix_server', params: {} } };
    case 'unknown': {
      const partial = client.reasons[location].key === 'reason_missing_revision';
      return { kind: 'identify', advice: { key: partial ? 'action_full_build' : 'action_identify', params: {} } };
    }
    case 'not-supported':
      return { kind: 'replace', target, advice: { key: REPLACE_ADVICE[client.family] ?? 'action_replace_desktop', params: { threshold: target } } };
    default:
      // MSI installs never get offline IM, whatever their build: the way out is Click-to-Run.
      if (client.family === 'win16-msi-range') return { kind: 'move-to-c2r', target, advice: { key: 'action_move_to_c2r', params: { threshold: target } } };
      return { kind: 'update', target, advice: { key: 'action_update', params: { threshold: target } } };
  }
}

/**
 * One action for several shown locations: the most urgent one, with the
 * highest target (a client at the on-premises build works for both).
 */
export function actionForLocations(client: ActionInput, locations: readonly MailboxLocation[], thresholds: Readonly<Record<MailboxLocation, string>> = THRESHOLDS): Action {
  let best: Action | undefined;
  for (const location of locations) {
    const action = actionFor(client, location, thresholds);
    if (!best || ACTION_ORDER.indexOf(action.kind) < ACTION_ORDER.indexOf(best.kind)) best = action;
    else if (action.kind === best.kind && action.target && best.target && compareDotted(action.target, best.target) > 0) best = action;
  }
  return best ?? { kind: 'none', advice: { key: 'action_none', params: {} } };
}

/** Group label key per action ("Update to {threshold} or later", …); literal types, checked against the catalogue where shown. */
export const ACTION_LABEL = {
  'fix-server': 'action_label_fix_server',
  update: 'action_label_update',
  'move-to-c2r': 'action_label_move_to_c2r',
  replace: 'action_label_replace',
  identify: 'action_label_identify',
  none: 'action_label_none',
} as const satisfies Readonly<Record<ActionKind, string>>;

function compareDotted(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
