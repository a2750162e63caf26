import { useEffect, useRef, useState } from 'preact/hooks';
import { FAMILY_MESSAGE } from '../core/families.ts';
import { ACTION_LABEL } from '../core/action.ts';
import type { MailboxLocation } from '../core/types.ts';
import { copyText } from './copy-text.ts';
import { VERDICT_MESSAGE } from '../core/verdict-message.ts';
import { usersCsvHeaderKeys } from './users-csv-keys.ts';
import { catalogueOf, formatNumber, t, tMessage } from '../platform/i18n.ts';
import type { ScanClient } from './scan-client.ts';
import type { ScanView } from './scan-view.ts';
import { Toast } from './toast.tsx';
import { VerdictBadge } from './verdict-badge.tsx';
import type { UsersPage } from './who-must-update.ts';
import { ACTION_MESSAGE_KEYS } from './action-keys.ts';

const PAGE = 50;
const CSV_NAME = 'offline-im-users.csv';

interface Props {
  client: ScanClient;
  view: ScanView;
  locations: readonly MailboxLocation[];
  thresholds: Record<MailboxLocation, string>;
}

/** The people behind the builds: who must act for the chosen location, ready for an e-mail's To: line or a spreadsheet. */
export function UsersView({ client, view, locations, thresholds }: Props) {
  // The worker sends the rows shown (a page more on request), the count and the To: line: never every row.
  const [answer, setAnswer] = useState<UsersPage | undefined>();
  const [limit, setLimit] = useState(PAGE);
  const [status, setStatus] = useState('');
  const key = locations.join(',');
  /** The question the answer is for: "show more" pages only while it is still the one shown. */
  const asked = useRef(0);
  useEffect(() => {
    const mine = ++asked.current;
    setAnswer(undefined);
    setStatus('');
    setLimit(PAGE);
    client.users({ locations: [...locations], thresholds }, PAGE).then(
      (a) => mine === asked.current && setAnswer(a),
      () => mine === asked.current && setAnswer({ users: [], total: 0, named: 0, toLine: '' }),
    );
    return () => {
      asked.current++;
    };
  }, [client, view, key, thresholds.online, thresholds.onprem]);

  if (!answer) return null;
  const { users, total } = answer;
  const title = total > 0 ? t('popup_users_title_count', { count: total }) : t('popup_users_title');

  const copyTo = async () => {
    const ok = await copyText(answer.toLine);
    setStatus(t(ok ? 'popup_users_copied' : 'popup_copy_failed', { count: total }));
  };
  const more = () => {
    const mine = asked.current;
    const next = limit + PAGE;
    setLimit(next);
    // A failed page leaves the rows shown; the button stays for another try.
    client.users({ locations: [...locations], thresholds }, next).then(
      (a) => mine === asked.current && setAnswer(a),
      () => mine === asked.current && setLimit(limit),
    );
  };
  const download = async () => {
    try {
      const keys = [...usersCsvHeaderKeys(), ...Object.values(VERDICT_MESSAGE), ...Object.values(FAMILY_MESSAGE), ...ACTION_MESSAGE_KEYS];
      const csv = await client.usersCsv(catalogueOf(keys), { locations: [...locations], thresholds });
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = CSV_NAME;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus(t('popup_users_csv_ready', { count: total }));
    } catch {
      setStatus(t('popup_csv_failed'));
    }
  };

  return (
    <details class="panel users" data-testid="users-view" data-count={total}>
      <summary>{title}</summary>
      {answer.named === 0 ? (
        <p class="muted users-none">{t('popup_users_none_named')}</p>
      ) : total === 0 ? (
        <p class="users-all-ok">{t('popup_users_all_ok')}</p>
      ) : (
        <>
          <div class="users-tools">
            {/* Both settle without rejecting: a failure becomes the status line. */}
            <button type="button" class="button" onClick={() => void copyTo()}>
              {t('popup_users_copy')}
            </button>
            <button type="button" class="button" onClick={() => void download()}>
              {t('popup_users_csv')}
            </button>
            <Toast text={status} testId="users-status" error={[t('popup_copy_failed'), t('popup_csv_failed')].includes(status)} />
          </div>
          <table class="users-table">
            <caption class="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{t('popup_csv_user')}</th>
                <th scope="col">{t('popup_csv_result')}</th>
                <th scope="col">{t('popup_csv_action')}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.user} data-user={u.user} data-action={u.action.kind}>
                  <th scope="row" class="user-name">
                    {u.user}
                    <span class="user-build" title={t(FAMILY_MESSAGE[u.family])}>
                      {u.version}
                    </span>
                  </th>
                  <td>
                    <VerdictBadge verdict={u.verdict} />
                  </td>
                  <td class="user-action" title={tMessage(u.action.advice)}>
                    {t(ACTION_LABEL[u.action.kind], { threshold: u.action.target ?? '' })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > users.length && (
            <button type="button" class="button-quiet" onClick={more}>
              {t('popup_users_more', { left: formatNumber(total - users.length) })}
            </button>
          )}
        </>
      )}
    </details>
  );
}
