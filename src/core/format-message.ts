import type { Message } from './types.ts';

/** A message catalogue in the shape of _locales/<lang>/messages.json. */
export type Catalogue = Readonly<Record<string, { message: string }>>;

/** Values for a message's {name} slots. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * Fills "{name}" slots. _locales messages keep our own {name} slots rather
 * than Chrome's $1 placeholders, so the CLI and the browser format alike.
 * Numbers are written by `formatNumber` (the UI language's digits grouping in
 * the browser; plain digits by default).
 */
export function fillSlots(template: string, params: MessageParams, formatNumber: (value: number) => string = String): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    return value === undefined ? slot : typeof value === 'number' ? formatNumber(value) : value;
  });
}

/** One Intl.PluralRules per language: making one costs far more than asking it (the popup asks for dozens per render). */
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralRulesFor(lang: string): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules;
}

/**
 * Chooses plural forms: "{clients|one:client|other:clients}" becomes the form
 * that the language's plural rules (Intl.PluralRules: one, few, many, other)
 * give for the number `params.clients`; "other" stands in for a category the
 * slot does not list. Slots of params that are not numbers stay as they are.
 */
export function fillPlurals(template: string, params: Readonly<Record<string, string | number>>, lang: string): string {
  return template.replace(/\{(\w+)\|([^{}]*)\}/g, (slot, name: string, list: string) => {
    const count = params[name];
    if (typeof count !== 'number') return slot;
    const forms = Object.fromEntries(list.split('|').map((form) => form.split(':'))) as Record<string, string | undefined>;
    let rule: string;
    try {
      rule = pluralRulesFor(lang).select(count);
    } catch {
      // Not a language tag: the form for many.
      rule = 'other';
    }
    return forms[rule] ?? forms.other ?? slot;
  });
}

/** Formats a message from a catalogue; the key itself stands in for a missing entry. */
export function formatMessage(catalogue: Catalogue, message: Message): string {
  const entry = catalogue[message.key];
  return entry ? fillSlots(entry.message, message.params) : message.key;
}
