// Styles for our shadow roots as constructable stylesheets (adoptedStyleSheets):
// they are not <style> elements or style attributes, so a page CSP with
// style-src 'none' does not block them, and one sheet serves every badge.

const sheets = new Map<string, CSSStyleSheet>();

function sheetFor(css: string): CSSStyleSheet {
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Whether assigning the array works here; learnt on the first shadow root. */
let assignWorks: boolean | undefined;

export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const sheet = sheetFor(css);
  if (assignWorks !== false) {
    try {
      shadow.adoptedStyleSheets = [sheet];
    } catch {
      // Firefox content scripts see the page's array through an Xray wrapper: push into it instead.
    }
    if (assignWorks === undefined) assignWorks = shadow.adoptedStyleSheets.length === 1;
    if (assignWorks) return;
  }
  shadow.adoptedStyleSheets.push(sheet);
}
