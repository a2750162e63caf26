// Command-line arguments, read by node:util's parseArgs in strict mode from
// one options table. Pure: returns the options or a localisable error (the
// CLI prints it as one line and exits 2).
import { parseArgs as parseArgv } from 'node:util';
import type { Message } from '../core/index.ts';
import type { MailboxChoice } from '../core/mailbox-choice.ts';
import type { MessageKey } from '../message-key.ts';
import { POLICY_RULE_ACTIONS, type PolicyRuleAction } from '../core/policy-rules.ts';
import { LANGS, type Lang } from './messages.ts';

export type OutputFormat = 'table' | 'json' | 'jsonl' | 'csv' | 'users';

export interface CliOptions {
  mailbox: MailboxChoice;
  format: OutputFormat;
  /** Undefined when --lang was not given: the environment decides. */
  lang: Lang | undefined;
  /** A path, "-" for standard input, or undefined when none was given. */
  input: string | undefined;
  help: boolean;
  /** --minimum-build: the organisation's minimum build (four parts); it raises Microsoft's thresholds, never lowers them. */
  minimumBuild?: string;
  version: boolean;
  /** --pretty: indented JSON with reasons as sentences. */
  pretty: boolean;
  /** Worker threads for a large regular file (--threads N); undefined: main.ts decides. */
  threads: number | undefined;
  /** --policy-rules ACTION: print Skype for Business Server client version policy rules instead of verdicts. */
  policy?: { action: PolicyRuleAction; actionUrl?: string; scope?: string; description?: string; priority?: number };
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: Message; lang: Lang | undefined };

/** Every flag the CLI knows. A value that starts with a dash must be written --flag=-value. */
const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'V' },
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  csv: { type: 'boolean' },
  users: { type: 'boolean' },
  pretty: { type: 'boolean' },
  threads: { type: 'string' },
  mailbox: { type: 'string' },
  lang: { type: 'string' },
  'minimum-build': { type: 'string' },
  'policy-rules': { type: 'string' },
  'action-url': { type: 'string' },
  'policy-scope': { type: 'string' },
  'policy-description': { type: 'string' },
  'policy-priority': { type: 'string' },
} as const;

type OptionName = keyof typeof OPTIONS;
type Token = NonNullable<ReturnType<typeof parseArgv>['tokens']>[number];
type OptionToken = Extract<Token, { kind: 'option' }>;

const MAILBOXES: readonly string[] = ['online', 'onprem', 'both'];

const policyActionOf = (value: string): PolicyRuleAction | undefined => POLICY_RULE_ACTIONS.find((a) => a.toLowerCase() === value.toLowerCase());
const bad = (key: string, value: string): Message => ({ key, params: { value } });
/** Options whose values form a closed set: a value outside it is named in the option's own message. */
const CHECKS: Partial<Record<OptionName, (value: string) => Message | undefined>> = {
  threads: (v) => (/^\d{1,2}$/.test(v) && Number(v) >= 1 ? undefined : bad('cli_error_bad_threads', v)),
  mailbox: (v) => (MAILBOXES.includes(v) ? undefined : bad('cli_error_bad_mailbox', v)),
  lang: (v) => ((LANGS as readonly string[]).includes(v) ? undefined : bad('cli_error_bad_lang', v)),
  'minimum-build': (v) => (/^\d{1,9}\.\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(v) ? undefined : bad('cli_error_bad_minimum_build', v)),
  'policy-rules': (v) => (policyActionOf(v) ? undefined : bad('cli_error_bad_policy_action', v)),
  'policy-priority': (v) => (/^\d{1,10}$/.test(v) ? undefined : bad('cli_error_bad_priority', v)),
};

const known = (name: string): name is OptionName => Object.hasOwn(OPTIONS, name);
const isString = (token: OptionToken): boolean => known(token.name) && OPTIONS[token.name].type === 'string';

/** What strict mode objects to in a known option's value, as a message; undefined when the value is fine. */
function valueProblem(token: OptionToken): Message | undefined {
  const { rawName, value } = token;
  if (!isString(token)) return value === undefined ? undefined : { key: 'cli_error_no_value', params: { option: rawName, value } };
  if (value === undefined) return { key: 'cli_error_missing_value', params: { option: rawName } };
  // "--action-url --json": parseArgs will not take an argument that starts
  // with a dash as the value. Where the value set is closed ("--mailbox -x",
  // "--policy-priority -1") the option's own message says what it takes.
  if (!token.inlineValue && value.length > 1 && value.startsWith('-')) return CHECKS[token.name as OptionName]?.(value) ?? { key: 'cli_error_dash_value', params: { option: rawName, value } };
  return undefined;
}

