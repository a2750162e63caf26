import type { Verdict } from '../core/index.ts';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';
import { t } from '../platform/i18n.ts';

/** Icons carry the verdict beside the text, so colour is never the only signal. */
export const VERDICT_ICON: Readonly<Record<Verdict, string>> = {
  eligible: '✓',
  'upgrade-required': '↑',
  'not-supported': '✕',
  unknown: '?',
  blocked: '⊘',
};

export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`badge badge-${verdict}`}>
      <span class="badge-icon" aria-hidden="true">
        {VERDICT_ICON[verdict]}
      </span>
      {t(VERDICT_MESSAGE[verdict])}
    </span>
  );
}
