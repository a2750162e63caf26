import { ACTION_LABEL } from '../core/action.ts';
import type { MessageKey } from '../message-key.ts';

/** Every message key an action can use (labels and advice): what a worker catalogue needs. */
export const ACTION_MESSAGE_KEYS: readonly MessageKey[] = [
  ...Object.values(ACTION_LABEL),
  'action_none',
  'action_fix_server',
  'action_full_build',
  'action_identify',
  'action_update',
  'action_move_to_c2r',
  'action_replace_desktop',
  'action_replace_mobile',
  'action_replace_mac',
  'action_replace_web',
];
