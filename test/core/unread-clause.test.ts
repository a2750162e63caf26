import { describe, expect, test } from 'vitest';
import { clauseAround } from '../../src/core/clause-around.ts';
import { speaksUnreadLanguage } from '../../src/core/unread-clause.ts';
import { scan } from '../../src/core/scan.ts';

/** Whether the first build's sentence in `line` is in a language the engine cannot read the state of. */
function unread(line: string): boolean {
  const at = line.search(/\d+\.\d+\.\d+\.\d+/);
  const end = at + /^[\d.]+/.exec(line.slice(at))![0].length;
  const clause = clauseAround(line, at, end);
  return clause !== undefined && speaksUnreadLanguage(clause);
}

describe('a sentence in a language the engine barely reads', () => {
  test.each([
    // Thai "is still waiting", Hebrew "got stuck", Arabic "is still waiting for approval", Vietnamese "is waiting".
    'Skype for Business 16.0.7571.2109 ยังรออนุมัติ',
    'Skype for Business 16.0.7571.2109 נתקע באמצע',
    'Skype for Business 16.0.7571.2109 ما زال ينتظر الموافقة',
    'Skype for Business 16.0.7571.2109 đang chờ phê duyệt',
  ])('unread: %s', (line) => expect(unread(line)).toBe(true));

  test.each([
    // Words that say it is there now, the client's localized name, "version", "bits", "ours".
    'Skype for Business 16.0.7571.2109 מותקן',
    'Skype לעסקים 16.0.6868.2067',
    'Skype للأعمال 16.0.6868.2067',
    'Skype for Business 16.0.7571.2109 ติดตั้งแล้ว',
    'Đã cài đặt Skype for Business 16.0.7571.2109',
    'הגרסה של Skype for Business אצלנו היא 16.0.11727.20244',
    // A language the phrase tables read.
    'Skype for Business 16.0.7571.2109 wartet auf Freigabe',
  ])('read: %s', (line) => expect(unread(line)).toBe(false));

  test('the finding is unknown, with the reason, never eligible', () => {
    const f = scan('Skype for Business 16.0.7571.2109 ยังรออนุมัติ').findings;
    expect(f).toHaveLength(1);
    expect(f[0]!.verdicts.online).toBe('unknown');
    expect(f[0]!.reasons.online.key).toBe('reason_unconfirmed_language');
  });

  test('an installed client said in Hebrew stays eligible', () => {
    expect(scan('Skype for Business 16.0.7571.2109 מותקן').findings.map((f) => f.verdicts.online)).toEqual(['eligible']);
  });
});
