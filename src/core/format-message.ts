import type { Message } from './types.ts';

/** A message catalogue in the shape of _locales/<lang>/messages.json. */
export type Catalogue = Readonly<Record<string, { message: string }>>;

/**
 * Fills "{name}" slots. _locales messages keep our own {name} slots rather
 * than Chrome's $1 placeholders, so the CLI and the browser format alike.
 */
export function fillSlots(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot);
}

/** Formats a message from a catalogue; the key itself stands in for a missing entry. */
export function formatMessage(catalogue: Catalogue, message: Message): string {
  const entry = catalogue[message.key];
  return entry ? fillSlots(entry.message, message.params) : message.key;
}
