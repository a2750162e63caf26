import { describe, expect, test } from 'vitest';
import { actionFor, actionForLocations } from '../../src/core/action.ts';
import { scan } from '../../src/core/index.ts';

const first = (text: string) => scan(text).findings[0]!;

describe('actionFor', () => {
  test.each([
    ['16.0.6965.2058', 'onprem', 'none', undefined, 'action_none'],
    ['16.0.6741.2021', 'onprem', 'update', '16.0.6920.1000', 'action_update'],
    ['16.0.6741.2021', 'online', 'none', undefined, 'action_none'],
    ['16.0.4266.1001', 'online', 'move-to-c2r', '16.0.6701.1000', 'action_move_to_c2r'],
    ['15.0.4569.1503', 'onprem', 'replace', '16.0.6920.1000', 'action_replace_desktop'],
    ['MC/16.28.0.147', 'online', 'replace', '16.0.6701.1000', 'action_replace_mac'],
    ['16.0.6920', 'onprem', 'identify', undefined, 'action_full_build'],
  ] as const)('%s for %s: %s', (text, location, kind, target, key) => {
    const action = actionFor(first(text), location);
    expect(action.kind).toBe(kind);
    expect(action.target).toBe(target);
    expect(action.advice.key).toBe(key);
  });

  test('a blocked client gets the server fix, whatever its build', () => {
    const f = { ...first('16.0.6965.2058'), verdicts: { online: 'blocked', onprem: 'blocked' } as const };
    expect(actionFor(f, 'online').kind).toBe('fix-server');
  });

  test('phones and web clients get advice that fits them', () => {
    const phone = { family: 'mobile', verdicts: { online: 'not-supported', onprem: 'not-supported' }, reasons: first('16.0.6965.2058').reasons } as const;
    expect(actionFor(phone, 'onprem').advice.key).toBe('action_replace_mobile');
    expect(actionFor({ ...phone, family: 'web' }, 'onprem').advice.key).toBe('action_replace_web');
  });

  test('the thresholds in force set the target', () => {
    expect(actionFor(first('16.0.6741.2021'), 'onprem', { online: '16.0.7000.1000', onprem: '16.0.7000.1000' }).target).toBe('16.0.7000.1000');
  });
});

describe('actionForLocations', () => {
  test('the most urgent action of the shown locations, with the higher target', () => {
    expect(actionForLocations(first('16.0.6741.2021'), ['online', 'onprem'])).toMatchObject({ kind: 'update', target: '16.0.6920.1000' });
    expect(actionForLocations(first('16.0.6701'), ['online', 'onprem'])).toMatchObject({ kind: 'update', target: '16.0.6920.1000' });
    expect(actionForLocations(first('16.0.6965.2058'), ['online', 'onprem']).kind).toBe('none');
  });
});
