// Client version policy rules: the Skype for Business Server PowerShell that
// makes the server enforce or nudge the offline-IM threshold. Pure text
// generation: the extension never runs a command. Parameter names and values
// follow Microsoft's reference for New-, Get- and Remove-CsClientVersionPolicyRule
// (quoted in test/core/policy-rules.test.ts).
import type { BuildGroup } from './group-by-build.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { MailboxLocation, Message } from './types.ts';
import { compareKnown, parseVersion } from './version.ts';

/** The actions an admin may pick. Block/AllowAndUpgrade/BlockAndUpgrade are left out on purpose: no message, or an upgrade path SfB 2016 does not use. */
export type PolicyRuleAction = 'Allow' | 'AllowWithUrl' | 'BlockWithUrl';
export const POLICY_RULE_ACTIONS: readonly PolicyRuleAction[] = ['Allow', 'AllowWithUrl', 'BlockWithUrl'];

/** Where the mailboxes are; "both" means "mixed or not known". */
export type PolicyMailbox = MailboxLocation | 'both';

export interface PolicyRuleInput {
  mailbox: PolicyMailbox;
  action: PolicyRuleAction;
  /** Policy scope (-Parent): "Global", "site:Name", "service:Registrar:fqdn" or "tag:PolicyName". Default "Global". */
  scope?: string;
  /** Update page shown to users; required for AllowWithUrl and BlockWithUrl. */
  actionUrl?: string;
  /** The rule's Description; a default naming the threshold is used when empty. */
  description?: string;
  /** -Priority (Int32, 0 is evaluated first). Default 0. */
  priority?: number;
  /** An organisation's own minimum build; used only when it is not below the Microsoft threshold. */
  organisationMinimum?: string;
  /** The result set, to count the clients the rule would catch. */
  groups?: readonly BuildGroup[];
}

export interface PolicyRuleCommands {
  /** New-CsClientVersionPolicyRule … (creates the rule). */
  create: string;
  /** Get-CsClientVersionPolicyRule -Identity … (shows it). */
  check: string;
  /** Remove-CsClientVersionPolicyRule -Identity … (undo). */
  remove: string;
}

export interface PolicyRuleScript {
  ok: true;
  /** The build the rule compares against with LSS. */
  threshold: string;
  /** Which rule set the threshold: a mailbox location's, or the organisation's own minimum. */
  thresholdSource: MailboxLocation | 'organisation';
  scope: string;
  ruleId: string;
  identity: string;
  commands: PolicyRuleCommands;
  /** Copyable text: comments, the create and check commands, the removal as a comment. */
  script: string;
  /** Things the admin must read (localisable): blocking warning, threshold choice, ignored minimum. */
  warnings: Message[];
  /** Builds in the result set the rule would catch (Windows OC clients below the threshold). */
  affected: string[];
}

export interface PolicyRuleError {
  ok: false;
  errors: Message[];
}

export type PolicyRuleResult = PolicyRuleScript | PolicyRuleError;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
/** PowerShell ends a single-quoted string at any of these; doubling one escapes it. */
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
const SCOPE = /^(?:global|(?:site|tag):[A-Za-z0-9_.\- ]+|service:[A-Za-z]+:[A-Za-z0-9_.-]+)$/i;
const URL_SHAPE = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i;
const MAX_TEXT = 1000;
const UINT16_MAX = 65535;
const INT32_MAX = 2147483647;

