import { describe, expect, test } from 'vitest';
import { policyRulesForCli } from '../../src/cli/policy-rules-output.ts';

describe('--policy-rules output', () => {
  test('script to stdout, warnings formatted for stderr', () => {
    const r = policyRulesForCli({ mailbox: 'both', action: 'Allow' }, (m) => m.key);
    expect(r.ok).toBe(true);
    expect(r.stdout).toContain('New-CsClientVersionPolicyRule');
    expect(r.stdout).toContain('# policy_script_ascii');
    expect(r.stderr).toEqual(['policy_note_both_onprem', 'policy_note_not_executed']);
  });
  test('errors and no script on bad input', () => {
    const r = policyRulesForCli({ mailbox: 'onprem', action: 'BlockWithUrl', actionUrl: 'ftp://x' }, (m) => `${m.key}:${m.params.url}`);
    expect(r).toEqual({ ok: false, stdout: '', stderr: ['policy_error_url_invalid:ftp://x'] });
  });
});
