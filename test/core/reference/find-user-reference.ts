// The regex version of findUser, frozen as the oracle the fast version in
// src/core/find-user.ts is checked against (test/core/find-user.test.ts).

const USER_SCAN_LIMIT = 4096;

// An address: local part and a dotted domain with a letter TLD. The character
// before must not belong to a word, path or URL ("/", ":" other than "sip:",
// "=", "?", "&", "%", "#"), so "https://x/?u=a@b.com" and "user:pass@host" stay out.
const ADDRESS = /(?:^|[\s;,|"'<([\t])(sip:)?([A-Za-z0-9][A-Za-z0-9._%+-]{0,63})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})(?=$|[\s;,|"'>)\]\t])/gi;
// DOMAIN\user: a NetBIOS domain (letters first, no dots) and a sAMAccountName.
const DOWN_LEVEL = /(?:^|[\s;,|"'<([\t])([A-Za-z][A-Za-z0-9-]{0,14})\\([A-Za-z0-9][A-Za-z0-9._-]{0,63})(?=$|[\s;,|"'>)\]\t])/g;
/** A letter top-level domain: "@16.0.6920.1000" or "@1.2.3.4" is a build or an address, not a user. */
const LETTER_TLD = /\.[A-Za-z][A-Za-z-]*$/;

/** The first user the line names, or undefined. */
export function findUserReference(line: string): string | undefined {
  const text = line.length > USER_SCAN_LIMIT ? line.slice(0, USER_SCAN_LIMIT) : line;
  if (text.includes('@')) {
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
      const [, , local, domain] = m as unknown as [string, string | undefined, string, string];
      if (!LETTER_TLD.test(domain) || local.endsWith('.') || local.includes('..')) continue;
      return `${local}@${domain}`;
    }
  }
  if (text.includes('\\')) {
    DOWN_LEVEL.lastIndex = 0;
    for (let m = DOWN_LEVEL.exec(text); m; m = DOWN_LEVEL.exec(text)) {
      const [, domain, user] = m as unknown as [string, string, string];
      // Registry paths (HKEY_CURRENT_USER\Software, HKCU\...) and drive paths are not accounts.
      if (/^(?:HK[A-Z_]*|SOFTWARE|SYSTEM|Microsoft|Office|Lync|Users?|Windows|Program)$/i.test(domain)) continue;
      if (/^(?:Software|Microsoft|Office|Lync|Policies)$/i.test(user)) continue;
      return `${domain}\\${user}`;
    }
  }
  return undefined;
}
