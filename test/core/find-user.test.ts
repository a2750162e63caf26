import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { findUserReference } from './reference/find-user-reference.ts';
import { USER_SCAN_LIMIT, findUser } from '../../src/core/find-user.ts';

describe('findUser', () => {
  test.each([
    ['alice@contoso.com;OC/16.0.6920.1000', 'alice@contoso.com'],
    ['sip:bob.smith@contoso.com UCCAPI/16.0.4266.1001', 'bob.smith@contoso.com'],
    ['"carol@fabrikam.co.uk","16.0.6920.1000"', 'carol@fabrikam.co.uk'],
    ['CONTOSO\\dave\t16.0.6965.2058', 'CONTOSO\\dave'],
    ['Eve Adams   eve.adams@contoso.onmicrosoft.com   OC/16.0.6965.2058', 'eve.adams@contoso.onmicrosoft.com'],
    ['<sip:frank@contoso.com>;tag=1 OC/16.0.6920.1000', 'frank@contoso.com'],
    ['frank+im@contoso.com, 16.0.6920.1000', 'frank+im@contoso.com'],
  ])('%s names %s', (line, user) => {
    expect(findUser(line)).toBe(user);
  });

  test.each([
    ['16.0.6920.1000', 'a bare build'],
    ['https://contoso.com/report?user=alice@contoso.com 16.0.6920.1000', 'an address inside a URL query'],
    ['https://intranet/users/alice@contoso.com/ 16.0.6920.1000', 'an address inside a URL path'],
    ['ftp://admin:secret@files.contoso.com 16.0.6920.1000', 'credentials of a URL'],
    ['OC/16.0.6920.1000@16.0.6920.1000', 'a build after @'],
    ['ping x@10.0.0.1 OC/16.0.6920.1000', 'an IP address as domain'],
    ['HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\Lync', 'a registry path'],
    ['C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe 16.0.6920.1000', 'a file path'],
    ['', 'an empty line'],
  ])('%s: no user (%s)', (line) => {
    expect(findUser(line)).toBeUndefined();
  });

  test('looks only at the start of a very long line, and quickly', () => {
    const late = `${'x '.repeat(USER_SCAN_LIMIT)} alice@contoso.com`;
    expect(findUser(late)).toBeUndefined();
    const hostile = `${'a.'.repeat(200_000)}@`;
    expect(findUser(hostile)).toBeUndefined();
    const manyAts = 'a@'.repeat(200_000);
    expect(findUser(manyAts)).toBeUndefined();
  });
});

describe('scan names the user of each finding', () => {
  test('the line’s user goes on every finding of that line, none elsewhere', async () => {
    const { scan } = await import('../../src/core/scan.ts');
    const { findings } = scan(['alice@contoso.com;UCCAPI/16.0.6965.2058 OC/16.0.6965.2058', '16.0.4266.1001', 'CONTOSO\\bob 15.0.4569.1503'].join('\n'));
    expect(findings.map((f) => [f.line, f.user])).toEqual([
      [1, 'alice@contoso.com'],
      [2, undefined],
      [3, 'CONTOSO\\bob'],
    ]);
  });

  test('a report row with a From and a To agent gives each agent its own user, and a third agent none', async () => {
    const { scan } = await import('../../src/core/scan.ts');
    const row = 'hana@fabrikam.com  sip:ivan@fabrikam.com  [IM]  UCCAPI/16.0.13127.21216 OC/16.0.13127.21216 (Skype for Business)  UCCAPI/16.0.6965.5308 OC/16.0.6965.2117 (Skype for Business)';
    expect(scan(row).findings.map((f) => [f.text, f.user])).toEqual([
      ['OC/16.0.13127.21216', 'hana@fabrikam.com'],
      ['OC/16.0.6965.2117', 'ivan@fabrikam.com'],
    ]);
    const one = 'hana@fabrikam.com OC/16.0.13127.21216 (Skype for Business) OC/16.0.6965.2117 (Skype for Business) OC/16.0.6965.2058 (Skype for Business)';
    expect(scan(one).findings.map((f) => f.user)).toEqual(['hana@fabrikam.com', undefined, undefined]);
  });
});

describe('findUser reads addresses exactly as the regular expression it replaced', () => {
  // Characters that matter to an address, around "@", in random order.
  const alphabet = ['a', 'B', 'z', '0', '9', '.', '-', '_', '%', '+', '@', '@', ' ', ';', ',', '|', '"', "'", '<', '>', '(', ')', '[', ']', '\t', ':', 'sip:', 'SIP:', '/', '=', '\u00a0', 'é', 'com', 'contoso.', '.ru', '\\', 'CONTOSO\\'];
  // Characters and words that matter to a down-level name, around "\\".
  const downLevel = ['a', 'Z', '7', '-', '_', '.', '\\', '\\', ' ', ';', ',', '"', '(', ')', '>', '<', ':', '/', '\t', '\u00a0', 'ж', 'CONTOSO', 'HKCU', 'hkey_', 'HK', 'Software', 'office', 'USERS', 'User', 'policies', 'x'.repeat(15), 'y'.repeat(64)];
  /** findUser and the expression agree on every line joined from up to `maxLength` of `pieces`. */
  function agreeOn(pieces: string[], maxLength: number): void {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength }), (parts) => {
        const line = parts.join('');
        expect(findUser(line)).toBe(findUserReference(line));
      }),
      { numRuns: 20_000 },
    );
  }
  test('on random text', () => agreeOn(alphabet, 40));
  test('on random text around down-level names', () => agreeOn(downLevel, 30));
  test('on long labels, many labels and long local parts', () => {
    for (const line of [`${'a'.repeat(64)}@b.com`, `${'a'.repeat(65)}@b.com`, `a@${'b'.repeat(63)}.com`, `a@${'b'.repeat(64)}.com`, `a@${'b.'.repeat(8)}com`, `a@${'b.'.repeat(9)}com`, `x ${'a'.repeat(70)}@b.com y@c.org`]) {
      expect(findUser(line)).toBe(findUserReference(line));
    }
  });
});
