import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../settings/defaults.ts';
import { MAILBOX_CHOICES, type MailboxChoice } from '../core/mailbox-choice.ts';
import { mergeSettings, readManagedPolicy, type EffectiveSettings } from '../settings/managed.ts';
import { loadEffectiveSettings, onEffectiveSettingsReload } from '../settings/managed-store.ts';
import { createLocalChoices, withChoice } from '../settings/local-choices.ts';
import { loadSettings, saveSettings } from '../settings/settings-store.ts';
import type { MessageKey } from '../message-key.ts';
import { t, tMessage } from '../platform/i18n.ts';
import { removeAutoMarkSite, type RemoveResult } from './remove-auto-mark-site.ts';

const MAILBOX_LABEL: Readonly<Record<MailboxChoice, MessageKey>> = {
  online: 'options_mailbox_online',
  onprem: 'options_mailbox_onprem',
  both: 'options_mailbox_both',
};

/** A lock glyph beside the text, so "locked" never rests on colour or greying alone. */
function Locked({ id }: { id: string }) {
  return (
    <p class="locked" id={id}>
      <svg class="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5zm1.5 0h4V5a2 2 0 0 0-4 0v2z" />
      </svg>
      {t('managed_set_by_organisation')}
    </p>
  );
}

export interface OptionsPageProps {
  /** For tests: start from these instead of reading storage. */
  initial?: EffectiveSettings;
}

/** What the page shows before storage answers: the defaults, no policy. */
const DEFAULTS: EffectiveSettings = mergeSettings({ ...DEFAULT_SETTINGS, autoMarkSites: [] }, readManagedPolicy(undefined));

export function OptionsPage({ initial }: OptionsPageProps) {
  // Render at once: storage.managed can take seconds to answer on a first
  // open (it waited for that before, and the page stayed blank). The user's
  // own settings come next, then the organisation's.
  const [effective, setEffective] = useState<EffectiveSettings>(initial ?? DEFAULTS);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState<string | undefined>();

  const [local] = useState(createLocalChoices);

  useEffect(() => {
    let live = true;
    const show = (load: Promise<EffectiveSettings>) => local.follow(load, (e) => live && setEffective(e));
    // The user's own settings first (storage.managed can be slow); the full read, begun later, replaces them.
    if (!initial) show(loadSettings().then((user) => mergeSettings(user, readManagedPolicy(undefined))));
    show(loadEffectiveSettings());
    const stop = onEffectiveSettingsReload(show);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const save = useCallback(async (change: Partial<Settings>) => {
    setEffective((e) => withChoice(e, change));
    const saved = local.chose(change);
    try {
      await saveSettings(change);
      saved();
      setStatus(t('options_saved'));
    } catch {
      setStatus(t('options_save_failed'));
    }
  }, []);

  const remove = useCallback(async (origin: string) => {
    setBusy(origin);
    const result = await removeAutoMarkSite(origin).catch((e: unknown): RemoveResult => ({ ok: false, error: e instanceof Error ? e.message : String(e) }));
    setBusy(undefined);
    if (result.ok) {
      setEffective((e) => withoutSite(e, origin));
      setStatus(result.warning ? t('options_site_removed_warning', { origin, error: result.warning }) : t('options_site_removed', { origin }));
    } else {
      setStatus(t('options_site_remove_failed', { origin, error: result.error }));
    }
  }, []);

  const { settings, user, managedKeys, policy, warnings } = effective;
  const mailboxLocked = managedKeys.includes('mailbox');
  const autoMarkOff = !effective.autoMarkAllowed;
  const sites = user.autoMarkSites;

  return (
    <main class="options">
      <h1>{t('options_title')}</h1>
      <p class="intro">{t('options_intro')}</p>

      {(effective.policyKeys.length > 0 || warnings.length > 0) && (
        <section class="managed" aria-labelledby="managed-heading">
          <h2 id="managed-heading">
            <svg class="lock-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2h.5a1 1 0 0 1 1 1v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h.5zm1.5 0h4V5a2 2 0 0 0-4 0v2z" />
            </svg>
            {t('options_managed_heading')}
          </h2>
          <p>{t('options_managed_intro')}</p>
          <ul>
            {policy.defaultMailbox !== undefined && <li>{t('options_managed_mailbox', { value: t(MAILBOX_LABEL[policy.defaultMailbox]) })}</li>}
            {policy.minimumBuild !== undefined && (
              <li>{t('options_managed_minimum', { build: policy.minimumBuild, online: effective.thresholds.online, onprem: effective.thresholds.onprem })}</li>
            )}
            {policy.hideTroubleshooting === true && <li>{t('options_managed_hide_troubleshooting')}</li>}
            {policy.disableAutoMark === true && <li>{t('options_managed_auto_mark_off')}</li>}
          </ul>
          {warnings.length > 0 && (
            <ul class="warnings">
              {warnings.map((w) => (
                <li key={`${w.key}:${w.params.key ?? ''}`}>
                  <span aria-hidden="true">⚠ </span>
                  {tMessage(w)}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <section aria-labelledby="display-heading">
        <h2 id="display-heading">{t('options_display_heading')}</h2>
        <fieldset class={mailboxLocked ? 'is-locked' : undefined} aria-describedby={mailboxLocked ? 'mailbox-help mailbox-locked' : 'mailbox-help'}>
          <legend>{t('options_mailbox_legend')}</legend>
          {MAILBOX_CHOICES.map((choice) => (
            <label class="choice" key={choice}>
              <input
                type="radio"
                name="mailbox"
                value={choice}
                checked={settings.mailbox === choice}
                disabled={mailboxLocked}
                onChange={() => void save({ mailbox: choice })}
              />
              {t(MAILBOX_LABEL[choice])}
            </label>
          ))}
          <p class="help" id="mailbox-help">
            {t('options_mailbox_help')}
          </p>
          {mailboxLocked && <Locked id="mailbox-locked" />}
        </fieldset>

        <label class="choice">
          <input
            type="checkbox"
            checked={settings.problemsOnly}
            aria-describedby="problems-help"
            onChange={(e) => void save({ problemsOnly: e.currentTarget.checked })}
          />
          {t('options_problems_only')}
        </label>
        <p class="help" id="problems-help">
          {t('options_problems_only_help')}
        </p>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('options_sites_heading')}</h2>
        <p class="help">{t('options_sites_help')}</p>
        {autoMarkOff && (
          <div class="is-locked" id="sites-locked">
            <Locked id="sites-locked-label" />
            <p class="help">{t('options_auto_mark_disabled')}</p>
          </div>
        )}
        {sites.length === 0 ? (
          <p class="empty">{t('options_sites_empty')}</p>
        ) : (
          <ul class="sites">
            {sites.map((origin) => (
              <li key={origin}>
                <span class="origin">{origin}</span>
                <button type="button" disabled={busy === origin} aria-label={t('options_site_remove_label', { origin })} onClick={() => void remove(origin)}>
                  {t('options_site_remove')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

function withoutSite(e: EffectiveSettings, origin: string): EffectiveSettings {
  const drop = (list: string[]) => list.filter((s) => s !== origin);
  return { ...e, settings: { ...e.settings, autoMarkSites: drop(e.settings.autoMarkSites) }, user: { ...e.user, autoMarkSites: drop(e.user.autoMarkSites) } };
}
