import { beforeEach, describe, expect, test, vi } from 'vitest';
import ru from '../../_locales/ru/messages.json';
import { fillSlots } from '../../src/core/format-message.ts';
import { browser } from '../browser-fake.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));

// The browser in Russian (its UI language says more than the catalogue's own language code).
const catalogue: Record<string, { message: string }> = ru;
const asked: string[] = [];
beforeEach(() => {
  browser.i18n.getMessage.mockImplementation((key: string) => {
    asked.push(key);
    return catalogue[key]?.message ?? '';
  });
  browser.i18n.getUILanguage.mockReturnValue('ru-RU');
});
const { t, tMessage, uiLanguage, formatNumber, catalogueOf } = await import('../../src/platform/i18n.ts');

describe('fillSlots', () => {
  test('fills named slots, leaves unknown ones, writes numbers with the formatter given', () => {
    expect(fillSlots('{a} and {b}, {missing}', { a: 'x', b: 1234 })).toBe('x and 1234, {missing}');
    expect(fillSlots('{n}', { n: 1234 }, (n) => `#${n}`)).toBe('#1234');
  });
});

describe('the browser-side t()', () => {
  test('speaks the catalogue language: lang from the catalogue, numbers grouped as Russian writes them', () => {
    expect(uiLanguage()).toBe('ru');
    expect(t('popup_row_clients', { count: 100000 })).toBe(`клиентов: ${new Intl.NumberFormat('ru').format(100000)}`);
    expect(formatNumber(100000)).not.toBe('100000');
  });

  test('an engine message is filled; a key the catalogue lacks shows itself', () => {
    expect(tMessage({ key: 'popup_row_clients', params: { count: '7' } })).toBe('клиентов: 7');
    expect(tMessage({ key: 'no_such_key', params: {} })).toBe('no_such_key');
    // @ts-expect-error A key that is not in the English catalogue does not compile (tsc checks this line).
    expect(t('verdict_eligble')).toBe('verdict_eligble');
  });

  test('asks the browser once per key', () => {
    const before = asked.filter((k) => k === 'verdict_eligible').length;
    t('verdict_eligible');
    t('verdict_eligible');
    expect(asked.filter((k) => k === 'verdict_eligible').length - before).toBeLessThanOrEqual(1);
  });

  test('catalogueOf holds exactly the keys that exist', () => {
    expect(catalogueOf(['verdict_blocked', 'no_such_key'])).toEqual({ verdict_blocked: { message: ru.verdict_blocked.message } });
  });
});
