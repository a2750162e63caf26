import type { Prerequisite } from '../core/index.ts';
import { CommandLine } from './command-line.tsx';
import { t, tMessage } from '../platform/i18n.ts';

// PowerShell is code: it stays in English in every UI language. Format-List
// output is what the engine reads back when it is pasted.
export const COMMANDS = {
  switchCheck: 'Get-CsImConfiguration | Format-List Identity, EnableOfflineIM',
  switchOn: 'Set-CsImConfiguration -EnableOfflineIM $True',
  policy: 'Get-CsClientPolicy | Format-List Identity, EnableIMAutoArchiving',
  ews: 'Test-NetConnection -ComputerName outlook.office365.com -Port 443',
} as const;

/** The server and policy switches no build number shows, and what the pasted text said about them. */
export function PrerequisitesPanel({ found }: { found: readonly Prerequisite[] }) {
  const blocking = found.some((p) => p.blocking);
  return (
    <details class="panel prerequisites" open={found.length > 0}>
      <summary>
        {t('popup_prereq_title')}
        {blocking && <span class="panel-flag">{t('popup_prereq_blocking_flag')}</span>}
      </summary>
      {found.length > 0 && (
        <div class="prereq-found">
          <h3>{t('popup_prereq_found')}</h3>
          <ul>
            {found.map((p) => (
              <li key={`${p.line}-${p.kind}`} class={p.blocking ? 'prereq-blocking' : 'prereq-ok'} data-kind={p.kind} data-blocking={String(p.blocking)}>
                <span class="prereq-icon" aria-hidden="true">
                  {p.blocking ? '✕' : '✓'}
                </span>
                <span>
                  {tMessage(p.message)} <span class="line-no">{t('popup_line_no', { line: p.line })}</span>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol class="prereq-steps">
        <li>
          <h3>{t('popup_prereq_switch_title')}</h3>
          <p>{t('popup_prereq_switch_text')}</p>
          <CommandLine command={COMMANDS.switchCheck} />
          <CommandLine command={COMMANDS.switchOn} />
        </li>
        <li>
          <h3>{t('popup_prereq_policy_title')}</h3>
          <p>{t('popup_prereq_policy_text')}</p>
          <CommandLine command={COMMANDS.policy} />
        </li>
        <li>
          <h3>{t('popup_prereq_ews_title')}</h3>
          <p>{t('popup_prereq_ews_text')}</p>
          <CommandLine command={COMMANDS.ews} />
        </li>
      </ol>
      <p class="panel-foot">{t('popup_prereq_paste_hint')}</p>
    </details>
  );
}
