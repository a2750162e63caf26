import type { MessageKey } from '../message-key.ts';

/** Column headers of the "Who must update" CSV, as message keys. */
export function usersCsvHeaderKeys(): MessageKey[] {
  return ['popup_csv_user', 'popup_csv_version', 'popup_csv_family', 'popup_csv_result', 'popup_csv_action', 'popup_csv_target'];
}