/**
 * Maps parseArgs' error (by its code) to the message for the argument that
 * caused it. Strict and loose mode cut argv into the same tokens, so the
 * first token that fails the check strict mode names is the one it threw for.
 */
function parseError(error: unknown, argv: readonly string[], tokens: readonly Token[]): Message {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
  const options = tokens.filter((t): t is OptionToken => t.kind === 'option');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const token = options.find((t) => !known(t.name));
    // The whole argument as typed ("-hx", "--bogus=1"), not parseArgs' piece of it.
    if (token) return { key: 'cli_error_unknown_option', params: { option: argv[token.index] ?? token.rawName } };
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    for (const token of options) {
      const problem = known(token.name) ? valueProblem(token) : undefined;
      if (problem) return problem;
    }
  }
  // ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL cannot occur (positionals are allowed; a second file is checked below).
  return { key: 'cli_error_internal', params: { reason: error instanceof Error ? error.message : String(error) } };
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const config = { args: [...argv], options: OPTIONS, allowPositionals: true, tokens: true } as const;
  // The same tokens as strict mode sees, without its checks: --lang is read
  // from them first, so that every error speaks the chosen language, and a
  // strict-mode error is traced back to the argument that caused it.
  const loose = parseArgv({ ...config, strict: false }).tokens;
  const langToken = loose.find((t): t is OptionToken => t.kind === 'option' && t.name === 'lang' && (LANGS as readonly (string | undefined)[]).includes(t.value));
  const lang = langToken?.value as Lang | undefined;
  const fail = (key: MessageKey, params: Record<string, string> = {}): ParsedArgs => ({ ok: false, error: { key, params }, lang });

  let tokens: readonly Token[];
  try {
    tokens = parseArgv({ ...config, strict: true }).tokens;
  } catch (error) {
    return { ok: false, error: parseError(error, argv, loose), lang };
  }

  const options: CliOptions = { mailbox: 'both', format: 'table', lang, input: undefined, help: false, version: false, pretty: false, threads: undefined };
  const formats: { flag: string; format: OutputFormat }[] = [];
  let policyAction: PolicyRuleAction | undefined;
  const policyExtras: { actionUrl?: string; scope?: string; description?: string; priority?: number } = {};
  let policyFlag: string | undefined;

  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (options.input !== undefined) return fail('cli_error_two_files', { first: options.input, second: token.value });
      options.input = token.value;
      continue;
    }
    if (token.kind !== 'option') continue;
    const name = token.name as OptionName;
    const flag = token.rawName;
    // Strict mode has checked that every string option has a value.
    const value = token.value ?? '';
    switch (name) {
      case 'help':
        options.help = true;
        break;
      case 'version':
        options.version = true;
        break;
      case 'json':
      case 'jsonl':
      case 'csv':
      case 'users':
        if (!formats.some((f) => f.format === name)) formats.push({ flag, format: name });
        break;
      case 'pretty':
        options.pretty = true;
        break;
      case 'threads':
      case 'mailbox':
      case 'lang':
      case 'minimum-build':
      case 'policy-rules': {
        const problem = CHECKS[name]!(value);
        if (problem) return { ok: false, error: problem, lang };
        if (name === 'threads') options.threads = Number(value);
        else if (name === 'mailbox') options.mailbox = value as MailboxChoice;
        else if (name === 'minimum-build') options.minimumBuild = value;
        else if (name === 'policy-rules') policyAction = policyActionOf(value);
        break;
      }
      case 'action-url':
      case 'policy-scope':
      case 'policy-description':
      case 'policy-priority':
        policyFlag ??= flag;
        if (name === 'action-url') policyExtras.actionUrl = value;
        else if (name === 'policy-scope') policyExtras.scope = value;
        else if (name === 'policy-description') policyExtras.description = value;
        else {
          const problem = CHECKS['policy-priority']!(value);
          if (problem) return { ok: false, error: problem, lang };
          policyExtras.priority = Number(value);
        }
        break;
    }
  }
  if (formats.length > 1) return fail('cli_error_two_formats', { first: formats[0]!.flag, second: formats[1]!.flag });
  if (policyAction === undefined && policyFlag !== undefined) return fail('cli_error_policy_option_alone', { option: policyFlag });
  if (policyAction !== undefined) {
    if (formats.length > 0) return fail('cli_error_policy_and_format');
    options.policy = { action: policyAction, ...policyExtras };
  }
  options.format = formats[0]?.format ?? 'table';
  return { ok: true, options };
}
