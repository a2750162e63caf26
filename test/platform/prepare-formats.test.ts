// prepareFormats() makes the UI language's number format and plural rules
// ahead of need: the popup's later strings make none of their own.
import { describe, expect, test, vi } from 'vitest';
import { browser } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));

describe('prepareFormats', () => {
  test('after it, numbers and plural forms in the UI language make no new Intl objects', async () => {
    browser.i18n.getMessage.mockImplementation((key: string) =>
      key === 'popup_lang' ? 'en' : key === 'popup_row_clients' ? '{count} {count|one:client|other:clients}' : '',
    );
    const { prepareFormats, t, formatNumber } = await import('../../src/platform/i18n.ts');
    // Count what gets made: subclasses that count their instances stand in for Intl's two.
    let made = 0;
    const { NumberFormat, PluralRules } = Intl;
    Object.assign(Intl, {
      NumberFormat: class extends NumberFormat {
        constructor(...args: ConstructorParameters<typeof NumberFormat>) {
          super(...args);
          made++;
        }
      },
      PluralRules: class extends PluralRules {
        constructor(...args: ConstructorParameters<typeof PluralRules>) {
          super(...args);
          made++;
        }
      },
    });
    try {
      prepareFormats();
      expect(made).toBe(2);
      expect(t('popup_row_clients', { count: 100_000 })).toBe('100,000 clients');
      expect(t('popup_row_clients', { count: 1 })).toBe('1 client');
      expect(formatNumber(1234)).toBe('1,234');
      expect(made).toBe(2);
    } finally {
      Object.assign(Intl, { NumberFormat, PluralRules });
    }
  });
});
