// "Check selected builds": the verdicts for a piece of selected text, in a
// small panel at the top right of the page. Shows both mailbox locations.
import { groupByBuild, scan, type MailboxLocation } from '../core/index.ts';
import { applyOrganisationMinimum } from '../settings/managed-thresholds.ts';
import { renderBuildEntry } from './build-entry.ts';
import { createFloatingPanel } from './create-floating-panel.ts';
import { t } from './messages.ts';

export const PANEL_TAG = 'offline-im-panel';

export function closeSelectionPanel(doc: Document): void {
  for (const old of doc.querySelectorAll(PANEL_TAG)) old.remove();
}

/** Shows the panel for `text`; returns the number of distinct builds found. */
export function showSelectionPanel(doc: Document, text: string, thresholds?: Readonly<Record<MailboxLocation, string>>): number {
  closeSelectionPanel(doc);
  const scanned = scan(text);
  const builds = groupByBuild((thresholds ? applyOrganisationMinimum(scanned, thresholds) : scanned).findings);
  const { host, shadow, panel, head } = createFloatingPanel(doc, PANEL_TAG, 'panel', 'section', t('overlay_panel_title'), () => host.remove());
  panel.style.top = '12px';
  panel.style.right = '12px';

  const summary = doc.createElement('p');
  summary.className = 'muted';
  summary.textContent = builds.length === 0 ? t('overlay_panel_none') : t('overlay_panel_count', { count: String(builds.length) });

  const list = doc.createElement('ul');
  for (const build of builds) {
    const item = doc.createElement('li');
    item.className = 'build';
    item.setAttribute('data-version', build.version);
    item.setAttribute('data-online', build.verdicts.online);
    item.setAttribute('data-onprem', build.verdicts.onprem);
    item.append(renderBuildEntry(doc, build, build.count > 1 ? t('overlay_panel_seen', { count: String(build.count) }) : undefined));
    list.append(item);
  }
  panel.append(head, summary, list);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') host.remove();
  });
  shadow.append(panel);
  doc.documentElement.append(host);
  panel.focus();
  return builds.length;
}
