// Runs the content script in a tab (activeTab + scripting) and calls the
// overlay it installs. The flag set first tells the content script it was
// injected on request, so it does not also run its auto-mark mode. Both are
// kept under Symbol.for keys on the content script's own global (see
// src/content/overlay-keys.ts): no page id or global can stand in for them.
// The functions below are serialised into the tab, so they repeat the keys.
import type { MessageKey } from '../message-key.ts';
import type { MarkResponse } from '../messaging.ts';
import browser from '../platform/browser.ts';

const CONTENT_SCRIPT = '/dist/content.js';

type Target = { tabId: number; allFrames?: boolean; frameIds?: number[] };

/** The message key for a failed injection. */
export function injectionError(error: unknown): MessageKey {
  const text = error instanceof Error ? error.message : String(error);
  // Browser pages, extension stores, other extensions, or no activeTab grant.
  return /cannot access|cannot be scripted|permission|missing host|chrome:|about:|moz-extension|chrome-extension|extensions gallery|no tab/i.test(text)
    ? 'bg_error_cannot_access'
    : 'bg_error_inject_failed';
}

async function installOverlay(target: Target): Promise<void> {
  await browser.scripting.executeScript({
    target,
    func: () => {
      (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('offline-im-build-checker/injected')] = true;
    },
  });
  await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
}

/** Marks builds in every frame of the tab that the extension may script; `focus` moves focus to the chip (the shortcut). */
export async function markTab(tabId: number, focus = false): Promise<MarkResponse> {
  const target = { tabId, allFrames: true };
  try {
    await installOverlay(target);
    const results = await browser.scripting.executeScript({
      target,
      args: [focus],
      func: (focusChip: boolean) => {
        const overlay = (globalThis as unknown as Record<symbol, { mark(o: { focus: boolean }): Promise<number> } | undefined>)[
          Symbol.for('offline-im-build-checker/overlay')
        ];
        return overlay?.mark({ focus: focusChip }) ?? 0;
      },
    });
    const marked = results.reduce((sum, r) => sum + (typeof r.result === 'number' ? r.result : 0), 0);
    return { ok: true, marked };
  } catch (error) {
    return { ok: false, error: injectionError(error) };
  }
}

/** Shows the selection panel in the frame where the text was selected; resolves to the text checked. */
export async function showSelection(tabId: number, frameId: number, text: string): Promise<string> {
  const target = { tabId, frameIds: [frameId] };
  await installOverlay(target);
  const [result] = await browser.scripting.executeScript({
    target,
    args: [text],
    func: (selected: string) => {
      const overlay = (globalThis as unknown as Record<symbol, { showSelection(t: string): { text: string } } | undefined>)[
        Symbol.for('offline-im-build-checker/overlay')
      ];
      return overlay?.showSelection(selected)?.text ?? selected;
    },
  });
  return typeof result?.result === 'string' ? result.result : text;
}
