// Every row of the shared build table through the engine: exactly one client,
// with the expected version, family and verdicts, and honest offsets.
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/core/index.ts';
import { BUILD_CASES, NOT_A_BUILD } from '../cases.ts';

describe('BUILD_CASES', () => {
  it.each(BUILD_CASES.map((c) => [c.why, c] as const))('%s', (_why, c) => {
    const { findings } = scan(c.input);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect({ version: f!.version, family: f!.family, online: f!.verdicts.online, onprem: f!.verdicts.onprem }).toEqual({
      version: c.version,
      family: c.family,
      online: c.online,
      onprem: c.onprem,
    });
    expect(f!.text).toBe(c.input.slice(f!.start, f!.end));
    expect(f!.line).toBe(1);
  });

  it('finds every row again when the rows are scanned as one text, on their own lines', () => {
    const text = BUILD_CASES.map((c) => c.input).join('\n');
    const { findings } = scan(text);
    expect(findings.map((f) => [f.line, f.version, f.family])).toEqual(BUILD_CASES.map((c, i) => [i + 1, c.version, c.family]));
    for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('NOT_A_BUILD', () => {
  it.each(NOT_A_BUILD.map((s) => [s]))('%s holds no client build', (s) => {
    const result = scan(s);
    expect(result.findings).toEqual([]);
    // The line is not lost: it is listed as unrecognised.
    expect(result.unrecognized).toHaveLength(1);
    expect(result.unrecognized[0]!.text).toBe(s);
  });
});
