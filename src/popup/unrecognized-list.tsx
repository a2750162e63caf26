import { useEffect, useState } from 'preact/hooks';
import type { Unrecognized } from '../core/index.ts';
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
      <ol class="unrecognized-list" tabIndex={0} aria-label={t('popup_unrecognized_list')}>
        {items.map((u) => (
          <li key={u.line}>
            <span class="line-no">{t('popup_line_no', { line: u.line })}</span>
            <code class="line-text">{u.text}</code>
            {u.note && <span class="line-note">{tMessage(u.note)}</span>}
          </li>
        ))}
      </ol>
      {items.length < total && (
        <button type="button" class="button-quiet" onClick={() => void more()} disabled={loading}>
          {t('popup_show_more', { count: Math.min(MORE_PAGE, total - items.length), left: formatNumber(total - items.length) })}
        </button>
      )}
    </details>
  );
}
