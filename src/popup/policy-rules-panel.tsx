// "From answer to action": the Skype for Business Server PowerShell that makes
// the server enforce or nudge the offline-IM threshold, as copyable text. The
// extension never runs it. Self-contained: give it the result set and the
// mailbox choice; it needs no other popup state.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { BuildGroup } from '../core/group-by-build.ts';
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import { buildPolicyRules, POLICY_RULE_ACTIONS, type PolicyRuleAction } from '../core/policy-rules.ts';
import { effectiveThreshold } from '../core/policy-threshold.ts';
import type { Finding } from '../core/types.ts';
import type { MessageKey } from '../message-key.ts';
import { t, tMessage } from '../platform/i18n.ts';
import './policy-rules-panel.css';

export interface PolicyRulesPanelProps {
  /** The result set (groupByBuild(findings)); used to list the builds the rule catches. */
  groups: readonly BuildGroup[];
  /** The findings behind `groups`; when their lines name users, the panel counts the users the rule catches. */
  findings?: readonly Finding[];
  /** The mailbox choice in effect ("both" = mixed or unknown: the on-premises threshold is used). */
  mailbox: MailboxChoice;
  /** The organisation's minimum build (EffectiveSettings.policy.minimumBuild), if any. */
  organisationMinimum?: string;
  /** Copies text; defaults to navigator.clipboard.writeText. */
  copy?: (text: string) => Promise<void>;
}

const ACTION_LABEL: Record<PolicyRuleAction, MessageKey> = {
  Allow: 'policy_action_allow',
  AllowWithUrl: 'policy_action_allow_with_url',
  BlockWithUrl: 'policy_action_block_with_url',
};

const defaultCopy = (text: string) => navigator.clipboard.writeText(text);

export function PolicyRulesPanel({ groups, findings, mailbox, organisationMinimum, copy = defaultCopy }: PolicyRulesPanelProps) {
  const [action, setAction] = useState<PolicyRuleAction>('AllowWithUrl');
  const [actionUrl, setActionUrl] = useState('');
  const [description, setDescription] = useState('');
  const [scope, setScope] = useState('Global');
  const [priority, setPriority] = useState('0');
  const [copied, setCopied] = useState('');

  const priorityNumber = /^\s*\d+\s*$/.test(priority) ? Number(priority) : Number.NaN;
  const result = useMemo(
    () => buildPolicyRules({ mailbox, action, actionUrl, description, scope, priority: priorityNumber, organisationMinimum, groups, findings }, tMessage),
    [mailbox, action, actionUrl, description, scope, priorityNumber, organisationMinimum, groups, findings],
  );
  // Known even while the form is incomplete, for the lock-out warning.
  const threshold = effectiveThreshold(mailbox, organisationMinimum?.trim()).threshold;
  const needsUrl = action !== 'Allow';
  // An empty required URL is the normal starting state: a hint, not an error.
  const errors = result.ok ? [] : result.errors.filter((e) => !(e.key === 'policy_error_url_required' && actionUrl.trim() === ''));
  const shownScript = result.ok ? result.script : undefined;
  // "Copied" speaks of the text on screen: it goes when that text changes or is hidden.
  useEffect(() => setCopied(''), [shownScript]);

  const doCopy = async (text: string, what: string) => {
    try {
      await copy(text);
      setCopied(t('policy_copied', { what }));
    } catch {
      setCopied(t('policy_copy_failed'));
    }
  };

  return (
    <section class="policy-rules" aria-labelledby="policy-rules-heading">
      <h2 id="policy-rules-heading">{t('popup_policy_title')}</h2>
      <p class="policy-help">{t('policy_intro')}</p>

      <fieldset>
        <legend>{t('policy_action_legend')}</legend>
        {POLICY_RULE_ACTIONS.map((a) => (
          <label class="policy-choice" key={a}>
            <input type="radio" name="policy-action" value={a} checked={action === a} onChange={() => setAction(a)} />
            <span>
              <code>{a}</code>: {t(ACTION_LABEL[a])}
            </span>
          </label>
        ))}
      </fieldset>

      {action === 'BlockWithUrl' && (
        <p class="policy-block-warning" role="note">
          <span class="policy-warning-icon" aria-hidden="true">
            ⚠
          </span>
          <strong>{t('policy_block_title')}</strong> {t('policy_warning_block', { threshold })}
        </p>
      )}

      <div class="policy-fields">
        <label>
          {t(needsUrl ? 'policy_url_label_required' : 'policy_url_label')}
          <input
            type="url"
            inputMode="url"
            value={actionUrl}
            disabled={!needsUrl}
            required={needsUrl}
            placeholder="https://intranet.example/update-skype"
            aria-invalid={errors.some((e) => e.key.startsWith('policy_error_url')) ? 'true' : undefined}
            onInput={(e) => setActionUrl(e.currentTarget.value)}
          />
        </label>
        <label>
          {t('policy_description_label')}
          <input type="text" value={description} maxLength={1000} onInput={(e) => setDescription(e.currentTarget.value)} />
        </label>
        <label>
          {t('policy_scope_label')}
          <input type="text" value={scope} spellcheck={false} onInput={(e) => setScope(e.currentTarget.value)} />
        </label>
        <label>
          {t('policy_priority_label')}
          <input type="number" min={0} step={1} value={priority} onInput={(e) => setPriority(e.currentTarget.value)} />
        </label>
      </div>

      {errors.length > 0 && (
        <ul class="policy-errors" role="alert">
          {errors.map((e) => (
            <li key={e.key}>
              <span aria-hidden="true">✖ </span>
              {tMessage(e)}
            </li>
          ))}
        </ul>
      )}
      {!result.ok && errors.length === 0 && <p class="policy-help">{t('policy_need_url')}</p>}

      {result.ok && (
        <div class="policy-output">
          <p class="policy-threshold">
            {t(result.thresholdSource === 'organisation' ? 'policy_threshold_organisation' : `policy_threshold_${result.thresholdSource}`, { threshold: result.threshold })}
          </p>
          <p class="policy-affected">
            {result.affected.length > 0
              ? t('policy_affected', { clients: String(result.affectedClients), count: String(result.affected.length), builds: result.affected.join(', ') })
              : t('policy_affected_none')}
            {result.affected.length > 0 && result.affectedUsers !== undefined && ` ${t('policy_affected_users', { users: String(result.affectedUsers) })}`}
          </p>
          <ul class="policy-notes">
            {result.warnings
              .filter((w) => w.key !== 'policy_warning_block')
              .map((w) => (
                <li key={w.key}>{tMessage(w)}</li>
              ))}
          </ul>
          <label class="policy-script-label" for="policy-script">
            {t('policy_script_label')}
          </label>
          <textarea id="policy-script" class="policy-script" readOnly rows={12} spellcheck={false} wrap="off" value={result.script} />
          <button type="button" onClick={() => void doCopy(result.script, t('policy_script_label'))}>
            {t('policy_copy_script')}
          </button>
          <label class="policy-script-label" for="policy-remove">
            {t('policy_remove_label')}
          </label>
          <textarea id="policy-remove" class="policy-script" readOnly rows={2} spellcheck={false} wrap="off" value={result.commands.remove} />
          <button type="button" onClick={() => void doCopy(result.commands.remove, t('policy_remove_label'))}>
            {t('policy_copy_remove')}
          </button>
        </div>
      )}
      <p class="policy-status" role="status" aria-live="polite">
        {copied}
      </p>
    </section>
  );
}
