import { describe, expect, test } from 'vitest';

import en from '../../_locales/en/messages.json';
import { summaryText } from '../../src/popup/copy-summary.ts';
import { createScanStore } from '../../src/popup/scan-store.ts';

describe('summaryText', () => {
  test('plain text with totals per location, one block per build and the prerequisites', () => {
    const view = createScanStore().scan('EnableIMAutoArchiving : False\n16.0.6741.2021\n16.0.6741.2021\n15.0.4569.1503\nhello');
    const text = summaryText(view, ['online', 'onprem'], en, 'en');
    expect(text.split('\n')).toEqual([
      'Offline IM check: clients 3, distinct builds 2, lines 5.',
      'Exchange Online: eligible 2, update needed 0, not supported 1, unknown 0.',
      'Exchange on-premises: eligible 0, update needed 2, not supported 1, unknown 0.',
      '',
      expect.stringMatching(/^16\.0\.6741\.2021 \(Skype for Business 2016 .*\): clients 2, lines 2–3$/),
      '  Exchange Online: Eligible. Build 16.0.6741.2021 is at or above 16.0.6701.1000: offline IM works.',
      expect.stringMatching(/^ {2}Exchange on-premises: Update needed\. Build 16\.0\.6741\.2021 is below 16\.0\.6920\.1000/),
      '  → Update to 16.0.6920.1000 or later.',
      '',
      expect.stringMatching(/^15\.0\.4569\.1503 \(Lync 2013/),
      expect.stringMatching(/^ {2}Exchange Online: Not supported\./),
      expect.stringMatching(/^ {2}Exchange on-premises: Not supported\./),
      '  → Replace with Skype for Business 2016 Click-to-Run 16.0.6920.1000 or later.',
      '',
      'Found in the pasted text:',
      expect.stringContaining('EnableIMAutoArchiving is False (Global)'),
      '',
      'Lines without a client build: 1',
    ]);
  });

  test('one location only', () => {
    const view = createScanStore().scan('16.0.6741.2021');
    const text = summaryText(view, ['online'], en, 'en');
    expect(text).not.toContain('on-premises');
    expect(text).not.toContain('→');
  });
});
