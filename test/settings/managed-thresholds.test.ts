import { describe, expect, test } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { applyOrganisationMinimum } from '../../src/settings/managed-thresholds.ts';

const text = [
  'OC/16.0.17928.20114 (Skype for Business)', // at the organisation minimum
  'OC/16.0.7000.1000 (Skype for Business)', // meets Microsoft's, below the organisation's
  'OC/16.0.6741.2017 (Skype for Business)', // online-eligible, on-premises upgrade
  'OC/15.0.4569.1503 (Microsoft Lync)', // never supported
  '16.0.6920', // revision-less, equal to the on-premises build
].join('\n');
const base = scan(text);
const MICROSOFT = { online: '16.0.6701.1000', onprem: '16.0.6920.1000' };
const RAISED = { online: '16.0.17928.20114', onprem: '16.0.17928.20114' };

describe('applyOrganisationMinimum', () => {
  test("Microsoft's thresholds: the very same result", () => {
    expect(applyOrganisationMinimum(base, MICROSOFT)).toBe(base);
  });

  test('a raised minimum turns eligible builds below it into upgrade-required, with the reason', () => {
    const r = applyOrganisationMinimum(base, RAISED);
    const byVersion = Object.fromEntries(r.findings.map((f) => [f.version, f]));
    expect(byVersion['16.0.17928.20114']!.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
    expect(byVersion['16.0.17928.20114']!.reasons.onprem.params.threshold).toBe('16.0.17928.20114');
    expect(byVersion['16.0.7000.1000']!.verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(byVersion['16.0.7000.1000']!.reasons.onprem).toEqual({
      key: 'managed_reason_below_minimum',
      params: expect.objectContaining({ version: '16.0.7000.1000', threshold: '16.0.17928.20114', microsoft: '16.0.6920.1000' }),
    });
    expect(byVersion['16.0.6741.2017']!.verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    // Upgrade advice names the build to reach: the organisation's.
    expect(byVersion['16.0.6741.2017']!.reasons.onprem).toMatchObject({ key: 'reason_upgrade', params: { threshold: '16.0.17928.20114' } });
    expect(byVersion['15.0.4569.1503']!.verdicts).toEqual({ online: 'not-supported', onprem: 'not-supported' });
    // A revision-less build below the raised minimum is decidable now.
    expect(byVersion['16.0.6920']!.verdicts.onprem).toBe('upgrade-required');
  });

  test('only the raised location changes; the summary follows', () => {
    const r = applyOrganisationMinimum(base, { online: '16.0.6800.1000', onprem: '16.0.6920.1000' });
    const f = r.findings.find((x) => x.version === '16.0.6741.2017')!;
    expect(f.verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(r.findings.find((x) => x.version === '16.0.7000.1000')!.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
    expect(r.summary.byLocation.online['upgrade-required']).toBe(base.summary.byLocation.online['upgrade-required'] + 1);
    expect(r.summary.byLocation.onprem).toEqual(base.summary.byLocation.onprem);
  });

  test('a higher build is never worse than a lower one', () => {
    const r = applyOrganisationMinimum(scan(['16.0.9000.1', '16.0.20000.1', '16.0.17928.20113', '16.0.17928.20115'].join('\n')), RAISED);
    expect(r.findings.map((f) => f.verdicts.onprem)).toEqual(['upgrade-required', 'eligible', 'upgrade-required', 'eligible']);
  });

  test('the input is not mutated', () => {
    const copy = structuredClone(base);
    applyOrganisationMinimum(base, RAISED);
    expect(base).toEqual(copy);
  });
});
