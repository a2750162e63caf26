import type { Verdict } from './types.ts';

/** Message key of each verdict's word (in _locales; literal types, so the surfaces check them against the catalogue). */
export const VERDICT_MESSAGE = {
  eligible: 'verdict_eligible',
  'upgrade-required': 'verdict_upgrade_required',
  'not-supported': 'verdict_not_supported',
  unknown: 'verdict_unknown',
  blocked: 'verdict_blocked',
} as const satisfies Readonly<Record<Verdict, string>>;
