// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { findBuildText } from '../../src/content/find-build-text.ts';
import { createMarkStore } from '../../src/content/mark-store.ts';
import { createSegmentWalker } from '../../src/content/text-walker.ts';

function read(root: Node) {
  const walker = createSegmentWalker(root);
  const segments = [];
  while (!walker.done) segments.push(...walker.collect(Infinity, Infinity));
  return findBuildText(segments);
}

describe('mark store', () => {
  test('builds are found as start and end positions in the page text, across inline elements', () => {
    document.body.innerHTML = '<p id="a">x <b>16.0.</b><i>6920</i>.1000 y</p>';  
    const [found] = read(document.body);
    expect(found!.finding.version).toBe('16.0.6920.1000');
    expect([found!.start.node.data, found!.start.offset]).toEqual(['16.0.', 0]);
    expect([found!.end.node.data, found!.end.offset]).toEqual(['.1000 y', 5]);
    expect(found!.block.id).toBe('a');
  });

  test('marks read later land in document order; a block read again replaces its marks; sweep drops gone text', () => {
    document.body.innerHTML = '<p id="p1">16.0.4266.1001</p><p id="p2">15.0.4569.1503</p><p id="p3">16.0.6920.1000</p>';  
    const store = createMarkStore();
    const [p1, p2, p3] = ['p1', 'p2', 'p3'].map((id) => document.getElementById(id)!);
    store.insert(read(p3!));
    store.insert(read(p1!));
    store.insert(read(p2!));
    expect(store.order.map((m) => m.finding.version)).toEqual(['16.0.4266.1001', '15.0.4569.1503', '16.0.6920.1000']);
    const version = store.version;
    store.dropBlock(p2!);
    p2!.firstChild!.nodeValue = '16.0.6741.2021';
    store.insert(read(p2!));
    expect(store.version).toBeGreaterThan(version);
    expect(store.order.map((m) => m.finding.version)).toEqual(['16.0.4266.1001', '16.0.6741.2021', '16.0.6920.1000']);
    p3!.remove();
    expect(store.sweep()).toBe(true);
    expect(store.size).toBe(2);
    expect(store.sweep()).toBe(false);
  });
});
