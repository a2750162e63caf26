import type { Prerequisite } from './types.ts';

// Reads the server-side switches that decide offline IM before any client
// does, from pasted PowerShell Format-List output:
//   Get-CsImConfiguration  ->  EnableOfflineIM       : False  (off for everyone)
//   Get-CsClientPolicy     ->  EnableIMAutoArchiving : False  (that policy's senders cannot send)
// "Identity : Tag:Sales" names the record the following values belong to.

export interface PrerequisiteState {
  identity: string | undefined;
}

const KEY_LIMIT = 40;

function readBoolean(value: string): boolean | undefined {
  const v = value.trim().replace(/^\$/, '').toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function readPrerequisite(line: string, lineNo: number, state: PrerequisiteState): Prerequisite | undefined {
  const colon = line.indexOf(':');
  if (colon < 0 || colon > KEY_LIMIT) return undefined;
  const key = line.slice(0, colon).trim().toLowerCase();
  const value = line.slice(colon + 1);
  if (key === 'identity') {
    state.identity = value.trim().slice(0, 200) || undefined;
    return undefined;
  }
  if (key !== 'enableofflineim' && key !== 'enableimautoarchiving') return undefined;
  const flag = readBoolean(value);
  if (flag === undefined) return undefined;
  const identity = state.identity ?? 'Global';
  if (key === 'enableofflineim') {
    return {
      line: lineNo,
      kind: 'offline-im-switch',
      identity,
      value: flag,
      blocking: !flag,
      message: { key: flag ? 'prereq_offline_im_on' : 'prereq_offline_im_off', params: { identity } },
    };
  }
  return {
    line: lineNo,
    kind: 'im-auto-archiving',
    identity,
    value: flag,
    blocking: !flag,
    message: { key: flag ? 'prereq_auto_archiving_on' : 'prereq_auto_archiving_off', params: { identity } },
  };
}
