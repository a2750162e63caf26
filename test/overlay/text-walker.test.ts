// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createSegmentWalker } from '../../src/content/text-walker.ts';

function segments(html: string): string[] {
  document.body.replaceChildren();
  const template = document.createElement('template');
  // Test-only markup written here, not page text.
  template.innerHTML = html; // eslint-disable-line no-unsanitized/property
  document.body.append(template.content);
  const walker = createSegmentWalker(document.body);
  const out: string[] = [];
  while (!walker.done) out.push(...walker.collect(Infinity, Infinity).map((s) => s.text));
  return out;
}

describe('text walker', () => {
  test('joins text split across inline elements inside one cell', () => {
    expect(segments('<table><tr><td>UCCAPI/<b>16.0.</b><span>6920.1000</span></td><td>42</td></tr></table>')).toEqual([
      'UCCAPI/16.0.6920.1000',
      '42',
    ]);
  });

  test('blocks and line breaks separate text', () => {
    expect(segments('<div>a<div>b</div>c</div><p>d<br>e</p>')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  test('skips code, form fields and editable regions', () => {
    const html =
      '<p>keep 16.0.1</p><script>16.0.2</script><style>/*16.0.3*/</style><textarea>16.0.4</textarea>' +
      '<input value="16.0.5"><div contenteditable="true">16.0.6 <b>x</b></div><div contenteditable="false">16.0.7</div>' +
      '<select><option>16.0.8</option></select><noscript>16.0.9</noscript>';
    expect(segments(html)).toEqual(['keep 16.0.1', '16.0.7']);
  });
});
