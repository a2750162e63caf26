import type { MailboxLocation } from './types.ts';
import type { Parts } from './version.ts';

// Microsoft's minimum Skype for Business 2016 Click-to-Run builds for offline IM.
export const THRESHOLDS: Readonly<Record<MailboxLocation, string>> = {
  online: '16.0.6701.1000',
  onprem: '16.0.6920.1000',
};

export const THRESHOLD_PARTS: Readonly<Record<MailboxLocation, Parts>> = {
  online: THRESHOLDS.online.split('.'),
  onprem: THRESHOLDS.onprem.split('.'),
};
