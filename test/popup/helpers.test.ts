import { describe, expect, test } from 'vitest';
import { isLargeText } from '../../src/popup/large-text.ts';
import { formatLines } from '../../src/popup/format-lines.ts';

describe('isLargeText', () => {
  test('more than 2,000 lines or 200 KB is large', () => {
    expect(isLargeText('x\n'.repeat(2000))).toBe(false);
    expect(isLargeText('x\n'.repeat(2001))).toBe(true);
    expect(isLargeText('x'.repeat(200_001))).toBe(true);
    expect(isLargeText('16.0.6920.1000')).toBe(false);
  });
});

describe('formatLines', () => {
  test('collapses runs', () => {
    expect(formatLines([1, 2, 3, 7, 9, 10])).toBe('1–3, 7, 9–10');
    expect(formatLines([])).toBe('');
  });
});
