// Client version policy rules: the Skype for Business Server PowerShell that
// makes the server enforce or nudge the offline-IM threshold. Pure text
// generation: the extension never runs a command. Parameter names and values
// follow Microsoft's reference for New-, Get- and Remove-CsClientVersionPolicyRule
// (quoted in test/core/policy-rules.test.ts). The script is ASCII only
// (powershell-text.ts) and its comments are in the caller's language.
import { v5 as uuidv5 } from 'uuid';
import type { BuildGroup } from './group-by-build.ts';
import type { MailboxChoice } from './mailbox-choice.ts';
import { effectiveThreshold } from './policy-threshold.ts';
import { CONTROL_CHARS, powerShellComment, quotePowerShell } from './powershell-text.ts';
import { THRESHOLDS } from './thresholds.ts';
import type { Finding, MailboxLocation, Message } from './types.ts';
import { compareKnown, parseVersion, type Parts } from './version.ts';

/** The actions an admin may pick. Block/AllowAndUpgrade/BlockAndUpgrade are left out on purpose: no message, or an upgrade path SfB 2016 does not use. */
export type PolicyRuleAction = 'Allow' | 'AllowWithUrl' | 'BlockWithUrl';
export const POLICY_RULE_ACTIONS: readonly PolicyRuleAction[] = ['Allow', 'AllowWithUrl', 'BlockWithUrl'];

export interface PolicyRuleInput {
  /** Where the mailboxes are; "both" (mixed or not known) takes the on-premises threshold. */
  mailbox: MailboxChoice;
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
  /** The findings behind `groups`, to count the distinct users the rule would catch (Finding.user). */
  findings?: readonly Finding[];
}

/** Formats a message in the caller's language (script comments and the default description). */
export type FormatMessage = (message: Message) => string;

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
  /** Clients (findings) in the result set with those builds. */
  affectedClients: number;
  /** Distinct users among them, when the findings were given and name users; otherwise undefined. */
  affectedUsers?: number;
}

export interface PolicyRuleError {
  ok: false;
  errors: Message[];
}

export type PolicyRuleResult = PolicyRuleScript | PolicyRuleError;

