import type { Prerequisite } from './types.ts';
import type { ServerSwitches } from './verdict.ts';

// What the server switches read from the input mean for every client
// (docs/evidence.md): EnableOfflineIM False for Global, or for every
// configuration the input shows, turns offline IM off for everyone;
// EnableIMAutoArchiving False stops the senders of that client policy, whom
// the input does not name, so it is reported per policy, not per client.

export function serverSwitches(prerequisites: readonly Prerequisite[]): ServerSwitches {
  // The last value read for each configuration wins.
  const last = new Map<string, Prerequisite>();
  for (const p of prerequisites) if (p.kind === 'offline-im-switch') last.set((p.identity ?? 'Global').toLowerCase(), p);
  if (last.size === 0) return {};
  const global = last.get('global');
  const off = global ? (global.value ? undefined : global) : [...last.values()].every((p) => !p.value) ? [...last.values()][0] : undefined;
  return off ? { offlineImOff: { identity: off.identity ?? 'Global', line: off.line } } : {};
}

/** Identities of client policies with EnableIMAutoArchiving False, once each, in input order. */
export function blockedPolicies(prerequisites: readonly Prerequisite[]): string[] {
  const value = new Map<string, boolean>();
  for (const p of prerequisites) if (p.kind === 'im-auto-archiving') value.set(p.identity ?? 'Global', p.value);
  return [...value].filter(([, on]) => !on).map(([identity]) => identity);
}
