import type { Prerequisite } from '../core/types.ts';
import type { ScanView } from './scan-view.ts';
import { CommandLine } from './command-line.tsx';
import { t, tMessage } from '../platform/i18n.ts';
import { COMMANDS } from './prerequisites-panel.tsx';

/** Whether offline IM is off for everyone, as the engine says (EnableOfflineIM False for Global, or every configuration shown). */
export function offlineImBlocked(view: ScanView): boolean {
  return view.summary.blocked;
}

/**
 * What stops offline IM regardless of builds comes first: no client update
 * helps while the server switch is off.
 */
export function BlockerBanner({ view }: { view: ScanView }) {
  const everyone = offlineImBlocked(view);
  const policies: Prerequisite[] = view.prerequisites.filter((p) => p.kind === 'im-auto-archiving' && p.blocking);
  if (!everyone && policies.length === 0) return null;
  const switches = view.prerequisites.filter((p) => p.kind === 'offline-im-switch' && p.blocking);
  return (
    <section class="blocker" aria-labelledby="blocker-title" data-testid="blocker">
      <h2 id="blocker-title">
        <span aria-hidden="true">⊘ </span>
        {everyone ? t('popup_blocker_everyone') : t('popup_blocker_policies', { count: policies.length })}
      </h2>
      <ul>
        {[...switches, ...policies].map((p) => (
          <li key={`${p.line}-${p.kind}`}>{tMessage(p.message)}</li>
        ))}
      </ul>
      {everyone && (
        <>
          <p>{t('popup_blocker_fix')}</p>
          <CommandLine command={COMMANDS.switchOn} />
        </>
      )}
    </section>
  );
}
