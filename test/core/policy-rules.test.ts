import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { formatMessage, groupByBuild, scan, type Catalogue, type Message } from '../../src/core/index.ts';
import { buildPolicyRules, policyRuleId, type PolicyRuleInput, type PolicyRuleScript } from '../../src/core/policy-rules.ts';
import { effectiveThreshold } from '../../src/core/policy-threshold.ts';
import { powerShellComment, quotePowerShell } from '../../src/core/powershell-text.ts';

/*
 * Microsoft's reference (learn.microsoft.com/powershell/module/skype/new-csclientversionpolicyrule),
 * the syntax this generator follows:
 *
 *   New-CsClientVersionPolicyRule
 *     [-MajorVersion <UInt16>] [-MinorVersion <UInt16>] [-UserAgent <String>]
 *     [-Action <Action>] [-ActionUrl <String>] [-BuildNumber <UInt16>]
 *     [-CompareOp <CompareOp>] [-Description <String>] [-Enabled <Boolean>]
 *     -Parent <String> [-Priority <Int32>] [-QfeNumber <UInt16>] -RuleId <String> ...
 *
 *   -Action <Allow | AllowAndUpgrade | AllowWithUrl | Block | BlockAndUpgrade | BlockWithUrl>
 *   -CompareOp <EQL | NEQ | GTR | GEQ | LSS | LEQ>        ("less than" is LSS, not LT)
 *
 *   Example: $x = [guid]::NewGuid()
 *            New-CsClientVersionPolicyRule -Parent site:Redmond -RuleId $x -MajorVersion 4 -UserAgent InHouse
 *
 *   Get-CsClientVersionPolicyRule [[-Identity] <XdsIdentity>] | [-Filter <String>]
 *     e.g. Get-CsClientVersionPolicyRule -Identity "Global/2336c611-a243-4c5d-994b-eea8a524d0e4"
 *   Remove-CsClientVersionPolicyRule [-Identity] <XdsIdentity>
 *     e.g. Remove-CsClientVersionPolicyRule -Identity site:Redmond/74ba9211-8610-42f9-91ba-846cdee98820
 *
 * A rule's Identity is "<policy scope>/<GUID>"; -Parent + -RuleId name the same two parts.
 */

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const load = (lang: string) => JSON.parse(readFileSync(new URL(`../../_locales/${lang}/messages.json`, import.meta.url), 'utf8')) as Catalogue;
const catalogues = { en: load('en'), ru: load('ru') };
const en = (m: Message) => formatMessage(catalogues.en, m);
const ru = (m: Message) => formatMessage(catalogues.ru, m);

function ok(input: PolicyRuleInput, format = en): PolicyRuleScript {
  const result = buildPolicyRules(input, format);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result;
}

function errorKeys(input: PolicyRuleInput): string[] {
  const result = buildPolicyRules(input, en);
  return result.ok ? [] : result.errors.map((e) => e.key);
}

/** Printable ASCII and line feeds only. */
const ASCII_SCRIPT = /^[\x20-\x7e\n]*$/;

/**
 * Reads a quotePowerShell result back the way PowerShell does, accepting only
 * what the generator should write: one single-quoted ASCII string, or
 * ('ascii' + [char]0xHHHH + ...) starting with a string. Throws on anything
 * else, so text that ended a string early cannot read back as the input.
 */
function readQuoted(quoted: string): string {
  const literal = /^'((?:[\x20-\x26\x28-\x7e]|'')*)'/;
  if (!quoted.startsWith('(')) {
    const m = literal.exec(quoted);
    if (!m || m[0] !== quoted) throw new Error(`not one single-quoted string: ${quoted}`);
    return m[1]!.replace(/''/g, "'");
  }
  if (!quoted.endsWith(')') || !literal.test(quoted.slice(1))) throw new Error(`not a concatenation starting with a string: ${quoted}`);
  let rest = quoted.slice(1, -1);
  let out = '';
  for (let first = true; rest !== ''; first = false) {
    if (!first) {
      if (!rest.startsWith(' + ')) throw new Error(`expected " + " at ${rest}`);
      rest = rest.slice(3);
    }
    const text = literal.exec(rest);
    const code = /^\[char\]0x([0-9A-F]{4})/.exec(rest);
    if (text) {
      out += text[1]!.replace(/''/g, "'");
      rest = rest.slice(text[0].length);
    } else if (code) {
      out += String.fromCharCode(parseInt(code[1]!, 16));
      rest = rest.slice(code[0].length);
    } else throw new Error(`unexpected ${rest}`);
  }
  return out;
}

