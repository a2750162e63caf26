// UI strings for the page overlay: browser.i18n works in content scripts; our
// messages keep {name} slots, filled by the engine's fillSlots.
import { fillSlots, type Message, type Verdict } from '../core/index.ts';
import browser from '../platform/browser.ts';

const templates = new Map<string, string>();

function template(key: string): string {
  let text = templates.get(key);
  if (text === undefined) {
    try {
      text = browser.i18n.getMessage(key) || key;
    } catch {
      text = key;
    }
    templates.set(key, text);
  }
  return text;
}

/** The localised message for `key` with its {slots} filled. */
export function t(key: string, params: Readonly<Record<string, string>> = {}): string {
  return fillSlots(template(key), params);
}

/** An engine Message (a reason, a family note) in the user's language. */
export function messageText(message: Message): string {
  return t(message.key, message.params);
}

/** "Eligible", "Update needed", … */
export function verdictText(verdict: Verdict): string {
  return t(`verdict_${verdict.replace('-', '_')}`);
}

/** The UI language, for lang attributes on our shadow content. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
