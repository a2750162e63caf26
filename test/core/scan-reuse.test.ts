// The scanner keeps state from scan to scan for speed (run caches, reused
// arrays, counts kept as findings are pushed, a per-scan mark on cached runs).
// None of it may leak from one scan into the next.
import { describe, expect, it } from 'vitest';
import { scan, type Finding, type VerdictCounts } from '../../src/core/index.ts';

function recount(findings: readonly Finding[], location: 'online' | 'onprem'): VerdictCounts {
  const counts: VerdictCounts = { eligible: 0, 'upgrade-required': 0, 'not-supported': 0, unknown: 0, blocked: 0 };
  for (const f of findings) counts[f.verdicts[location]]++;
  return counts;
}

const REPORT = [
  'alice;UCCAPI/16.0.6568.20306 OC/16.0.8827.2117 (Skype for Business)',
  'bob,Smith,16.0.4266.1001,01.02.2024',
  'Version 1605 (Build 6965.2058 Click-to-Run)',
  '    VersionToReport    REG_SZ    16.0.7571.2109',
  'SharePoint Server 2019,16.0.10337.12109',
  'Skype for Business 16.0.6920.1000 or later',
  'carol;OC/15.0.4569.1503 (Microsoft Lync)',
].join('\n');

describe('scan state between scans', () => {
  it('summary counts equal the findings, with and without a server switch', () => {
    for (const text of [REPORT, `${REPORT}\nIdentity : Global\nEnableOfflineIM : False\n`]) {
      const r = scan(text);
      expect(r.findings.length).toBeGreaterThan(3);
      expect(r.summary.byLocation.online).toEqual(recount(r.findings, 'online'));
      expect(r.summary.byLocation.onprem).toEqual(recount(r.findings, 'onprem'));
    }
    expect(scan(`${REPORT}\nIdentity : Global\nEnableOfflineIM : False\n`).summary.byLocation.online.blocked).toBeGreaterThan(0);
  });

  it('counts and distinct builds start afresh on every scan, however often a cached run recurs', () => {
    const first = scan(REPORT);
    const again = scan(REPORT);
    expect(again.summary).toEqual(first.summary);
    const one = scan('bob,Smith,16.0.4266.1001,01.02.2024');
    expect(one.summary.findings).toBe(1);
    expect(one.summary.distinctBuilds).toBe(1);
    expect(one.summary.byLocation.online).toEqual(recount(one.findings, 'online'));
    expect(scan('nothing here').summary.byLocation.online).toEqual({ eligible: 0, 'upgrade-required': 0, 'not-supported': 0, unknown: 0, blocked: 0 });
  });

  it('verdicts and counts follow the thresholds of each scan, not those of the scan before', () => {
    const text = 'bob,Smith,16.0.6800.1000,01.02.2024\nbob,Smith,16.0.6800.1000,01.02.2024';
    const microsoft = scan(text);
    const raised = scan(text, { thresholds: { online: '16.0.7000.1000', onprem: '16.0.7000.1000' } });
    const back = scan(text);
    expect(microsoft.findings[0]!.verdicts.online).toBe('eligible');
    expect(raised.findings[0]!.verdicts.online).toBe('upgrade-required');
    expect(raised.summary.byLocation.online['upgrade-required']).toBe(2);
    expect(back).toEqual(microsoft);
  });

  it('a line with many mentions leaves nothing behind for a later line with fewer', () => {
    // The arrays decideLine reuses hold this line's owners and phrases; the next line must not see them.
    const busy = 'SharePoint Exchange Outlook Windows at least or later Skype for Business 16.0.7571.2109';
    const plain = 'bob,Smith,16.0.7571.2109,01.02.2024';
    const alone = scan(plain);
    const after = scan(`${busy}\n${plain}`);
    expect(after.findings.at(-1)).toEqual({ ...alone.findings[0]!, line: 2, start: busy.length + 1 + alone.findings[0]!.start, end: busy.length + 1 + alone.findings[0]!.end });
  });
});