describe('thresholds by mailbox location', () => {
  test('on-premises uses 16.0.6920.1000', () => {
    const r = ok({ mailbox: 'onprem', action: 'Allow' });
    expect(r.threshold).toBe('16.0.6920.1000');
    expect(r.commands.create).toContain('-MajorVersion 16 -MinorVersion 0 -BuildNumber 6920 -QfeNumber 1000');
  });
  test('Exchange Online uses 16.0.6701.1000', () => {
    const r = ok({ mailbox: 'online', action: 'Allow' });
    expect(r.threshold).toBe('16.0.6701.1000');
    expect(r.commands.create).toContain('-BuildNumber 6701 -QfeNumber 1000');
  });
  test('"both" takes the on-premises threshold and says why', () => {
    const r = ok({ mailbox: 'both', action: 'Allow' });
    expect(r.threshold).toBe('16.0.6920.1000');
    expect(r.warnings.map((w) => w.key)).toContain('policy_note_both_onprem');
  });
  test('an organisation minimum above the threshold raises it', () => {
    const r = ok({ mailbox: 'onprem', action: 'Allow', organisationMinimum: '16.0.17928.20114' });
    expect(r.threshold).toBe('16.0.17928.20114');
    expect(r.thresholdSource).toBe('organisation');
    expect(r.commands.create).toContain('-BuildNumber 17928 -QfeNumber 20114');
  });
  test('an organisation minimum below the threshold is ignored with a warning', () => {
    const r = ok({ mailbox: 'onprem', action: 'Allow', organisationMinimum: '16.0.6800.1000' });
    expect(r.threshold).toBe('16.0.6920.1000');
    expect(r.warnings).toContainEqual({ key: 'policy_warning_minimum_ignored', params: { minimum: '16.0.6800.1000', threshold: '16.0.6920.1000' } });
  });
  test('the same minimum raises the online threshold but not the on-premises one', () => {
    expect(effectiveThreshold('online', '16.0.6800.1000')).toEqual({ threshold: '16.0.6800.1000', source: 'organisation', ignoredMinimum: false });
    expect(effectiveThreshold('onprem', '16.0.6800.1000').ignoredMinimum).toBe(true);
  });
  test('a malformed or revision-less minimum is ignored, never rounded', () => {
    expect(effectiveThreshold('onprem', '16.0.7000')).toMatchObject({ threshold: '16.0.6920.1000', ignoredMinimum: true });
    expect(effectiveThreshold('onprem', 'latest')).toMatchObject({ threshold: '16.0.6920.1000', ignoredMinimum: true });
  });
  test('parts above UInt16 are refused (the cmdlet cannot take them)', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', organisationMinimum: '16.0.70000.1' })).toEqual(['policy_error_build_range']);
  });
});

