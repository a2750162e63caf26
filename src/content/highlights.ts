// Colours and underlines the builds on screen with the CSS Custom Highlight
// API: it styles text ranges without changing the page's DOM. Only the
// visible builds are registered (with thousands registered, every later change
// of the page would cost a long frame). Each verdict has its own underline
// shape (solid, wavy, double, dotted, line-through), so colour is never the
// only signal; the badge beside it says the verdict in words.
import type { Verdict } from '../core/index.ts';
import { VERDICTS } from '../core/index.ts';

const NAME_PREFIX = 'offline-im-';

const STYLES: Record<Verdict, string> = {
  eligible: 'text-decoration: underline solid 2px #1a7f37; background-color: rgba(26, 127, 55, 0.13);',
  'upgrade-required': 'text-decoration: underline wavy 1.5px #b45309; background-color: rgba(245, 158, 11, 0.22);',
  'not-supported': 'text-decoration: underline double 2px #b42318; background-color: rgba(220, 38, 38, 0.14);',
  blocked: 'text-decoration: line-through 2px #6b21a8; background-color: rgba(147, 51, 234, 0.14);',
  unknown: 'text-decoration: underline dotted 2px #4b5563; background-color: rgba(107, 114, 128, 0.14);',
};

const CSS_TEXT = VERDICTS.map((v) => `::highlight(${NAME_PREFIX}${v}) { ${STYLES[v]} }`).join('\n');

interface HighlightCtor {
  new (...ranges: AbstractRange[]): { add(r: AbstractRange): void; clear(): void; size: number };
}
type Registry = { set(name: string, h: unknown): void; delete(name: string): boolean };

export interface Highlights {
  /** Replaces what is highlighted; a no-op when the browser has no highlight API. */
  show(byVerdict: ReadonlyMap<Verdict, readonly Range[]>): void;
  remove(): void;
}

function registry(): Registry | undefined {
  const css = (globalThis as { CSS?: { highlights?: Registry } }).CSS;
  return css?.highlights;
}

export function createHighlights(doc: Document): Highlights {
  const reg = registry();
  const Ctor = (globalThis as { Highlight?: HighlightCtor }).Highlight;
  if (!reg || !Ctor) return { show() {}, remove() {} };
  // ::highlight() styles must live at the document's scope: one constructed
  // sheet added to adoptedStyleSheets (no <style> element, not blocked by a page CSP).
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS_TEXT);
    try {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      // Firefox content scripts see the page's array through an Xray wrapper: push into it.
      doc.adoptedStyleSheets.push(sheet);
    }
  } catch {
    sheet = undefined;
  }
  const highlights = new Map<Verdict, InstanceType<HighlightCtor>>();
  for (const verdict of VERDICTS) {
    const h = new Ctor();
    highlights.set(verdict, h);
    reg.set(`${NAME_PREFIX}${verdict}`, h);
  }
  return {
    show(byVerdict) {
      for (const [verdict, h] of highlights) {
        h.clear();
        for (const range of byVerdict.get(verdict) ?? []) h.add(range);
      }
    },
    remove() {
      for (const [verdict, h] of highlights) {
        h.clear();
        reg.delete(`${NAME_PREFIX}${verdict}`);
      }
      highlights.clear();
      if (sheet) {
        const ours = sheet;
        try {
          const kept = [...doc.adoptedStyleSheets].filter((s) => s !== ours);
          doc.adoptedStyleSheets = kept;
        } catch {
          const list = doc.adoptedStyleSheets;
          const at = list.indexOf(ours);
          if (at >= 0) list.splice(at, 1);
        }
      }
    },
  };
}
