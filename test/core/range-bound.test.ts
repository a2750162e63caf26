import { describe, expect, test } from 'vitest';
import { boundsARange } from '../../src/core/range-bound.ts';
import { scan, thresholdsWith } from '../../src/core/index.ts';

/** Whether the first four-part build in `line` is written as a range's bound. */
const bound = (line: string) => {
  const m = /\d+\.\d+\.\d+\.\d+/.exec(line)!;
  return boundsARange(line, m.index, m.index + m[0].length);
};

describe("a threshold written as a range's bound", () => {
  test.each([
    'Offline IM works only from Skype for Business 16.0.6920.1000 upward',
    'Skype for Business builds after 16.0.6701.1000 support it',
    'Offline IM works after build 16.0.6920.1000 of Skype for Business',
    'Skype for Business past 16.0.6920.1000 supports it',
    'From 16.0.6701.1000 on, Skype for Business supports offline IM with Exchange Online',
    'Offline IM: Skype для бизнеса с 16.0.6920.1000, иначе сообщения теряются',
    'Офлайн-повідомлення з локальним Exchange: потрібен Skype для бізнесу від 16.0.6920.1000.',
    'Версии Skype для бизнеса старше 16.0.6701.1000 не поддерживают офлайн-сообщения.',
    'Skype for Business unterhalb von 16.0.6920.1000 kann kein Offline-IM mit Exchange 2016.',
    'Skype for Business 自 16.0.6701.1000 版起支援離線訊息。',
    'Skype for Business 16.0.6920.1000 起',
    'Vendor may withdraw support before 16.0.6920.1000 is deployed everywhere',
  ])('bound: %s', (line) => expect(bound(line)).toBe(true));

  test.each([
    'Skype for Business 16.0.6920.1000 on this PC since Monday',
    // «с» ("with") before the client's name: only right before the build (or "версии") is it "from".
    'ПК-12 с Skype для бизнеса 16.0.6920.1000',
    'Skype for Business is exactly 16.0.6920.1000 on this PC.',
    'Lab build for repro: Skype for Business 16.0.6701.1000 installed on LABPC01.',
  ])('no bound: %s', (line) => expect(bound(line)).toBe(false));

  test('scan: only a threshold in force is read so; another build after "from" keeps its answer', () => {
    expect(scan('Offline IM works only from Skype for Business 16.0.6920.1000 upward').findings).toEqual([]);
    expect(scan('Offline IM works only from Skype for Business 16.0.6920.1000 upward').unrecognized[0]?.note?.key).toBe('ignored_threshold');
    expect(scan('Reply from Skype for Business 16.0.7070.2036 user, offline IM works').findings.map((f) => f.verdicts.online)).toEqual(['eligible']);
    // The organisation's minimum is a threshold in force too.
    const r = scan('Clients after 16.0.17928.20115 are fine', { thresholds: thresholdsWith('16.0.17928.20115') });
    expect(r.findings).toEqual([]);
  });
});
