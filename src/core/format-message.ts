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

/** Formats a message from a catalogue; the key itself stands in for a missing entry. */
export function formatMessage(catalogue: Catalogue, message: Message): string {
  const entry = catalogue[message.key];
  return entry ? fillSlots(entry.message, message.params) : message.key;
}
