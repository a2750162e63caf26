// The organisation minimum is an input of the engine: scan() judges against
// the thresholds in force (Microsoft's raised, never lowered), so every
// surface shows the same answer.
import { describe, expect, test } from 'vitest';
import { scan, thresholdsWith } from '../../src/core/index.ts';

const text = [
  'OC/16.0.17928.20114 (Skype for Business)', // at the organisation minimum
  'OC/16.0.7000.1000 (Skype for Business)', // meets Microsoft's, below the organisation's
  'OC/16.0.6741.2017 (Skype for Business)', // online-eligible, on-premises upgrade
  'OC/15.0.4569.1503 (Microsoft Lync)', // never supported
  '16.0.6920', // revision-less, equal to the on-premises build
].join('\n');
const base = scan(text);
const RAISED = { online: '16.0.17928.20114', onprem: '16.0.17928.20114' };

describe('scan with the thresholds in force', () => {
  test("Microsoft's thresholds give the default answers", () => {
    expect(scan(text, { thresholds: thresholdsWith(undefined) })).toEqual(base);
  });

  test('a raised minimum turns eligible builds below it into upgrade-required, with the reason', () => {
    const r = scan(text, { thresholds: RAISED });
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
    expect(r.summary.byLocation.onprem.eligible).toBe(1);
  });

  test('only the raised location changes', () => {
    const r = scan(text, { thresholds: thresholdsWith('16.0.6800.1000') });
    expect(r.findings.find((x) => x.version === '16.0.6741.2017')!.verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(r.findings.find((x) => x.version === '16.0.7000.1000')!.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
    expect(r.summary.byLocation.onprem).toEqual(base.summary.byLocation.onprem);
  });

  test('a minimum never lowers a threshold; a malformed one is ignored', () => {
    expect(thresholdsWith('16.0.6000.1000')).toEqual({ online: '16.0.6701.1000', onprem: '16.0.6920.1000' });
    expect(thresholdsWith('16.0.6800')).toEqual({ online: '16.0.6701.1000', onprem: '16.0.6920.1000' });
    expect(thresholdsWith('16.0.17928.20115')).toEqual({ online: '16.0.17928.20115', onprem: '16.0.17928.20115' });
  });

  test('a higher build is never worse than a lower one', () => {
    const r = scan(['16.0.9000.1', '16.0.20000.1', '16.0.17928.20113', '16.0.17928.20115'].join('\n'), { thresholds: RAISED });
    expect(r.findings.map((f) => f.verdicts.onprem)).toEqual(['upgrade-required', 'eligible', 'upgrade-required', 'eligible']);
  });

  test('cached judgements do not leak from one set of thresholds to the next', () => {
    expect(scan('16.0.7000.1000', { thresholds: RAISED }).findings[0]!.verdicts.online).toBe('upgrade-required');
    expect(scan('16.0.7000.1000').findings[0]!.verdicts.online).toBe('eligible');
  });
});
