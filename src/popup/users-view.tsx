import { useEffect, useState } from 'preact/hooks';
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
import type { UsersAnswer } from './who-must-update.ts';
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
  const [answer, setAnswer] = useState<UsersAnswer | undefined>();
  const [limit, setLimit] = useState(PAGE);
  const [status, setStatus] = useState('');
  const key = locations.join(',');
  useEffect(() => {
    let live = true;
    setAnswer(undefined);
    setStatus('');
    setLimit(PAGE);
    client.users({ locations: [...locations], thresholds }).then(
      (a) => live && setAnswer(a),
      () => live && setAnswer({ users: [], named: 0 }),
    );
    return () => {
      live = false;
    };
  }, [client, view, key, thresholds.online, thresholds.onprem]);

  if (!answer) return null;
  const { users } = answer;
  const title = users.length > 0 ? t('popup_users_title_count', { count: users.length }) : t('popup_users_title');

  const copyTo = async () => {
    const ok = await copyText(users.map((u) => u.user).join('; '));
    setStatus(t(ok ? 'popup_users_copied' : 'popup_copy_failed', { count: users.length }));
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
      setStatus(t('popup_users_csv_ready', { count: users.length }));
    } catch {
      setStatus(t('popup_csv_failed'));
    }
  };

  return (
    <details class="panel users" data-testid="users-view" data-count={users.length}>
      <summary>{title}</summary>
      {answer.named === 0 ? (
        <p class="muted users-none">{t('popup_users_none_named')}</p>
      ) : users.length === 0 ? (
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
              {users.slice(0, limit).map((u) => (
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
          {users.length > limit && (
            <button type="button" class="button-quiet" onClick={() => setLimit(limit + PAGE)}>
              {t('popup_users_more', { left: formatNumber(users.length - limit) })}
            </button>
          )}
        </>
      )}
    </details>
  );
}
