// The message keys that exist: the English catalogue's, so a key with a typo
// fails to compile where this type is used. Type-only: no catalogue is bundled.
import type en from '../_locales/en/messages.json';

export type MessageKey = keyof typeof en;
