// --policy-rules: the client version policy script on stdout, its warnings
// or the input errors as text for stderr, in the CLI's language.
import { buildPolicyRules, type FormatMessage, type PolicyRuleInput } from '../core/policy-rules.ts';

export interface PolicyRulesOutput {
  ok: boolean;
  stdout: string;
  stderr: string[];
}

export function policyRulesForCli(input: PolicyRuleInput, format: FormatMessage): PolicyRulesOutput {
  const result = buildPolicyRules(input, format);
  if (!result.ok) return { ok: false, stdout: '', stderr: result.errors.map(format) };
  return { ok: true, stdout: result.script, stderr: result.warnings.map(format) };
}