describe('the generated text is what the reference describes', () => {
  test('BlockWithUrl, Global scope: exact commands', () => {
    const r = ok({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'https://intranet.contoso.com/update-skype' });
    const id = policyRuleId('Global', '16.0.6920.1000');
    expect(r.ruleId).toBe(id);
    expect(r.identity).toBe(`Global/${id}`);
    expect(r.commands.create).toBe(
      `New-CsClientVersionPolicyRule -Parent 'Global' -RuleId '${id}' -MajorVersion 16 -MinorVersion 0 -BuildNumber 6920 -QfeNumber 1000 ` +
        `-UserAgent 'OC' -CompareOp LSS -Action BlockWithUrl -ActionUrl 'https://intranet.contoso.com/update-skype' ` +
        `-Description 'Offline IM needs Skype for Business 2016 Click-to-Run 16.0.6920.1000 or later' -Priority 0 -Enabled $True`,
    );
    expect(r.commands.check).toBe(`Get-CsClientVersionPolicyRule -Identity 'Global/${id}'`);
    expect(r.commands.remove).toBe(`Remove-CsClientVersionPolicyRule -Identity 'Global/${id}'`);
  });

  test('every parameter name is one the reference lists, every enum value a listed one', () => {
    const reference = new Set(['-Parent', '-RuleId', '-MajorVersion', '-MinorVersion', '-BuildNumber', '-QfeNumber', '-UserAgent', '-CompareOp', '-Action', '-ActionUrl', '-Description', '-Priority', '-Enabled']);
    for (const action of ['Allow', 'AllowWithUrl', 'BlockWithUrl'] as const) {
      const r = ok({ mailbox: 'online', action, actionUrl: 'https://x.example/u', scope: 'site:Redmond', priority: 3 });
      const used = r.commands.create.match(/ -[A-Za-z]+/g)!.map((p) => p.trim());
      for (const p of used) expect(reference.has(p), p).toBe(true);
      expect(new Set(used).size).toBe(used.length);
      expect(r.commands.create).toMatch(/ -CompareOp (EQL|NEQ|GTR|GEQ|LSS|LEQ) /);
      expect(r.commands.create).toContain(` -Action ${action} `);
      expect(['Allow', 'AllowAndUpgrade', 'AllowWithUrl', 'Block', 'BlockAndUpgrade', 'BlockWithUrl']).toContain(action);
      expect(r.commands.create).toContain('-Priority 3');
      // Identity "<policy scope>/<GUID>", -Parent and -RuleId naming the same parts.
      expect(r.identity).toBe(`site:Redmond/${r.ruleId}`);
      expect(r.ruleId).toMatch(GUID);
    }
  });

  test('Allow carries no -ActionUrl; the message goes in the description', () => {
    const r = ok({ mailbox: 'online', action: 'Allow', description: 'Please update Skype for Business' });
    expect(r.commands.create).not.toContain('-ActionUrl');
    expect(r.commands.create).toContain("-Description 'Please update Skype for Business'");
  });

  test('the script is safe to paste whole: the removal is a comment', () => {
    const r = ok({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'https://u.example/' });
    const live = r.script.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
    expect(live).toEqual([r.commands.create, r.commands.check]);
    expect(r.script).toContain(`# ${r.commands.remove}`);
    expect(r.script).toMatch(/WARNING: BlockWithUrl LOCKS OUT/);
    expect(r.warnings.map((w) => w.key)).toContain('policy_warning_block');
  });

  test('rule ids are deterministic and differ by scope and threshold', () => {
    const a = ok({ mailbox: 'onprem', action: 'Allow' }).ruleId;
    expect(ok({ mailbox: 'onprem', action: 'AllowWithUrl', actionUrl: 'http://u.example' }).ruleId).toBe(a);
    expect(ok({ mailbox: 'online', action: 'Allow' }).ruleId).not.toBe(a);
    expect(ok({ mailbox: 'onprem', action: 'Allow', scope: 'site:Redmond' }).ruleId).not.toBe(a);
    expect(ok({ mailbox: 'onprem', action: 'Allow', scope: 'global' }).ruleId).toBe(a);
  });

  test('rule ids are the ones earlier versions wrote (RFC 4122 version 5, cross-checked with Python uuid.uuid5)', () => {
    // The values the hand-written SHA-1 produced before the uuid package: a
    // rule created then must still be found and removed by the commands now.
    expect(policyRuleId('Global', '16.0.6920.1000')).toBe('234b9566-f4ae-576f-9e9a-aebd3c8d9eb4');
    expect(policyRuleId('site:Redmond', '16.0.6701.1000')).toBe('45e52160-9784-5732-bb58-a4cb463c043e');
    expect(policyRuleId('ёж', 'x')).toBe('d6d63d1e-b2cc-5b32-9678-b3d79f2e99cd');
    expect(ok({ mailbox: 'online', action: 'Allow', scope: 'site:Redmond' }).ruleId).toBe('45e52160-9784-5732-bb58-a4cb463c043e');
  });
});

