// UI strings for the popup, the options page and the page overlay: _locales
// through browser.i18n (which works in content scripts too), in the browser's
// language. Messages keep our own {name} slots, filled by core's fillSlots as
// the CLI fills them. Core modules by file, not the barrel: popup.js must not
// pull the scanner in.
import { fillPlurals, fillSlots, type MessageParams } from '../core/format-message.ts';
import type { Message } from '../core/types.ts';
import type { MessageKey } from '../message-key.ts';
import browser from './browser.ts';

// Badges ask for the same few words many times; a catalogue never changes while a page lives.
const templates = new Map<string, string>();

/** The catalogue's text for `key`; '' if it has none (or outside an extension context). */
function template(key: string): string {
  let text = templates.get(key);
  if (text === undefined) {
    try {
      text = browser.i18n.getMessage(key);
    } catch {
      text = '';
    }
    templates.set(key, text);
  }
  return text;
}

/** Any key, typed or from the engine: its text with {slots} filled, or the key itself, visibly, if it is missing. */
function say(key: string, params: MessageParams): string {
  const text = template(key);
  // Plural forms first ({n|one:…|other:…}, by the UI language's rules), then the {slots}.
  return text ? fillSlots(fillPlurals(text, params, uiLanguage()), params, formatNumber) : key;
}

/** The localised string for `key` with its {slots} filled (numbers grouped as the UI language writes them). */
export function t(key: MessageKey, params: MessageParams = {}): string {
  return say(key, params);
}

/** An engine Message (a reason, a prerequisite, a family note) in the UI language. */
export function tMessage(message: Message): string {
  return say(message.key, message.params);
}

/**
 * The language of the strings actually shown, for lang attributes and number
 * formats: the catalogue names its own language (popup_lang), so a browser in
 * a language we have no catalogue for gets "en", the English it shows.
 */
export function uiLanguage(): string {
  return template('popup_lang') || uiLanguageOfBrowser() || 'en';
}

function uiLanguageOfBrowser(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return '';
  }
}

let numberFormat: Intl.NumberFormat | undefined;
/** 100000 -> "100,000" (en) or "100 000" (ru). */
export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat(uiLanguage());
  return numberFormat.format(value);
}

/**
 * Makes the UI language's number format and plural rules now (the first of
 * each loads locale data: tens of milliseconds), so that the popup calls this
 * while the admin looks at it, not while a large paste waits for its rows.
 */
export function prepareFormats(): void {
  formatNumber(0);
  fillPlurals('{n|other:}', { n: 0 }, uiLanguage());
}

/** A catalogue of the given keys, for code that formats away from browser.i18n (the popup's worker). */
export function catalogueOf(keys: Iterable<string>): Record<string, { message: string }> {
  const catalogue: Record<string, { message: string }> = {};
  for (const key of keys) {
    const message = template(key);
    if (message) catalogue[key] = { message };
  }
  return catalogue;
}
