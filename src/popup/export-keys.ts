import type { MailboxLocation, Verdict } from '../core/types.ts';

/** Message key of each verdict's label. */
export const VERDICT_MESSAGE: Readonly<Record<Verdict, string>> = {
  eligible: 'verdict_eligible',
  'upgrade-required': 'verdict_upgrade_required',
  'not-supported': 'verdict_not_supported',
  unknown: 'verdict_unknown',
  blocked: 'verdict_blocked',
};

/** CSV column headers for the chosen locations, as message keys (the worker gets their text in a catalogue). */
export function csvHeaderKeys(locations: readonly MailboxLocation[]): string[] {
  const perLocation = locations.flatMap((l) => [`popup_csv_${l}`, `popup_csv_${l}_reason`]);
  return ['popup_csv_line', 'popup_csv_line_text', 'popup_csv_found', 'popup_csv_version', 'popup_csv_family', 'popup_csv_user', ...perLocation, 'popup_csv_action', 'popup_csv_target'];
}

/** Message keys the summary uses besides families, verdicts, reasons and prerequisites. */
export const SUMMARY_KEYS = [
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