describe('escaping and validation', () => {
  test("single quotes are doubled; PowerShell's typographic quotes never appear literally", () => {
    expect(quotePowerShell("O'Brien")).toBe("'O''Brien'");
    expect(quotePowerShell('a\u2019b\u2018c')).toBe("('a' + [char]0x2019 + 'b' + [char]0x2018 + 'c')");
    expect(quotePowerShell('$env:PATH `whoami` $(x)')).toBe("'$env:PATH `whoami` $(x)'");
    const r = ok({ mailbox: 'onprem', action: 'Allow', description: "It's time: update '$(Remove-Item C:\\)'" });
    expect(r.commands.create).toContain("-Description 'It''s time: update ''$(Remove-Item C:\\)'''");
  });
  test('newlines and control characters are refused, not stripped', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', description: 'a\nb' })).toEqual(['policy_error_control_chars']);
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', description: 'a\u2028b' })).toEqual(['policy_error_control_chars']);
    expect(errorKeys({ mailbox: 'onprem', action: 'AllowWithUrl', actionUrl: 'https://a.example/\r\nx' })).toEqual(['policy_error_control_chars']);
    expect(() => quotePowerShell('a\u0000')).toThrow();
  });
  test('URLs: http and https only, required for the *WithUrl actions', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl' })).toEqual(['policy_error_url_required']);
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'javascript:alert(1)' })).toEqual(['policy_error_url_invalid']);
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'file:///c:/x' })).toEqual(['policy_error_url_invalid']);
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'https://exa mple.com' })).toEqual(['policy_error_url_invalid']);
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'https://user@evil.example' })).toEqual(['policy_error_url_invalid']);
    expect(errorKeys({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'HTTP://intranet:8080/a?b=c#d' })).toEqual([]);
  });
  test('scopes: Global, site:, service:, tag: only', () => {
    for (const scope of ['Global', 'site:Redmond', 'service:Registrar:atl-cs-001.litwareinc.com', 'tag:OfflineIM']) {
      expect(errorKeys({ mailbox: 'onprem', action: 'Allow', scope })).toEqual([]);
    }
    for (const scope of ["site:x'; Remove-CsUser", 'Global/abc', 'user:alice', 'site:']) {
      expect(errorKeys({ mailbox: 'onprem', action: 'Allow', scope })).toEqual(['policy_error_scope']);
    }
  });
  test('priority must be a non-negative Int32', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', priority: -1 })).toEqual(['policy_error_priority']);
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', priority: 1.5 })).toEqual(['policy_error_priority']);
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', priority: 2 ** 31 })).toEqual(['policy_error_priority']);
  });
  test('an unknown action is refused', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'Block' as never })).toEqual(['policy_error_action']);
  });
  test('too long text is refused', () => {
    expect(errorKeys({ mailbox: 'onprem', action: 'Allow', description: 'x'.repeat(1001) })).toEqual(['policy_error_too_long']);
  });
});

