import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser.ts';
import { sendRequest, type AutoMarkResponse, type MarkResponse } from '../messaging.ts';
import type { Settings } from '../settings/defaults.ts';
import { originPattern } from '../platform/origin-pattern.ts';
import { activeSiteOrigin } from './active-site.ts';
import { formatNumber, t } from '../platform/i18n.ts';

type Status = { kind: 'ok' | 'error'; text: string } | undefined;

/** A message key from the background in the UI language, or a general error if we do not know the key. */
function errorText(key: unknown): string {
  const text = typeof key === 'string' && /^\w+$/.test(key) ? browser.i18n.getMessage(key) : '';
  return text || t('popup_error_generic');
}

/** Firefox grants a host on every port: a site with a port shares its grant with the host's other ports. */
function allPorts(origin: string): boolean {
  return new URL(origin).port !== '' && browser.runtime.getURL('/').startsWith('moz-extension:');
}

/** The background answered nothing (no handler yet, or the worker is gone). */
function isAnswer(value: unknown): value is { ok: boolean } {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

/** "Mark builds on this page" and "always mark builds on this site". */
export function PageActions({ settings, autoMarkAllowed }: { settings: Settings; autoMarkAllowed: boolean }) {
  const [origin, setOrigin] = useState<string | undefined>();
  const [status, setStatus] = useState<Status>();
  const [busy, setBusy] = useState(false);
  /** Local override of the toggle after a change, until settings catch up. */
  const [autoOverride, setAutoOverride] = useState<boolean | undefined>();

  useEffect(() => {
    void activeSiteOrigin().then(setOrigin);
  }, []);

  const mark = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      const answer: MarkResponse | undefined = await sendRequest({ type: 'mark-active-tab' });
      if (!isAnswer(answer)) setStatus({ kind: 'error', text: t('popup_error_no_background') });
      else if (answer.ok) setStatus({ kind: 'ok', text: t('popup_marked', { count: formatNumber(answer.marked) }) });
      else setStatus({ kind: 'error', text: errorText(answer.error) });
    } catch {
      setStatus({ kind: 'error', text: t('popup_error_no_background') });
    } finally {
      setBusy(false);
    }
  };

  const autoSaved = origin !== undefined && settings.autoMarkSites.includes(origin);
  // Once the background has saved the change, settings speak for themselves again.
  useEffect(() => {
    if (autoOverride === autoSaved) setAutoOverride(undefined);
  }, [autoOverride, autoSaved]);
  const autoOn = autoOverride ?? autoSaved;

  const askBackground = async (enabled: boolean): Promise<boolean> => {
    try {
      const answer: AutoMarkResponse | undefined = await sendRequest({ type: 'set-auto-mark', origin: origin!, enabled });
      if (!isAnswer(answer)) setStatus({ kind: 'error', text: t('popup_error_no_background') });
      else if (!answer.ok) setStatus({ kind: 'error', text: errorText(answer.error) });
      else return true;
    } catch {
      setStatus({ kind: 'error', text: t('popup_error_no_background') });
    }
    return false;
  };

  const toggle = (event: Event) => {
    if (!origin) return;
    const enable = (event.currentTarget as HTMLInputElement).checked;
    const origins = [originPattern(origin)];
    setStatus(undefined);
    if (enable) {
      // Must run inside the click: permissions.request needs the user gesture.
      const asked = browser.permissions.request({ origins });
      void (async () => {
        let granted: boolean;
        try {
          granted = await asked;
        } catch {
          granted = false;
        }
        if (!granted) {
          setAutoOverride(false);
          setStatus({ kind: 'error', text: t('popup_auto_mark_denied') });
          return;
        }
        if (await askBackground(true)) {
          setAutoOverride(true);
          setStatus({ kind: 'ok', text: t('popup_auto_mark_on', { site: new URL(origin).host }) });
        } else {
          // Do not keep a permission the feature is not using.
          setAutoOverride(false);
          await browser.permissions.remove({ origins }).catch(() => false);
        }
      })();
    } else {
      void (async () => {
        const ok = await askBackground(false);
        // Given back unless another saved site shares the grant (Firefox grants a host on every port).
        const shared = settings.autoMarkSites.some((site) => site !== origin && originPattern(site) === origins[0]);
        if (!shared) await browser.permissions.remove({ origins }).catch(() => false);
        setAutoOverride(false);
        if (ok) setStatus({ kind: 'ok', text: t('popup_auto_mark_off', { site: new URL(origin).host }) });
      })();
    }
  };

  return (
    <section class="page-actions" aria-label={t('popup_page_section')}>
      {/* mark settles without rejecting: a failure becomes the status line. */}
      <button type="button" class="button button-primary" data-action="mark-page" onClick={() => void mark()} disabled={busy}>
        {t('popup_mark_page')}
      </button>
      {origin && autoMarkAllowed && (
        <label class="switch">
          <input type="checkbox" role="switch" checked={autoOn} onChange={toggle} />
          <span>{t('popup_auto_mark', { site: new URL(origin).host })}</span>
        </label>
      )}
      {origin && autoMarkAllowed && allPorts(origin) && <p class="hint">{t('popup_auto_mark_all_ports', { host: new URL(origin).hostname })}</p>}
      <p class={`page-status${status ? ` status-${status.kind}` : ''}`} role="status" data-testid="page-status">
        {status && (
          <>
            <span aria-hidden="true">{status.kind === 'ok' ? '✓ ' : '⚠ '}</span>
            {status.text}
          </>
        )}
      </p>
    </section>
  );
}
