import { ACTION_ORDER, actionForLocations, type Action, type ActionKind } from '../core/action.ts';
import type { MailboxLocation } from '../core/types.ts';
import type { BuildRowData } from './scan-view.ts';

/** Rows that need the same step, with how many clients and builds that is. */
export interface ActionGroup {
  kind: ActionKind;
  /** The group's target build (the highest of its rows), for the "Update to …" label. */
  target?: string;
  rows: { row: BuildRowData; action: Action }[];
  clients: number;
}

/** Rows grouped by what to do, problems first (ACTION_ORDER); first-seen order inside a group. */
export function groupByAction(rows: readonly BuildRowData[], locations: readonly MailboxLocation[], thresholds?: Readonly<Record<MailboxLocation, string>>): ActionGroup[] {
  const groups = new Map<ActionKind, ActionGroup>();
  for (const row of rows) {
    const action = actionForLocations(row, locations, thresholds);
    let group = groups.get(action.kind);
    if (!group) groups.set(action.kind, (group = { kind: action.kind, target: action.target, rows: [], clients: 0 }));
    group.rows.push({ row, action });
    group.clients += row.count;
  }
  return ACTION_ORDER.flatMap((kind) => groups.get(kind) ?? []);
}
