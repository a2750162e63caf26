// Grouping findings by build for the popup rows and the CLI table; summarize.
import { describe, expect, it } from 'vitest';
import { groupByBuild, scan, summarize } from '../../src/core/index.ts';

describe('groupByBuild', () => {
  const text = [
    'UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)',
    '16.0.4266.1001',
    '16.0.6965.2058; 16.0.6965.2058',
    'OC/15.0.4569.1503 (Microsoft Lync)',
    '16.0.4266.1001',
  ].join('\n');
  const { findings } = scan(text);

  it('groups by version and family in order of first appearance, counting every finding', () => {
    const groups = groupByBuild(findings);
    expect(groups.map((g) => [g.version, g.family, g.count, g.lines])).toEqual([
      ['16.0.6965.2058', 'win16', 3, [1, 3]],
      ['16.0.4266.1001', 'win16-msi-range', 2, [2, 5]],
      ['15.0.4569.1503', 'lync2013', 1, [4]],
    ]);
  });

  it('keeps the verdicts, reasons and an example text of the build', () => {
    const [first] = groupByBuild(findings);
    expect(first!.text).toBe('OC/16.0.6965.2058');
    expect(first!.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
    expect(first!.reasons.onprem.key).toBe('reason_eligible');
  });

  it('the same number in different families stays apart', () => {
    const groups = groupByBuild(scan('OC/16.0.7000.1000\nMC/16.0.7000.1000').findings);
    expect(groups.map((g) => g.family)).toEqual(['win16', 'mac']);
  });

  it('no findings, no groups', () => {
    expect(groupByBuild([])).toEqual([]);
  });
});

describe('summarize', () => {
  it('agrees with the summary scan returns', () => {
    const r = scan('16.0.6701.1000\nx\n16.0.6701.1000\nEnableOfflineIM : False');
    expect(summarize(r.findings, r.unrecognized, r.prerequisites, 4)).toEqual(r.summary);
    expect(r.summary).toMatchObject({ findings: 2, distinctBuilds: 1, unrecognized: 1, prerequisites: 1 });
    expect(r.summary.byLocation.online.blocked).toBe(2);
    expect(r.summary.byLocation.onprem['upgrade-required']).toBe(2);
  });

  it('all zero for nothing', () => {
    const s = summarize([], [], [], 0);
    expect(s.findings + s.unrecognized + s.prerequisites + s.lines).toBe(0);
    expect(Object.values(s.byLocation.online).every((n) => n === 0)).toBe(true);
  });
});
