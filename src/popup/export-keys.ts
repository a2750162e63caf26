import type { Verdict } from '../core/index.ts';

/** Message key of each verdict's label. */
export const VERDICT_MESSAGE: Readonly<Record<Verdict, string>> = {
  eligible: 'verdict_eligible',
  'upgrade-required': 'verdict_upgrade_required',
  'not-supported': 'verdict_not_supported',
  unknown: 'verdict_unknown',
  blocked: 'verdict_blocked',
};

/** CSV column headers, as message keys (the worker gets their text in a catalogue). */
export const CSV_HEADER_KEYS = [
  'popup_csv_line',
  'popup_csv_line_text',
  'popup_csv_found',
  'popup_csv_version',
  'popup_csv_family',
  'popup_csv_online',
  'popup_csv_online_reason',
  'popup_csv_onprem',
  'popup_csv_onprem_reason',
] as const;

/** Message keys the summary uses besides families, verdicts, reasons and prerequisites. */
export const SUMMARY_KEYS = [
  'popup_copy_title',
  'popup_copy_location',
  'popup_copy_row',
  'popup_row_more_lines',
  'location_online',
  'location_onprem',
  'popup_action_update',
  'popup_action_replace',
  'popup_action_full_build',
  'popup_action_identify',
  'popup_rows_capped',
  'popup_prereq_found',
  'popup_unrecognized_title',
];
