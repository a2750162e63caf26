import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../platform/i18n.ts';
import type { PolicyRulesPanelProps } from './policy-rules-panel.tsx';

type PanelModule = {
  mountPolicyPanel(element: Element, props: PolicyRulesPanelProps): void;
  unmountPolicyPanel(element: Element): void;
};

let loading: Promise<PanelModule> | undefined;
function loadPanel(): Promise<PanelModule> {
  // Our own packaged sibling, left for run time by the build so the panel stays out of popup.js.
  loading ??= import('./policy-panel-entry.js') as Promise<PanelModule>;
  return loading;
}

/** The client version policy panel, loaded when the admin opens it (it stays out of popup.js). */
export function LazyPolicyPanel(props: PolicyRulesPanelProps) {
  const [open, setOpen] = useState(false);
  const [failed, setFailed] = useState(false);
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || !host.current) return;
    const element = host.current;
    let live = true;
    loadPanel().then(
      (module) => live && module.mountPolicyPanel(element, props),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [open, props.groups, props.findings, props.mailbox, props.organisationMinimum]);

  useEffect(() => {
    const element = host.current;
    return () => void (element && loading?.then((m) => m.unmountPolicyPanel(element)).catch(() => undefined));
  }, []);

  return (
    <details class="panel policy-panel" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('popup_policy_title')}</summary>
      <div ref={host} />
      {failed && <p class="error">{t('popup_policy_failed')}</p>}
    </details>
  );
}
