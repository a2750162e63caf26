// CSS for the overlay's shadow roots. `:host { all: initial !important }`
// undoes whatever the page's CSS sets on our host elements (important
// declarations inside a shadow tree win over the page's), and the palette has a
// light and a dark set that follow prefers-color-scheme.

const PALETTE = `
  --ok-bg: #e7f5ec; --ok-fg: #14532d; --ok-bd: #8fcca5;
  --up-bg: #fff4db; --up-fg: #6b4100; --up-bd: #e8bf62;
  --no-bg: #fdeceb; --no-fg: #8a1c15; --no-bd: #eea39d;
  --un-bg: #eef0f3; --un-fg: #3a4350; --un-bd: #b9c0ca;
  --bl-bg: #f3e8ff; --bl-fg: #581c87; --bl-bd: #c4a1e8;
  --panel-bg: #ffffff; --panel-fg: #1d2430; --panel-muted: #5a6472; --panel-bd: #c9d0da;
  --accent: #0b5cad; --focus: #1a73e8; --shadow: 0 6px 24px rgba(16, 24, 40, .18), 0 1px 3px rgba(16, 24, 40, .12);
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
`;
const DARK = `
  @media (prefers-color-scheme: dark) {
    :host {
      --ok-bg: #173524; --ok-fg: #a6e9bd; --ok-bd: #2f6e48;
      --up-bg: #3a2b0c; --up-fg: #ffd98a; --up-bd: #7d5d1c;
      --no-bg: #421a18; --no-fg: #ffb4ac; --no-bd: #87352f;
      --un-bg: #2a2f37; --un-fg: #d3d9e1; --un-bd: #525b68;
      --bl-bg: #36214a; --bl-fg: #e4c8ff; --bl-bd: #6d4a8f;
      --panel-bg: #1f242c; --panel-fg: #e8ecf1; --panel-muted: #a9b2bf; --panel-bd: #3d4552;
      --accent: #8ab8f0; --focus: #8ab4f8; --shadow: 0 6px 24px rgba(0, 0, 0, .5), 0 1px 3px rgba(0, 0, 0, .4);
    }
  }
`;
const VERDICT_COLOURS = `
  .eligible { --bg: var(--ok-bg); --fg: var(--ok-fg); --bd: var(--ok-bd); }
  .upgrade-required { --bg: var(--up-bg); --fg: var(--up-fg); --bd: var(--up-bd); }
  .not-supported { --bg: var(--no-bg); --fg: var(--no-fg); --bd: var(--no-bd); }
  .unknown { --bg: var(--un-bg); --fg: var(--un-fg); --bd: var(--un-bd); }
  .blocked { --bg: var(--bl-bg); --fg: var(--bl-fg); --bd: var(--bl-bd); }
  .icon { width: 1.15em; height: 1.15em; flex: none; fill: none; stroke: currentColor; stroke-width: 1.7;
    stroke-linecap: round; stroke-linejoin: round; vertical-align: -0.2em; }
`;

// The layer's own box: badges are absolutely placed in a contained box at the
// document's origin (moving one never lays out anything of the page), the
// popovers are fixed to the viewport.
export const LAYER_CSS = `
  :host { all: initial !important; display: block !important; position: absolute !important; left: 0 !important; top: 0 !important;
    width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important; pointer-events: none !important; }
  .marks { position: absolute; left: 0; top: 0; width: 0; height: 0; contain: layout style; pointer-events: none;
    will-change: transform; /* its own compositing layer: moving badges never repaints the page */ }
  .popovers { pointer-events: auto; }
`;

// One badge: a fixed-height pill placed right after its build's text.
// The verdict has an icon (its shape) and a word, never colour alone.
export const BADGE_HEIGHT = 16;
export const BADGE_CSS = `
  :host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important;
    display: block !important; pointer-events: auto !important; transform: var(--offline-im-at) !important; ${PALETTE} }
  ${DARK}
  ${VERDICT_COLOURS}
  button { all: unset; box-sizing: border-box; display: inline-flex; align-items: center; gap: 3px; margin: 0;
    padding: 0 6px 0 4px; height: ${BADGE_HEIGHT}px; border-radius: 8px; cursor: pointer;
    font: 600 11px/1 var(--font); letter-spacing: 0.01em; white-space: nowrap;
    background: var(--bg); color: var(--fg); border: 1px solid var(--bd); box-shadow: 0 1px 2px rgba(16, 24, 40, .12); }
  button.both { padding: 0 2px; gap: 2px; background: var(--panel-bg); border-color: var(--panel-bd); }
  .part { display: inline-flex; align-items: center; gap: 2px; padding: 0 5px 0 3px; height: ${BADGE_HEIGHT - 4}px;
    border-radius: 6px; background: var(--bg); color: var(--fg); }
  /* The tint over the build's text: a light wash and an underline whose shape says the verdict. */
  .tint { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px;
    left: var(--offline-im-tint-x, 0); top: var(--offline-im-tint-y, 0); width: var(--offline-im-tint-w, 0); height: var(--offline-im-tint-h, 0); }
  .tint.eligible { background: rgba(26, 127, 55, 0.12); border-bottom: 2px solid #1a7f37; }
  .tint.upgrade-required { background: rgba(245, 158, 11, 0.2); border-bottom: 2px dashed #b45309; }
  .tint.not-supported { background: rgba(220, 38, 38, 0.13); border-bottom: 4px double #b42318; }
  .tint.blocked { background: linear-gradient(transparent calc(50% - 1px), #6b21a8 calc(50% - 1px), #6b21a8 calc(50% + 1px), transparent calc(50% + 1px)), rgba(147, 51, 234, 0.13); }
  .tint.unknown { background: rgba(107, 114, 128, 0.13); border-bottom: 2px dotted #4b5563; }
  .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  button:hover { filter: brightness(0.97); }
  button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
`;

