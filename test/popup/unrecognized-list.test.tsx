// @vitest-environment happy-dom
// The unrecognised lines of a large paste's partial views: the same first page
// comes again with every new count, and is not rendered again; a page that
// differs (another scan, other text on the same line numbers) always is.
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import type { Unrecognized } from '../../src/core/index.ts';

vi.mock('../../src/platform/browser.ts', () => import('../browser-fake.ts'));
const { UnrecognizedItems, sameItems } = await import('../../src/popup/unrecognized-list.tsx');

afterEach(() => cleanup());

const page = (text: (i: number) => string, ip = '10.0.0.1'): Unrecognized[] =>
  Array.from({ length: 3 }, (_, i) => ({ line: i + 1, text: text(i), note: { key: 'ignored_ip', params: { text: ip } } }));

describe('sameItems', () => {
  test('equal when lines, texts and notes are equal; not when any of them differs', () => {
    expect(sameItems(page((i) => `a${i}`), page((i) => `a${i}`))).toBe(true);
    expect(sameItems(page((i) => `a${i}`), page((i) => `b${i}`))).toBe(false);
    expect(sameItems(page((i) => `a${i}`), page((i) => `a${i}`, '10.0.0.2'))).toBe(false);
    expect(sameItems(page((i) => `a${i}`), page((i) => `a${i}`).slice(0, 2))).toBe(false);
    const noNote = page((i) => `a${i}`).map(({ line, text }) => ({ line, text }));
    expect(sameItems(noNote, page((i) => `a${i}`))).toBe(false);
    expect(sameItems(noNote, noNote.map((u) => ({ ...u })))).toBe(true);
  });
});

describe('UnrecognizedItems', () => {
  test('a copy of the same page is not rendered again; other text on the same lines is', () => {
    const renders = vi.spyOn(UnrecognizedItems.prototype, 'render');
    const { container, rerender } = render(<UnrecognizedItems items={page((i) => `first scan ${i}`)} />);
    expect(renders).toHaveBeenCalledTimes(1);
    rerender(<UnrecognizedItems items={page((i) => `first scan ${i}`)} />);
    expect(renders).toHaveBeenCalledTimes(1);
    rerender(<UnrecognizedItems items={page((i) => `second scan ${i}`)} />);
    expect(renders).toHaveBeenCalledTimes(2);
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(['second scan 0', 'second scan 1', 'second scan 2']);
  });
});
