// One build with both verdicts and their reasons: the body of a badge's
// details and of each row in the selection panel.
import { FAMILY_MESSAGE, MAILBOX_LOCATIONS, VERDICT_MESSAGE, type FamilyId, type MailboxLocation, type Message, type Verdict } from '../core/index.ts';
import { verdictIcon } from './icons.ts';
import { t, tMessage } from '../platform/i18n.ts';

export interface BuildVerdicts {
  version: string;
  family: FamilyId;
  verdicts: Record<MailboxLocation, Verdict>;
  reasons: Record<MailboxLocation, Message>;
}

/** A pill with the verdict's icon and text, coloured by verdict. */
export function verdictPill(doc: Document, verdict: Verdict): HTMLElement {
  const pill = doc.createElement('span');
  pill.className = `pill ${verdict}`;
  pill.append(verdictIcon(doc, verdict), doc.createTextNode(t(VERDICT_MESSAGE[verdict])));
  return pill;
}

/** `extra` follows the family name; `withVersion` false when a title already names the build. */
export function renderBuildEntry(doc: Document, build: BuildVerdicts, extra?: string, withVersion = true): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const version = doc.createElement('div');
  version.className = 'version';
  version.textContent = build.version;
  const family = doc.createElement('div');
  family.className = 'family';
  family.textContent = extra ? `${t(FAMILY_MESSAGE[build.family])} · ${extra}` : t(FAMILY_MESSAGE[build.family]);
  const grid = doc.createElement('div');
  grid.className = 'loc';
  for (const location of MAILBOX_LOCATIONS) {
    const where = doc.createElement('div');
    where.className = 'where';
    where.textContent = t(`location_${location}`);
    const pillCell = doc.createElement('div');
    pillCell.append(verdictPill(doc, build.verdicts[location]));
    const reason = doc.createElement('div');
    reason.className = 'reason';
    reason.textContent = tMessage(build.reasons[location]);
    // Location name over the pill, reason beside them.
    const left = doc.createElement('div');
    left.append(where, pillCell);
    grid.append(left, reason);
  }
  if (withVersion) fragment.append(version);
  fragment.append(family, grid);
  return fragment;
}