const SCOPE = /^(?:global|(?:site|tag):[A-Za-z0-9_.\- ]+|service:[A-Za-z]+:[A-Za-z0-9_.-]+)$/i;
const URL_SHAPE = /^https?:\/\/[^\s/?#@\\]+(?:[/?#]\S*)?$/i;
const MAX_TEXT = 1000;
const UINT16_MAX = 65535;
const INT32_MAX = 2147483647;

function checkText(value: string | undefined, field: string, errors: Message[]): string | undefined {
  if (value === undefined) return undefined;
  if (CONTROL_CHARS.test(value)) errors.push({ key: 'policy_error_control_chars', params: { field } });
  else if (value.length > MAX_TEXT) errors.push({ key: 'policy_error_too_long', params: { field, max: String(MAX_TEXT) } });
  return value;
}

/** Our namespace for rule ids: uuidv5(DNS namespace, "offline-im-build-checker.example"). */
const RULE_ID_NAMESPACE = 'df52a0e4-c47b-58de-83d2-4fa0836cddf6';

/**
 * The rule's -RuleId: a name-based UUID (RFC 4122 version 5) of the scope and
 * threshold, so the same scope and threshold always name the same rule and the
 * check and removal commands keep working in a later session.
 */
export function policyRuleId(scope: string, threshold: string): string {
  return uuidv5(`${scope.toLowerCase()}|${threshold}`, RULE_ID_NAMESPACE);
}

/**
 * Builds the commands, or says precisely which input is wrong. Never throws.
 * `format` puts the script's comments and default description in the UI language.
 */
export function buildPolicyRules(input: PolicyRuleInput, format: FormatMessage): PolicyRuleResult {
  const errors: Message[] = [];
  const scope = (input.scope ?? '').trim() || 'Global';
  const description = checkText(input.description?.trim() || undefined, 'description', errors);
  const actionUrl = checkText(input.actionUrl?.trim() || undefined, 'actionUrl', errors);
  checkText(scope, 'scope', errors);
  if (!CONTROL_CHARS.test(scope) && !SCOPE.test(scope)) errors.push({ key: 'policy_error_scope', params: { scope } });
  if (!POLICY_RULE_ACTIONS.includes(input.action)) errors.push({ key: 'policy_error_action', params: { action: String(input.action) } });
  const needsUrl = input.action === 'AllowWithUrl' || input.action === 'BlockWithUrl';
  if (needsUrl && actionUrl === undefined) errors.push({ key: 'policy_error_url_required', params: { action: input.action } });
  if (actionUrl !== undefined && !CONTROL_CHARS.test(actionUrl) && !URL_SHAPE.test(actionUrl)) errors.push({ key: 'policy_error_url_invalid', params: { url: actionUrl } });
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
  const ruleId = policyRuleId(canonicalScope, threshold);
  const identity = `${canonicalScope}/${ruleId}`;
  const finalDescription = description ?? format({ key: 'policy_default_description', params: { threshold } });

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

  const caught = caughtClients(input.groups ?? [], input.findings, threshold);
  const affected = caught.builds;
  const comment = (key: string, params: Record<string, string> = {}) => powerShellComment(format({ key, params }));
  const script = [
    comment('policy_script_header'),
    comment('policy_script_ascii'),
    comment('policy_script_rule', { threshold, action: input.action }),
    ...(input.action === 'BlockWithUrl' ? [comment('policy_script_block_warning', { threshold })] : []),
    ...(affected.length > 0
      ? [comment('policy_script_affected', { builds: affected.join(', ') }), comment('policy_script_affected_clients', { clients: String(caught.clients) })]
      : []),
    ...(affected.length > 0 && caught.users !== undefined ? [comment('policy_script_affected_users', { users: String(caught.users) })] : []),
    '',
    comment('policy_script_step_create'),
    commands.create,
    '',
    comment('policy_script_step_check'),
    commands.check,
    '',
    comment('policy_script_step_undo'),
    `# ${commands.remove}`,
    '',
  ].join('\n');

  return {
    ok: true,
    threshold,
    thresholdSource: source,
    scope: canonicalScope,
    ruleId,
    identity,
    commands,
    script,
    warnings,
    affected,
    affectedClients: caught.clients,
    ...(caught.users !== undefined ? { affectedUsers: caught.users } : {}),
  };
}

/** Only Windows desktop clients send an OC user agent; Mac, mobile and web clients are untouched. */
const OC_FAMILIES: ReadonlySet<string> = new Set(['win16', 'win16-msi-range', 'lync2013', 'lync2010', 'communicator']);

/** Whether an OC rule "below threshold" matches this build. */
function caughtBy(family: string, version: string, limit: Parts): boolean {
  if (!OC_FAMILIES.has(family)) return false;
  const parts = parseVersion(version);
  return parts !== undefined && parts.length === 4 && compareKnown(parts, limit) === -1;
}

/** The builds (distinct, in order), clients and, where lines name them, users the rule would catch. */
function caughtClients(groups: readonly BuildGroup[], findings: readonly Finding[] | undefined, threshold: string): { builds: string[]; clients: number; users?: number } {
  const limit = parseVersion(threshold)!;
  const builds = new Set<string>();
  let clients = 0;
  for (const g of groups) {
    if (!caughtBy(g.family, g.version, limit)) continue;
    builds.add(g.version);
    clients += g.count;
  }
  if (!findings?.some((f) => f.user)) return { builds: [...builds], clients };
  const users = new Set<string>();
  for (const f of findings) if (f.user && caughtBy(f.family, f.version, limit)) users.add(f.user.toLowerCase());
  return { builds: [...builds], clients, users: users.size };
}
