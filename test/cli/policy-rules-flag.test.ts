// --policy-rules: the built CLI prints the client version policy script for
// the chosen location's threshold, and refuses flags that make no sense.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { buildCli, runCli } from './build-cli.ts';

let cli = '';
beforeAll(async () => {
  cli = await buildCli('policy-rules-test');
}, 60_000);

describe('parseArgs --policy-rules', () => {
  it('reads the action case-insensitively with its companions', () => {
    expect(parseArgs(['--policy-rules', 'blockwithurl', '--action-url', 'https://intranet/update', '--policy-scope', 'site:Redmond', '--policy-priority', '3'])).toMatchObject({
      ok: true,
      options: { policy: { action: 'BlockWithUrl', actionUrl: 'https://intranet/update', scope: 'site:Redmond', priority: 3 } },
    });
  });

  it('refuses an unknown action, a bad priority, a companion alone and a clash with --json', () => {
    expect(parseArgs(['--policy-rules', 'Block'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_policy_action' } });
    expect(parseArgs(['--policy-rules', 'Allow', '--policy-priority', '-1'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_priority' } });
    expect(parseArgs(['--action-url', 'https://x'])).toMatchObject({ ok: false, error: { key: 'cli_error_policy_option_alone', params: { option: '--action-url' } } });
    expect(parseArgs(['--policy-rules', 'Allow', '--json'])).toMatchObject({ ok: false, error: { key: 'cli_error_policy_and_format' } });
  });
});

describe('the built CLI with --policy-rules', () => {
  it('uses the on-premises threshold and lists the builds the rule catches', async () => {
    const r = await runCli(cli, ['--mailbox', 'onprem', '--policy-rules', 'BlockWithUrl', '--action-url', 'https://intranet/update', '-'], {
      stdin: 'UCCAPI/16.0.6870.2001 OC/16.0.6870.2001 (Skype for Business)\nOC/16.0.7000.1000\n',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("New-CsClientVersionPolicyRule -Parent 'Global'");
    expect(r.stdout).toContain('-MajorVersion 16 -MinorVersion 0 -BuildNumber 6920 -QfeNumber 1000');
    expect(r.stdout).toContain("-UserAgent 'OC' -CompareOp LSS -Action BlockWithUrl -ActionUrl 'https://intranet/update'");
    expect(r.stdout).toMatch(/catches: 16\.0\.6870\.2001\s*$/m);
    expect(r.stdout).not.toContain('16.0.7000.1000');
    // The blocking warning goes to stderr too, so it is seen even when stdout is redirected.
    expect(r.stderr).toMatch(/locks out/i);
  });

  it('uses the online threshold for Exchange Online', async () => {
    const r = await runCli(cli, ['--mailbox', 'online', '--policy-rules', 'Allow', '-'], { stdin: '16.0.6600.1000\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-BuildNumber 6701 -QfeNumber 1000');
  });

  it('exits 2 with a one-line reason when the URL an action needs is missing', async () => {
    const r = await runCli(cli, ['--policy-rules', 'AllowWithUrl', '-'], { stdin: '16.0.6600.1000\n' });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n').length).toBeGreaterThanOrEqual(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