/** Quotes a value as a PowerShell single-quoted string: nothing inside is expanded. */
export function quotePowerShell(value: string): string {
  if (CONTROL.test(value)) throw new Error('control characters cannot be quoted safely');
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/**
 * The threshold a rule should use. "both" takes the on-premises build: it is
 * the higher one, so a client at it has offline IM whatever the mailbox; the
 * online build would let on-premises users between 6701 and 6920 through.
 */
export function effectiveThreshold(mailbox: PolicyMailbox, organisationMinimum?: string): {
  threshold: string;
  source: MailboxLocation | 'organisation';
  ignoredMinimum: boolean;
} {
  const location: MailboxLocation = mailbox === 'online' ? 'online' : 'onprem';
  const base = THRESHOLDS[location];
  if (organisationMinimum === undefined || organisationMinimum === '') return { threshold: base, source: location, ignoredMinimum: false };
  const parts = parseVersion(organisationMinimum);
  const order = parts && parts.length === 4 ? compareKnown(parts, parseVersion(base)!) : undefined;
  if (order === undefined || order < 0) return { threshold: base, source: location, ignoredMinimum: true };
  if (order === 0) return { threshold: base, source: location, ignoredMinimum: false };
  return { threshold: parts!.join('.'), source: 'organisation', ignoredMinimum: false };
}

function checkText(value: string | undefined, field: string, errors: Message[]): string | undefined {
  if (value === undefined) return undefined;
  if (CONTROL.test(value)) errors.push({ key: 'policy_error_control_chars', params: { field } });
  else if (value.length > MAX_TEXT) errors.push({ key: 'policy_error_too_long', params: { field, max: String(MAX_TEXT) } });
  return value;
}

/** Builds the commands, or says precisely which input is wrong. Never throws. */
export function buildPolicyRules(input: PolicyRuleInput): PolicyRuleResult {
  const errors: Message[] = [];
  const scope = (input.scope ?? '').trim() || 'Global';
  const description = checkText(input.description?.trim() || undefined, 'description', errors);
  const actionUrl = checkText(input.actionUrl?.trim() || undefined, 'actionUrl', errors);
  checkText(scope, 'scope', errors);
  if (!CONTROL.test(scope) && !SCOPE.test(scope)) errors.push({ key: 'policy_error_scope', params: { scope } });
  if (!POLICY_RULE_ACTIONS.includes(input.action)) errors.push({ key: 'policy_error_action', params: { action: String(input.action) } });
  const needsUrl = input.action === 'AllowWithUrl' || input.action === 'BlockWithUrl';
  if (needsUrl && actionUrl === undefined) errors.push({ key: 'policy_error_url_required', params: { action: input.action } });
  if (actionUrl !== undefined && !CONTROL.test(actionUrl) && !URL_SHAPE.test(actionUrl)) errors.push({ key: 'policy_error_url_invalid', params: { url: actionUrl } });
  const priority = input.priority ?? 0;
  if (!Number.isInteger(priority) || priority < 0 || priority > INT32_MAX) errors.push({ key: 'policy_error_priority', params: { priority: String(priority) } });

  const { threshold, source, ignoredMinimum } = effectiveThreshold(input.mailbox, input.organisationMinimum?.trim());
  const parts = threshold.split('.').map(Number);
  // -MajorVersion … -QfeNumber are UInt16 in the reference.
  if (parts.length !== 4 || parts[0] !== 16 || parts[1] !== 0 || parts.some((p) => p > UINT16_MAX)) {
    errors.push({ key: 'policy_error_build_range', params: { threshold } });
  }
  if (errors.length > 0) return { ok: false, errors };

  const [major, minor, build, qfe] = parts as [number, number, number, number];
  const canonicalScope = /^global$/i.test(scope) ? 'Global' : scope;
  // Deterministic: the same scope and threshold always name the same rule, so
  // the check and removal commands keep working in a later session.
  const ruleId = uuidV5(`${canonicalScope.toLowerCase()}|${threshold}`);
  const identity = `${canonicalScope}/${ruleId}`;
  const finalDescription = description ?? `Offline IM needs Skype for Business 2016 Click-to-Run ${threshold} or later`;

  const createParts = [
    'New-CsClientVersionPolicyRule',
    `-Parent ${quotePowerShell(canonicalScope)}`,
    `-RuleId ${quotePowerShell(ruleId)}`,
    `-MajorVersion ${major} -MinorVersion ${minor} -BuildNumber ${build} -QfeNumber ${qfe}`,
    `-UserAgent 'OC'`,
    '-CompareOp LSS',
    `-Action ${input.action}`,
    ...(actionUrl !== undefined ? [`-ActionUrl ${quotePowerShell(actionUrl)}`] : []),
    `-Description ${quotePowerShell(finalDescription)}`,
    `-Priority ${priority}`,
    '-Enabled $True',
  ];
  const commands: PolicyRuleCommands = {
    create: createParts.join(' '),
    check: `Get-CsClientVersionPolicyRule -Identity ${quotePowerShell(identity)}`,
    remove: `Remove-CsClientVersionPolicyRule -Identity ${quotePowerShell(identity)}`,
  };

  const warnings: Message[] = [];
  if (input.action === 'BlockWithUrl') warnings.push({ key: 'policy_warning_block', params: { threshold } });
  if (input.mailbox === 'both') warnings.push({ key: 'policy_note_both_onprem', params: { threshold: THRESHOLDS.onprem, online: THRESHOLDS.online } });
  if (ignoredMinimum) warnings.push({ key: 'policy_warning_minimum_ignored', params: { minimum: input.organisationMinimum!.trim(), threshold } });
  if (source === 'organisation') warnings.push({ key: 'policy_note_organisation_minimum', params: { threshold } });
  warnings.push({ key: 'policy_note_not_executed', params: {} });

  const affected = affectedBuilds(input.groups ?? [], threshold);
  const script = [
    '# Offline IM Build Checker: client version policy rule. Review before running; nothing here has been run.',
    `# Rule: Windows desktop clients (user agent OC) below ${threshold} get the action ${input.action}.`,
    ...(input.action === 'BlockWithUrl'
      ? [`# WARNING: BlockWithUrl LOCKS OUT every user whose client is below ${threshold} (Lync 2010/2013 clients too) until they update.`]
      : []),
    ...(affected.length > 0 ? [`# Builds in the checked text that this rule catches: ${affected.join(', ')}`] : []),
    '',
    '# 1. Create the rule',
    commands.create,
    '',
    '# 2. Check it',
    commands.check,
    '',
    '# 3. To undo, remove it:',
    `# ${commands.remove}`,
    '',
  ].join('\n');

  return { ok: true, threshold, thresholdSource: source, scope: canonicalScope, ruleId, identity, commands, script, warnings, affected };
}

/** Distinct builds from the result set that an OC rule "below threshold" would match. */
function affectedBuilds(groups: readonly BuildGroup[], threshold: string): string[] {
  const limit = parseVersion(threshold)!;
  const out = new Set<string>();
  for (const g of groups) {
    // Only Windows desktop clients send an OC user agent; Mac, mobile and web clients are untouched.
    if (!['win16', 'win16-msi-range', 'lync2013', 'lync2010', 'communicator'].includes(g.family)) continue;
    const parts = parseVersion(g.version);
    if (!parts || parts.length !== 4) continue;
    if (compareKnown(parts, limit) === -1) out.add(g.version);
  }
  return [...out];
}

/**
 * For the CLI (--policy-rules): the script on stdout and the warnings or
 * errors as text for stderr, formatted by the caller's catalogue.
 */
export function policyRulesForCli(
  input: PolicyRuleInput,
  format: (message: Message) => string,
): { ok: boolean; stdout: string; stderr: string[] } {
  const result = buildPolicyRules(input);
  if (!result.ok) return { ok: false, stdout: '', stderr: result.errors.map(format) };
  return { ok: true, stdout: result.script, stderr: result.warnings.map(format) };
}

// --- RFC 4122 name-based UUID (version 5, SHA-1) ---------------------------

/** Our namespace: uuidv5(DNS namespace, "offline-im-build-checker.example"). */
const NAMESPACE = 'df52a0e4-c47b-58de-83d2-4fa0836cddf6';

export function uuidV5(name: string, namespace = NAMESPACE): string {
  const ns = namespace.replace(/-/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < 32; i += 2) bytes.push(parseInt(ns.slice(i, i + 2), 16));
  bytes.push(...utf8(name));
  const hash = sha1(bytes);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.slice(0, 16).map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

function utf8(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** SHA-1 (FIPS 180-4), small inputs only; used for identifiers, not security. */
function sha1(message: number[]): number[] {
  const bitLength = message.length * 8;
  const data = [...message, 0x80];
  while (data.length % 64 !== 56) data.push(0);
  for (let i = 7; i >= 0; i--) data.push(i >= 4 ? 0 : (bitLength >>> (i * 8)) & 0xff);
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  const w = new Array<number>(80);
  for (let off = 0; off < data.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = (data[off + 4 * i]! << 24) | (data[off + 4 * i + 1]! << 16) | (data[off + 4 * i + 2]! << 8) | data[off + 4 * i + 3]!;
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!;
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 ? b ^ c ^ d : i < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]!) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out: number[] = [];
  for (const h of [h0, h1, h2, h3, h4]) out.push((h >>> 24) & 0xff, (h >>> 16) & 0xff, (h >>> 8) & 0xff, h & 0xff);
  return out;
}
