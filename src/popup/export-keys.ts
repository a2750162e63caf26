import type { MailboxLocation } from '../core/types.ts';
import type { MessageKey } from '../message-key.ts';

/** CSV column headers for the chosen locations, as message keys (the worker gets their text in a catalogue). */
export function csvHeaderKeys(locations: readonly MailboxLocation[]): MessageKey[] {
  const perLocation = locations.flatMap((l): MessageKey[] => [`popup_csv_${l}`, `popup_csv_${l}_reason`]);
  return ['popup_csv_line', 'popup_csv_line_text', 'popup_csv_found', 'popup_csv_version', 'popup_csv_family', 'popup_csv_user', ...perLocation, 'popup_csv_action', 'popup_csv_target'];
}

/** Message keys the summary uses besides families, verdicts, reasons and prerequisites. */
export const SUMMARY_KEYS: readonly MessageKey[] = [
  'popup_copy_blocker',
  'popup_copy_where',
  'popup_copy_header',
  'popup_copy_counts',
  'popup_group_count',
  'popup_row_clients',
  'popup_copy_hidden_eligible',
  'popup_copy_users',
  'popup_row_more_lines',
  'location_online',
  'location_onprem',
  'popup_rows_capped',
  'popup_prereq_found',
  'popup_unrecognized_title',
];
