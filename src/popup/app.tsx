import { useEffect, useMemo, useState } from 'preact/hooks';
import { BlockerBanner, offlineImBlocked } from './blocker-banner.tsx';
import { resultsSentence } from './results-status.ts';
import { isLargeText } from './large-text.ts';
import { prepareFormats, t } from '../platform/i18n.ts';
import { takeLastSelection } from './last-selection.ts';
import { MailboxPicker } from './mailbox-picker.tsx';
import { locationsFor } from '../core/mailbox-choice.ts';
import { PageActions } from './page-actions.tsx';
import { PasteBox, type PasteInput } from './paste-box.tsx';
import { LazyPolicyPanel } from './lazy-policy-panel.tsx';
import { PrerequisitesPanel } from './prerequisites-panel.tsx';
import { Results } from './results.tsx';
import { createScanClient, type ScanClient } from './scan-client.ts';
import { Troubleshooting } from './troubleshooting.tsx';
import { useScan } from './use-scan.ts';
import { useSettings } from './use-settings.ts';

const EMPTY: PasteInput = { text: '', large: false };

export function App({ client: given }: { client?: ScanClient }) {
  const client = useMemo(() => given ?? createScanClient(), [given]);
  useEffect(() => {
    // Start the worker (and ready the number and plural formats) while the admin looks at the popup, so a big paste does not wait for them.
    const warm = setTimeout(() => {
      client.warm();
      prepareFormats();
    }, 300);
    return () => {
      clearTimeout(warm);
      client.dispose();
    };
  }, [client]);
  const [effective, updateSettings] = useSettings();
  const { settings } = effective;
  const [input, setInput] = useState<PasteInput>(EMPTY);
  const [typed, setTyped] = useState(false);
  // The engine judges against the thresholds in force: the organisation's minimum is in the one answer.
  const { view, pending } = useScan(client, input.text, !typed, effective.thresholds);
  const locations = locationsFor(settings.mailbox);
  const announce = view && !pending ? resultsSentence(view.summary, locations, offlineImBlocked(view)) : '';

  const load = (text: string, how: { typed: boolean; origin?: PasteInput['origin'] }) => {
    const large = !how.typed && isLargeText(text);
    setTyped(how.typed);
    setInput({ text, large, origin: how.typed ? undefined : how.origin });
  };

  // A selection checked through the context menu opens here.
  useEffect(() => {
    void takeLastSelection().then((text) => text !== undefined && load(text, { typed: false, origin: { kind: 'selection' } }));
  }, []);

  return (
    <div class="popup">
      <header class="top">
        <h1>
          <img src="../icons/icon-32.png" alt="" width={20} height={20} />
          {t('extName')}
        </h1>
        <p class="tagline">{t('popup_tagline')}</p>
      </header>
      <PageActions settings={settings} autoMarkAllowed={effective.autoMarkAllowed} />
      <main class="checker">
        <PasteBox input={input} lines={pending ? undefined : view?.summary.lines} onInput={load} onClear={() => load('', { typed: false })} />
        <MailboxPicker value={settings.mailbox} locked={effective.managedKeys.includes('mailbox')} onChange={(mailbox) => updateSettings({ mailbox })} />
        <p class="sr-only" role="status" data-testid="results-status">
          {announce}
        </p>
        <div class="results-area" aria-busy={pending} data-scanned-by={view?.scannedBy}>
          {pending && <p class="muted scanning">{t('popup_scanning')}</p>}
          {view && <BlockerBanner view={view} />}
          {view ? (
            <Results
              client={client}
              view={view}
              locations={locations}
              thresholds={effective.thresholds}
              problemsOnly={settings.problemsOnly}
              onProblemsOnly={(problemsOnly) => updateSettings({ problemsOnly })}
            />
          ) : (
            !pending && <p class="empty">{t('popup_empty')}</p>
          )}
        </div>
        <PrerequisitesPanel found={view?.prerequisites ?? []} />
        {view && view.rows.length > 0 && (
          // From answer to action: the server rule for these builds, on request.
          <LazyPolicyPanel groups={view.rows} mailbox={settings.mailbox} organisationMinimum={effective.policy.minimumBuild} />
        )}
        {!effective.hideTroubleshooting && <Troubleshooting />}
      </main>
    </div>
  );
}