describe('ASCII-only PowerShell (Windows PowerShell 5.1 reads a BOM-less script in the ANSI code page)', () => {
  const CRAFTED = [
    'Обновите Skype для бизнеса',
    "a\u2018; Remove-Item C:\\ -Recurse; '",
    'x\u2019) ; Stop-Computer ; (\u2019',
    '\u201a\u201b\u201c\u201d\u201e$(Get-Process)\u201e\u201d\u201c',
    "''\u2019'\u2018",
    '\u201c; Stop-Computer; \u201d',
    'ёЁ 😀 € \u00a0end',
    '[char]0x0027 + \'',
  ];

  test.each(CRAFTED.map((text) => [text]))('quotePowerShell(%j) is ASCII and reads back as exactly that text', (text) => {
    const quoted = quotePowerShell(text);
    expect(quoted).toMatch(/^[\x20-\x7e]+$/);
    expect(readQuoted(quoted)).toBe(text);
  });

  test('a Russian description becomes [char] codes inside one expression', () => {
    const r = ok({ mailbox: 'onprem', action: 'Allow', description: 'Обновите клиент' });
    expect(r.commands.create).toContain("-Description ('' + [char]0x041E + [char]0x0431 + ");
    expect(r.script).toMatch(ASCII_SCRIPT);
    const description = /-Description (\(.*?\)) -Priority/.exec(r.commands.create)![1]!;
    expect(readQuoted(description)).toBe('Обновите клиент');
  });

  test('crafted quotes in the description and URL cannot end the string: the create line has exactly its parameters', () => {
    for (const text of CRAFTED) {
      const r = ok({ mailbox: 'onprem', action: 'AllowWithUrl', actionUrl: `https://intranet.example/${encodeURI('‘x’')}`, description: text });
      expect(r.script).toMatch(ASCII_SCRIPT);
      // Outside the quoted values only the generator's own parameters remain.
      const outside = r.commands.create.replace(/\((?:'(?:[^']|'')*'|\[char\]0x[0-9A-F]{4}| \+ )+\)|'(?:[^']|'')*'/g, 'Q');
      expect(outside).toBe('New-CsClientVersionPolicyRule -Parent Q -RuleId Q -MajorVersion 16 -MinorVersion 0 -BuildNumber 6920 -QfeNumber 1000 -UserAgent Q -CompareOp LSS -Action AllowWithUrl -ActionUrl Q -Description Q -Priority 0 -Enabled $True');
    }
  });

  test('in Russian: comments and the default description in Russian, still ASCII, and the script says why', () => {
    const r = ok({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'https://u.example/' }, ru);
    expect(r.script).toMatch(ASCII_SCRIPT);
    expect(r.script).toContain('# Tolko ASCII: prochie simvoly zapisany kodami [char]');
    expect(r.script).toContain('# VNIMANIE: BlockWithUrl NE PUSTIT');
    const description = /-Description (\(.*?\)) -Priority/.exec(r.commands.create)![1]!;
    expect(readQuoted(description)).toBe(ru({ key: 'policy_default_description', params: { threshold: '16.0.6920.1000' } }));
    expect(readQuoted(description)).toMatch(/^Для офлайн-сообщений нужен Skype для бизнеса 2016 «нажми и работай» 16\.0\.6920\.1000/);
  });

  test('in English the script says it is ASCII only, in a comment line', () => {
    const r = ok({ mailbox: 'online', action: 'Allow' });
    expect(r.script.split('\n')).toContain(
      '# ASCII only: other characters are written as [char] codes, so Windows PowerShell 5.1 reads this script the same in any code page.',
    );
  });

  test('comment lines: transliterated, typographic punctuation simplified, never a line break', () => {
    expect(powerShellComment('Щука «ёж» — Юла\nдалее')).toBe('# Shchuka "ezh" - Iula dalee');
    expect(powerShellComment('日本')).toBe('# ??');
  });
});

describe('from a result set', () => {
  const text = [
    'UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)',
    'OC/16.0.6741.2017 (Skype for Business)',
    'OC/15.0.4569.1503 (Microsoft Lync)',
    'Version 2408 (Build 17928.20114 Click-to-Run)',
    'MC/16.0.0.0 (Skype for Business for Mac)',
  ].join('\n');
  const groups = groupByBuild(scan(text).findings);

  test('lists the Windows OC builds the rule would catch, per threshold', () => {
    expect(ok({ mailbox: 'onprem', action: 'Allow', groups }).affected).toEqual(['16.0.6741.2017', '15.0.4569.1503']);
    expect(ok({ mailbox: 'online', action: 'Allow', groups }).affected).toEqual(['15.0.4569.1503']);
    expect(ok({ mailbox: 'onprem', action: 'Allow', groups }).script).toContain('catches: 16.0.6741.2017, 15.0.4569.1503\n# Clients with those builds: 2\n');
  });

  test('counts the clients and, where lines name them, the distinct users the rule catches', () => {
    const report = [
      'alice@contoso.com OC/16.0.6741.2017 (Skype for Business)',
      'ALICE@contoso.com OC/16.0.6741.2017 (Skype for Business)',
      'bob@contoso.com OC/15.0.4569.1503 (Microsoft Lync)',
      'carol@contoso.com OC/16.0.6965.2058 (Skype for Business)',
    ].join('\n');
    const findings = scan(report).findings.map((f, i) => ({ ...f, user: f.user ?? ['alice@contoso.com', 'ALICE@contoso.com', 'bob@contoso.com', 'carol@contoso.com'][i] }));
    const r = ok({ mailbox: 'onprem', action: 'Allow', groups: groupByBuild(findings), findings });
    expect(r.affectedClients).toBe(3);
    expect(r.affectedUsers).toBe(2);
    expect(r.script).toContain('# Users among them: 2');
    const anonymous = ok({ mailbox: 'onprem', action: 'Allow', groups, findings: scan(text).findings.map((f) => ({ ...f, user: undefined })) });
    expect(anonymous.affectedClients).toBe(2);
    expect(anonymous.affectedUsers).toBeUndefined();
    expect(anonymous.script).not.toContain('Users among them');
  });
});

describe('messages', () => {
  test('every key the generator emits exists in en and ru, with the same slots, all filled', () => {
    const source = readFileSync(new URL('../../src/core/policy-rules.ts', import.meta.url), 'utf8');
    const keys = [...new Set([...source.matchAll(/key: '(policy_\w+)'|comment\('(policy_\w+)'/g)].map((m) => (m[1] ?? m[2])!))];
    expect(keys.length).toBeGreaterThan(10);
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
    for (const key of keys) {
      expect(catalogues.en[key], key).toBeDefined();
      expect(catalogues.ru[key], key).toBeDefined();
      expect(slots(catalogues.ru[key]!.message)).toEqual(slots(catalogues.en[key]!.message));
      expect(catalogues.en[key]!.message).not.toContain('$');
    }
    const messages = [
      ...ok({ mailbox: 'both', action: 'BlockWithUrl', actionUrl: 'https://u.example', organisationMinimum: '16.0.1.1' }).warnings,
      ...ok({ mailbox: 'online', action: 'Allow', organisationMinimum: '16.0.9000.1' }).warnings,
    ];
    for (const m of messages) for (const slot of slots(catalogues.en[m.key]!.message)) expect(m.params[slot], `${m.key}.${slot}`).toBeDefined();
  });
});
