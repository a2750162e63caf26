// Whose row a table's line is: its first cell when that is one word.
import { describe, expect, it } from 'vitest';
import { rowKey, sameRowOwner } from '../../src/core/row-key.ts';

const key = (line: string) => rowKey(line, 0, line.length);

describe('rowKey', () => {
  it('one-word first cells name the row’s owner, quotes and blanks around left out', () => {
    expect(key('"FIN-PC647","Skype for Business 2016 - en-us","16.0.6769.2017"')).not.toBe(0);
    expect(key('"FIN-PC647","Skype for Business 2016 - en-us","16.0.6769.2017"')).toBe(key('FIN-PC647 ,Microsoft Office 365 ProPlus,16.0.6769.2017'));
    expect(key('alice@contoso.com;Smith;16.0.6965.2058')).not.toBe(key('bob@contoso.com;Smith;16.0.6965.2058'));
    // Names that differ in their last digit only are two owners.
    for (const [a, b] of [['FIN-PC647', 'FIN-PC648'], ['WKS-0101', 'WKS-0102'], ['PC1', 'PC0']]) expect(key(`${a},x`)).not.toBe(key(`${b},x`));
    expect(key('| PC-401 | 19045.3803 | 16.0.17126.20132 |')).toBe(key('PC-401\t19045.3803'));
  });

  it('a product’s name, a line without a cell break near its start, or a break after the line, name none', () => {
    expect(key('Skype for Business 2016 - de-de\tMicrosoft Corporation\t16.0.6741.2017')).toBe(0);
    expect(key('Microsoft Skype for Business MUI (English) 2016       16.0.4266.1001')).toBe(0);
    expect(key(`${'x'.repeat(80)},16.0.6741.2017`)).toBe(0);
    expect(key('PC-401\nPC-402,16.0.6741.2017')).toBe(0);
  });

  it('rows without an owner go with any row', () => {
    expect(sameRowOwner(0, 5)).toBe(true);
    expect(sameRowOwner(5, 0)).toBe(true);
    expect(sameRowOwner(5, 5)).toBe(true);
    expect(sameRowOwner(5, 7)).toBe(false);
  });
});
