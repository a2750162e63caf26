import browser from '../platform/browser.ts';
import { LAST_SELECTION_KEY } from '../messaging.ts';

/** A selection checked through the context menu counts for this long. */
export const SELECTION_MAX_AGE_MS = 10 * 60 * 1000;

/**
 * The text the context menu handed over, if it is recent; the key is removed
 * so that the next popup starts empty.
 */
export async function takeLastSelection(now = Date.now()): Promise<string | undefined> {
  try {
    const session = browser.storage.session;
    if (!session) return undefined;
    const stored = (await session.get(LAST_SELECTION_KEY))[LAST_SELECTION_KEY];
    if (stored === undefined) return undefined;
    await session.remove(LAST_SELECTION_KEY);
    if (typeof stored !== 'object' || stored === null) return undefined;
    const { text, at } = stored as { text?: unknown; at?: unknown };
    if (typeof text !== 'string' || text.trim() === '' || typeof at !== 'number') return undefined;
    const age = now - at;
    return age >= 0 && age < SELECTION_MAX_AGE_MS ? text : undefined;
  } catch {
    return undefined;
  }
}
