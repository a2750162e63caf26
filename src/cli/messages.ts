// The CLI's strings: both _locales catalogues are bundled into dist/cli.js at
// build time, so the CLI needs no files beside it.
import { fillSlots, formatMessage, type Catalogue, type Message, type MessageParams } from '../core/index.ts';
import type { MessageKey } from '../message-key.ts';
import en from '../../_locales/en/messages.json';
import ru from '../../_locales/ru/messages.json';

export type Lang = 'en' | 'ru';
export const LANGS: readonly Lang[] = ['en', 'ru'];

const CATALOGUES: Record<Lang, Catalogue> = { en, ru };

/** Looks up strings in one language; falls back to English, then to the key. */
export interface Translator {
  lang: Lang;
  t(key: MessageKey, params?: MessageParams): string;
  format(message: Message): string;
  /** The message's template with its {slots}, for the JSON output's shared messages table. */
  template(key: string): string;
}

export function translator(lang: Lang): Translator {
  const catalogue = CATALOGUES[lang];
  // The engine shares one Message object among all findings of a build.
  const formatted = new WeakMap<Message, string>();
  const template = (key: string) => catalogue[key]?.message ?? CATALOGUES.en[key]?.message ?? key;
  return {
    lang,
    t(key, params = {}) {
      return fillSlots(template(key), params);
    },
    template,
    format(message) {
      let text = formatted.get(message);
      if (text === undefined) formatted.set(message, (text = formatMessage(catalogue, message)));
      return text;
    },
  };
}

/** Language from the POSIX locale variables, in their order of precedence. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}
