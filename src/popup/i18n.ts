// Core modules by file, not the barrel: popup.js must not pull the scanner in.
import { fillPlurals, fillSlots } from '../core/format-message.ts';
import type { Message } from '../core/types.ts';
import browser from '../platform/browser.ts';

// UI strings come from _locales through browser.i18n, in the browser's
// language. Messages use our own {name} slots (shared with the CLI).

/** The localised string for `key` with its {slots} filled; the key itself if it is missing. */
export function t(key: string, params: Readonly<Record<string, string | number>> = {}): string {
  const template = browser.i18n.getMessage(key);
  if (!template) return key;
  const strings: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) strings[name] = typeof value === 'number' ? formatNumber(value) : value;
  return fillSlots(fillPlurals(template, params, uiLanguage()), strings);
}

/** An engine Message (reason, prerequisite, note) in the UI language. */
export function tMessage(message: Message): string {
  return t(message.key, message.params);
}

/** The language of the strings actually shown (the catalogue says which), for <html lang> and number formats. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getMessage('popup_lang') || browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}

let numberFormat: Intl.NumberFormat | undefined;
/** 100000 -> "100,000" (en) or "100 000" (ru). */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLanguage());
  return numberFormat.format(value);
}

/** A catalogue of the given keys, for code that formats away from browser.i18n (the worker). */
export function catalogueOf(keys: Iterable<string>): Record<string, { message: string }> {
  const catalogue: Record<string, { message: string }> = {};
  for (const key of keys) {
    const message = browser.i18n.getMessage(key);
    if (message) catalogue[key] = { message };
  }
  return catalogue;
}
