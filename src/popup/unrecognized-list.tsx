import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Message, Unrecognized } from '../core/index.ts';
import { formatNumber, t, tMessage } from '../platform/i18n.ts';
import type { ScanClient } from './scan-client.ts';

/** Lines shown per "show more": the list can be 100,000 long, so it grows in pages. */
export const MORE_PAGE = 200;

interface Props {
  client: ScanClient;
  first: Unrecognized[];
  total: number;
  /** Open from the start when nothing was recognised. */
  open: boolean;
}

const sameParams = (a: Message['params'], b: Message['params']) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};
const sameNote = (a: Message | undefined, b: Message | undefined) => a === b || (!!a && !!b && a.key === b.key && sameParams(a.params, b.params));
/** Same lines, texts and notes: a large paste's partial views bring the same first page again and again. */
export const sameItems = (a: readonly Unrecognized[], b: readonly Unrecognized[]) =>
  a === b || (a.length === b.length && a.every((u, i) => u.line === b[i]!.line && u.text === b[i]!.text && sameNote(u.note, b[i]!.note)));

/** The list itself, rendered again only when what it shows changes (not for each new count while a large paste is scanned). */
export class UnrecognizedItems extends Component<{ items: Unrecognized[] }> {
  override shouldComponentUpdate(next: { items: Unrecognized[] }): boolean {
    return !sameItems(this.props.items, next.items);
  }

  override render() {
    return (
      <ol class="unrecognized-list" tabIndex={0} aria-label={t('popup_unrecognized_list')}>
        {this.props.items.map((u) => (
          <li key={u.line}>
            <span class="line-no">{t('popup_line_no', { line: u.line })}</span>
            <code class="line-text">{u.text}</code>
            {u.note && <span class="line-note">{tMessage(u.note)}</span>}
          </li>
        ))}
      </ol>
    );
  }
}

/** Lines that held no build, on request: nothing pasted silently disappears. */
export function UnrecognizedList({ client, first, total, open }: Props) {
  const [items, setItems] = useState(first);
  const [loading, setLoading] = useState(false);
  useEffect(() => setItems(first), [first]);

  const more = async () => {
    setLoading(true);
    try {
      const next = await client.unrecognized(items.length, MORE_PAGE);
      setItems((current) => [...current, ...next]);
    } catch {
      // The worker could not page (it died and the popup could not take over): the button stays for another try.
    } finally {
      setLoading(false);
    }
  };

  return (
    <details class="unrecognized" open={open}>
      <summary>{t('popup_unrecognized_title', { count: total })}</summary>
      {/* Scrolls on its own, so it must be focusable for keyboard users. */}
      <UnrecognizedItems items={items} />
      {items.length < total && (
        <button type="button" class="button-quiet" onClick={() => void more()} disabled={loading}>
          {t('popup_show_more', { count: Math.min(MORE_PAGE, total - items.length), left: formatNumber(total - items.length) })}
        </button>
      )}
    </details>
  );
}
