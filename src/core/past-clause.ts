// Whether the sentence around a named build speaks of a build of the past:
// one a machine or an image had that is gone now ("The old VDI golden image
// had Skype for Business 16.0.x but that image was deleted", "In 2017 the
// fleet was on 16.0.x", "… 16.0.x was replaced with Teams in 2021").

import { clauseAround, COPULA_BEFORE, PRESENT, type Clause } from './clause-around.ts';

/** A time gone by: a year with a past verb, "back when", "… ago", "damals", «когда-то», "originally". */
const PAST_TIME =
  /(?<![\p{L}\p{N}])(?:(?:in|until|till|bis|im jahr|en|в|jusqu['’]en|hasta)\s+(?:19|20)\d\d|(?:until|till)\s+(?:last\s+\p{L}+|yesterday|recently|this morning)|bis\s+(?:letzte\p{L}*\s+\p{L}+|gestern)|до\s+(?:прошл\p{L}*\s+\p{L}+|вчера\p{L}*)|back when|(?:old|alten?|старом|ancien)\s+(?:pc|laptop|rechner|computer|machine|пк|компьютере|ноутбуке|ordinateur|portable)|\p{L}+\s+ago|last (?:week|month|year)|в прошлом (?:году|месяце)|letzte[ns]? (?:woche|monat|jahr)|l['’]année dernière|le mois dernier|el año pasado|el mes pasado|years ago|damals|früher|ursprünglich|autrefois|jadis|à l['’]époque|originally|earlier|previously|formerly|originalmente|hace años|antiguamente|когда-то|раньше|давно)(?![\p{L}\p{N}])/iu;

/** A past verb of having or running, for a year ("In 2017 the fleet was on …"). */
const PAST_VERB =
  /(?<![\p{L}\p{N}])(?:was|were|had|ran|used|war|waren|hatte|hatten|lief|liefen|était|étaient|avait|avaient|estaba|estaban|tenía|tenían|traía|был|была|были|было|стоял|стояла|стояли|сидел|сидела|сидели)(?![\p{L}\p{N}])/iu;

/** Replaced: said after the build only ("Lync 2013 … replaced by Skype for Business 16.0.x" names the new one). */
const REPLACED_AFTER =
  /(?<![\p{L}\p{N}])(?:replaced (?:with|by)|(?:durch|mit) \p{L}+ ersetzt|ersetzt|remplacé\p{L}*|reemplazad\p{L}*|se reemplazó|замен\p{L}*|замінили)(?![\p{L}\p{N}])/iu;

/** Gone: retired, returned, deleted, "long gone", and the machines so described (ausgemustert, réformés, списанные). */
const GONE =
  /(?<![\p{L}\p{N}])(?:retired|decommissioned|ausgemustert\p{L}*|réformé\p{L}*|списанн\p{L}*|списан\p{L}*|(?:was|were) returned|zurückgegeben|devuelt\p{L}*|(?:was|were) deleted|gelöscht|supprimée?|long gone|no longer exists?|(?:has been |was )?reimaged since|current (?:build|version) (?:is )?unknown|seitdem neu aufgesetzt|с тех пор переустановлен\p{L}*|ya no existe|n['’]existe plus|больше нет|offices were closed)(?![\p{L}\p{N}])/iu;

/** Words of now that keep a build: "today Skype for Business reports 16.0.x", "is on … now". */
const NOW = /(?<![\p{L}\p{N}])(?:today|heute|aujourd['’]hui|hoy|сегодня|теперь|nun|nowadays)(?![\p{L}\p{N}])/iu;

/** Whether the build at [start, end) of a sentence's `line` is one of the past (gone, or only in a time gone by). */
export function pastClause(line: string, start: number, end: number): boolean {
  const clause = clauseAround(line, start, end);
  return clause !== undefined && speaksOfThePast(clause);
}

/** pastClause for a clause already found (clause-around.ts). */
export function speaksOfThePast(clause: Clause): boolean {
  // The build's own part before it (past a comma: "Since we retired the old image, all PCs run …"), and all after it.
  const { before, tail } = clause;
  const words = `${before} ${tail}`;
  if (!GONE.test(words) && !REPLACED_AFTER.test(tail) && !(PAST_TIME.test(words) && PAST_VERB.test(words))) return false;
  // "… her SfB version is 16.0.x, mailbox was migrated last month": the copula states the build now.
  return !PRESENT.test(words) && !NOW.test(words) && !COPULA_BEFORE.test(before);
}

/** A bracket right after the build that says it is gone: "16.0.x (ticket is from January; PC has been reimaged since)". */
export function bracketSaysGone(line: string, end: number): boolean {
  let open = end;
  while (open < line.length && open - end < 3 && line.charCodeAt(open) === 32) open++;
  if (line.charCodeAt(open) !== 40 /* ( */) return false;
  const close = line.slice(open, open + BRACKET_REACH).indexOf(')');
  if (close < 0) return false;
  const inside = line.slice(open + 1, open + close);
  return GONE.test(inside) && !NOW.test(inside);
}
const BRACKET_REACH = 160;