export const PANEL_CSS = `
  :host { all: initial !important; ${PALETTE} }
  ${DARK}
  ${VERDICT_COLOURS}
  .panel { box-sizing: border-box; position: fixed; z-index: 2147483646; max-width: min(440px, calc(100vw - 24px));
    max-height: calc(100vh - 24px); overflow: auto; padding: 12px 14px 14px; border-radius: 10px;
    background: var(--panel-bg); color: var(--panel-fg); border: 1px solid var(--panel-bd); box-shadow: var(--shadow);
    font: 13px/1.45 var(--font); text-align: start; }
  .panel:focus { outline: none; }
  .head { display: flex; align-items: flex-start; gap: 10px; margin-bottom: 6px; }
  h2 { flex: 1; margin: 0; font: 600 14px/1.35 var(--font); }
  .muted { color: var(--panel-muted); font-size: 12px; margin: 0 0 8px; }
  .close { all: unset; flex: none; width: 24px; height: 24px; border-radius: 6px; cursor: pointer; text-align: center;
    font: 18px/24px var(--font); color: var(--panel-muted); }
  .close:hover { background: var(--un-bg); color: var(--panel-fg); }
  .close:focus-visible, button:focus-visible, select:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
  ul { list-style: none; margin: 0; padding: 0; }
  li.build { padding: 8px 0; border-top: 1px solid var(--panel-bd); }
  li.build:first-child { border-top: 0; padding-top: 2px; }
  .version { font: 600 13px/1.4 ui-monospace, "DejaVu Sans Mono", Consolas, monospace; }
  .family { color: var(--panel-muted); font-size: 12px; }
  .loc { display: grid; grid-template-columns: auto 1fr; gap: 2px 8px; margin-top: 6px; align-items: start; }
  .pill { display: inline-flex; align-items: center; gap: 3px; padding: 1px 7px 1px 4px; border-radius: 999px; white-space: nowrap;
    background: var(--bg); color: var(--fg); border: 1px solid var(--bd); font: 600 11.5px/1.5 var(--font); }
  .reason { font-size: 12.5px; }
  .where { font-weight: 600; }
`;

export const CHIP_CSS = `
  :host { all: initial !important; pointer-events: auto !important; ${PALETTE} }
  ${DARK}
  ${VERDICT_COLOURS}
  .chip { box-sizing: border-box; position: fixed; z-index: 2147483645; right: 16px; bottom: 16px; width: max-content;
    max-width: min(420px, calc(100vw - 32px)); padding: 10px 12px; border-radius: 12px; background: var(--panel-bg); color: var(--panel-fg);
    border: 1px solid var(--panel-bd); box-shadow: var(--shadow); font: 12.5px/1.4 var(--font); text-align: start;
    contain: layout style; /* updating the counts never makes the browser lay out the page again */ }
  .chip.left { right: auto; left: 16px; }
  .chip.collapsed { padding: 6px 8px; }
  .chip:focus { outline: none; }
  .row { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
  .row.head { flex-wrap: nowrap; }
  .head .total { min-width: 0; }
  .body > * + * { margin-top: 8px; }
  .head + .body { margin-top: 8px; }
  .title { font-weight: 700; font-size: 13px; }
  .logo { width: 18px; height: 18px; color: var(--accent); }
  .total { color: var(--panel-muted); }
  .counts { display: flex; gap: 5px; flex-wrap: wrap; align-items: center; }
  .where { color: var(--panel-muted); font-size: 12px; min-width: 4.5em; }
  .pill { display: inline-flex; align-items: center; gap: 3px; padding: 1px 8px 1px 4px; border-radius: 999px; white-space: nowrap;
    background: var(--bg); color: var(--fg); border: 1px solid var(--bd); font: 600 11.5px/1.5 var(--font); }
  .pill.zero { opacity: 0.7; }
  .banner { display: flex; gap: 6px; align-items: center; margin: 0; padding: 6px 8px; border-radius: 8px;
    background: var(--bg); color: var(--fg); border: 1px solid var(--bd); font-weight: 600; max-width: 380px; }
  .banner[hidden], .body[hidden] { display: none; }
  .note { margin: 0; color: var(--panel-muted); font-size: 12px; }
  .note:empty { display: none; }
  .hint { margin: 0; color: var(--panel-muted); font-size: 11.5px; }
  label { color: var(--panel-muted); font-size: 12px; }
  select { font: 12.5px/1.3 var(--font); color: var(--panel-fg); background: var(--panel-bg); border: 1px solid var(--panel-bd);
    border-radius: 6px; padding: 3px 6px; }
  button { font: 600 12px/1.3 var(--font); color: var(--accent); background: transparent; border: 1px solid var(--panel-bd);
    border-radius: 6px; padding: 4px 10px; cursor: pointer; }
  .icon-button { padding: 0 6px; min-width: 24px; height: 24px; font-size: 14px; color: var(--panel-fg); }
  .head .icon-button:first-of-type { margin-inline-start: auto; }
  button:hover { background: var(--un-bg); }
  select:focus-visible, button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
`;
