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

export function adoptStyles(shadow: ShadowRoot, css: string): void {
  const sheet = sheetFor(css);
  try {
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox content scripts see the page's array through an Xray wrapper: push into it instead.
  }
  if (shadow.adoptedStyleSheets.length === 0) shadow.adoptedStyleSheets.push(sheet);
}
