// Terminal styling. Colour only adds to words and symbols, never replaces them.
import type { Verdict } from '../core/index.ts';

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  verdict(verdict: Verdict, text: string): string;
}

const VERDICT_COLOUR: Record<Verdict, number> = { eligible: 32, 'upgrade-required': 33, 'not-supported': 31, unknown: 35, blocked: 31 };

/** Symbols that carry the verdict without colour. */
export const VERDICT_SYMBOL: Record<Verdict, string> = { eligible: '✓', 'upgrade-required': '↑', 'not-supported': '✗', unknown: '?', blocked: '⊘' };

export const PLAIN: Style = { bold: (t) => t, dim: (t) => t, verdict: (_v, t) => t };

export const ANSI: Style = {
  bold: (t) => `\x1b[1m${t}\x1b[22m`,
  dim: (t) => `\x1b[2m${t}\x1b[22m`,
  verdict: (v, t) => `\x1b[${VERDICT_COLOUR[v]}m${t}\x1b[39m`,
};

/** Colour when writing to a terminal, unless NO_COLOR is set (https://no-color.org). */
export function chooseStyle(isTTY: boolean | undefined, env: Readonly<Record<string, string | undefined>>): Style {
  return isTTY && !env.NO_COLOR ? ANSI : PLAIN;
}
