// "Check selected builds": the verdicts for a piece of selected text, in a
// small panel at the top right of the page (in the overlay layer's closed
// shadow root). Shows both mailbox locations.
import { groupByBuild, scan, type MailboxLocation } from '../core/index.ts';
import { renderBuildEntry } from './build-entry.ts';
import { createFloatingPanel } from './create-floating-panel.ts';
import { t } from '../platform/i18n.ts';

/** Shows the panel for `text` in `container`; returns the number of distinct builds found. */
export function showSelectionPanel(
  doc: Document,
  container: HTMLElement,
  text: string,
  thresholds: Readonly<Record<MailboxLocation, string>> | undefined,
  onClosed: () => void,
): number {
  for (const old of container.querySelectorAll('.panel.selection')) old.remove();
  // The engine judges against the thresholds in force (an organisation's raised minimum).
  const builds = groupByBuild(scan(text, thresholds ? { thresholds: { ...thresholds } } : {}).findings);
  const close = () => {
    panel.remove();
    onClosed();
  };
  const { panel, head } = createFloatingPanel(doc, 'selection', 'section', t('overlay_panel_title'), close);
  panel.style.top = '12px';
  panel.style.right = '12px';

  const summary = doc.createElement('p');
  summary.className = 'muted';
  summary.textContent = builds.length === 0 ? t('overlay_panel_none') : t('overlay_panel_count', { count: String(builds.length) });

  const list = doc.createElement('ul');
  for (const build of builds) {
    const item = doc.createElement('li');
    item.className = 'build';
    item.append(renderBuildEntry(doc, build, build.count > 1 ? t('overlay_panel_seen', { count: String(build.count) }) : undefined));
    list.append(item);
  }
  panel.append(head, summary, list);
  container.append(panel);
  panel.focus();
  return builds.length;
}
