// Command-line arguments. Pure: returns the options or a localisable error.
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
  /** Worker threads for a large regular file (--threads N; default: the cores, at most 4). */
  threads: number | undefined;
  /** --policy-rules ACTION: print Skype for Business Server client version policy rules instead of verdicts. */
  policy?: { action: PolicyRuleAction; actionUrl?: string; scope?: string; description?: string; priority?: number };
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: Message; lang: Lang | undefined };

const MAILBOXES: readonly string[] = ['online', 'onprem', 'both'];

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { mailbox: 'both', format: 'table', lang: undefined, input: undefined, help: false, version: false, pretty: false, threads: undefined };
  const formats: { flag: string; format: OutputFormat }[] = [];
  let onlyFiles = false;
  let policyAction: PolicyRuleAction | undefined;
  const policyExtras: { actionUrl?: string; scope?: string; description?: string; priority?: number } = {};
  let policyFlag: string | undefined;
  const fail = (key: MessageKey, params: Record<string, string> = {}): ParsedArgs => ({ ok: false, error: { key, params }, lang: options.lang });

  // --lang is read first, so that every other error speaks the chosen language.
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice(7) : undefined;
    if (value !== undefined && (LANGS as readonly string[]).includes(value)) options.lang = value as Lang;
  }

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) {
      if (options.input !== undefined) return fail('cli_error_two_files', { first: options.input, second: arg });
      options.input = arg;
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = name === arg ? undefined : arg.slice(eq + 1);
    const takeValue = (): string | undefined => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case '-h':
      case '--help':
        options.help = true;
        break;
      case '-V':
      case '--version':
        options.version = true;
        break;
      case '--json':
      case '--jsonl':
      case '--csv':
      case '--users':
        if (!formats.some((f) => f.flag === name)) formats.push({ flag: name, format: name.slice(2) as OutputFormat });
        break;
      case '--pretty':
        options.pretty = true;
        break;
      case '--threads': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        if (!/^\d{1,2}$/.test(value) || Number(value) < 1) return fail('cli_error_bad_threads', { value });
        options.threads = Number(value);
        break;
      }
      case '--mailbox': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        if (!MAILBOXES.includes(value)) return fail('cli_error_bad_mailbox', { value });
        options.mailbox = value as MailboxChoice;
        break;
      }
      case '--lang': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        if (!(LANGS as readonly string[]).includes(value)) return fail('cli_error_bad_lang', { value });
        break;
      }
      case '--minimum-build': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        if (!/^\d{1,9}\.\d{1,9}\.\d{1,9}\.\d{1,9}$/.test(value)) return fail('cli_error_bad_minimum_build', { value });
        options.minimumBuild = value;
        break;
      }
      case '--policy-rules': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        const action = POLICY_RULE_ACTIONS.find((a) => a.toLowerCase() === value.toLowerCase());
        if (!action) return fail('cli_error_bad_policy_action', { value });
        policyAction = action;
        break;
      }
      case '--action-url':
      case '--policy-scope':
      case '--policy-description':
      case '--policy-priority': {
        const value = takeValue();
        if (value === undefined) return fail('cli_error_missing_value', { option: name });
        policyFlag ??= name;
        if (name === '--action-url') policyExtras.actionUrl = value;
        else if (name === '--policy-scope') policyExtras.scope = value;
        else if (name === '--policy-description') policyExtras.description = value;
        else {
          if (!/^\d{1,10}$/.test(value)) return fail('cli_error_bad_priority', { value });
          policyExtras.priority = Number(value);
        }
        break;
      }
      default:
        return fail('cli_error_unknown_option', { option: arg });
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
