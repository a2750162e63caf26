import { fillSlots } from '../core/format-message.ts';
import type { Message } from '../core/types.ts';
import browser from '../platform/browser.ts';

// UI strings for the options page: _locales through browser.i18n, our own
// {name} slots filled here (the same slots the CLI fills).

export function t(key: string, params: Readonly<Record<string, string>> = {}): string {
  let template = '';
  try {
    template = browser.i18n.getMessage(key);
  } catch {
    // Outside an extension page: fall back to the key, visibly.
  }
  return template ? fillSlots(template, params) : key;
}

export function tMessage(message: Message): string {
  return t(message.key, message.params);
}

export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
