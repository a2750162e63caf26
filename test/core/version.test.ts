// Exact dotted-version arithmetic: any part length, no precision loss, no padding.
import { describe, expect, it } from 'vitest';
import { canonicalPart, compareKnown, comparePart, formatVersion, parseVersion } from '../../src/core/index.ts';

describe('version', () => {
  it('canonicalPart strips leading zeros but keeps a lone zero', () => {
    expect(canonicalPart('000123')).toBe('123');
    expect(canonicalPart('0')).toBe('0');
    expect(canonicalPart('0000')).toBe('0');
    expect(canonicalPart('10')).toBe('10');
  });

  it('comparePart compares numerically, whatever the length', () => {
    expect(comparePart('17928', '6920')).toBe(1);
    expect(comparePart('6920', '17928')).toBe(-1);
    expect(comparePart('999', '1000')).toBe(-1);
    expect(comparePart('6920', '6920')).toBe(0);
    // Beyond Number.MAX_SAFE_INTEGER: 2^53 + 1 vs 2^53.
    expect(comparePart('9007199254740993', '9007199254740992')).toBe(1);
    expect(comparePart('123456789012345678901234567890', '123456789012345678901234567891')).toBe(-1);
  });

  it('parseVersion keeps every part, of any count', () => {
    expect(parseVersion('16.0.6920.1000')).toEqual(['16', '0', '6920', '1000']);
    expect(parseVersion('16.0.6701')).toEqual(['16', '0', '6701']);
    expect(parseVersion('1.2.3.4.5.6')).toHaveLength(6);
    expect(parseVersion('16.00.06920.01000')).toEqual(['16', '0', '6920', '1000']);
    expect(parseVersion('7')).toEqual(['7']);
  });

  it('parseVersion refuses anything but dotted ASCII digits', () => {
    for (const bad of ['', '16.0.', '.16', '16..0', '16.0.6920.1000a', '１６.0', '16,0', ' 16.0']) expect(parseVersion(bad), bad).toBeUndefined();
  });

  it('formatVersion joins without padding', () => {
    expect(formatVersion(parseVersion('16.0.6701')!)).toBe('16.0.6701');
  });

  it('compareKnown: a missing part is unknown, never zero', () => {
    const v = (s: string) => parseVersion(s)!;
    expect(compareKnown(v('16.0.6701'), v('16.0.6701.1000'))).toBeUndefined();
    expect(compareKnown(v('16.0.6701.1000'), v('16.0.6701'))).toBeUndefined();
    expect(compareKnown(v('16.0.6700'), v('16.0.6701.1000'))).toBe(-1);
    expect(compareKnown(v('16.0.6702'), v('16.0.6701.1000'))).toBe(1);
    expect(compareKnown(v('16.0.6701.999'), v('16.0.6701.1000'))).toBe(-1);
    expect(compareKnown(v('16.0.17928.20114'), v('16.0.6920.1000'))).toBe(1);
    expect(compareKnown(v('16.0.6920.1000'), v('16.0.6920.1000'))).toBe(0);
    expect(compareKnown(v('16.0.6920.1000.0'), v('16.0.6920.1000'))).toBeUndefined();
  });
});
