// Whether a build is written as the bound of a range of builds: "from 16.0.6920.1000 upward", "builds after
// 16.0.6701.1000", «Skype для бизнеса с 16.0.6920.1000», "unterhalb von …", "自 16.0.6701.1000 版起". Asked only of a
// threshold in force (scan.ts): Microsoft's two builds and the organisation's minimum are what such sentences bound
// ranges with, and an installed client's build said with "from" or "before" is rare enough there ("updated from x to
// y" is read earlier, as a change). Any other build keeps its plain reading.

const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';

/** Words of a range's start or end, right before the bound. */
const RANGE_WORDS = [
  'from', 'after', 'past', 'since', 'starting (?:with|at|from)', 'beginning with', 'before', 'prior to', 'below', 'under', 'above', 'beyond',
  '(?:older|newer|earlier|later|lower|higher|greater|less) than', 'up to', 'until',
  'ab', 'seit', 'vor', 'nach', 'unter', 'über', 'unterhalb(?: von)?', 'oberhalb(?: von)?', '(?:älter|neuer|niedriger|höher) als', 'bis',
  'à partir de', 'depuis', 'avant', 'après', 'au-delà de', '(?:antérieure?s?|postérieure?s?|inférieure?s?|supérieure?s?) à',
  'desde', 'a partir de', 'antes de', 'después de', '(?:anterior|posterior|inferior|superior)(?:es)? a',
  'dalla', 'dal', 'prima della?', 'dopo(?: la)?', 'vanaf', 'voor', 'od', 'przed', 'powyżej', 'poniżej',
  'от', 'до', 'после', 'ниже', 'выше', 'старше', 'новее(?:,? чем)?', 'младше', 'раньше', 'позже',
  'від', 'після', 'нижче', 'вище', 'старіш\\p{L}* за', 'нові?ш\\p{L}* за',
  '自', '从', '從',
];

/** Words that may stand between the range's word and the bound: the client's name, "build", "version", an article. */
const BETWEEN = '(?:(?:the|a|der|die|dem|la|le|el|build|version|versión|versione|wersj\\p{L}*|верси\\p{L}*|сборк\\p{L}*|збірк\\p{L}*|skype|for|business|für|pour|para|per|dla|для|бизнеса|бізнесу|entreprise|empresarial|sfb|s4b|lync|client|клиент\\p{L}*|клієнт\\p{L}*|offline|im|版本?|ビルド)\\s*){0,5}';

/** Words that also mean "with" or "on" («ПК с Skype для бизнеса …», "na"): only right before the build or its "version". */
const SHORT_RANGE_WORDS = ['с', 'со', 'na', 'po'];
const VERSION_WORD = '(?:(?:build|version|versión|wersj\\p{L}*|верси\\p{L}*|сборк\\p{L}*|збірк\\p{L}*)\\s+)?';

const RANGE_BEFORE = new RegExp(
  `${EDGE_BEFORE}(?:(?:${RANGE_WORDS.join('|')})(?:\\s+|(?<=[\\p{Script=Han}]))${BETWEEN}|(?:${SHORT_RANGE_WORDS.join('|')})\\s+${VERSION_WORD})$`,
  'iu',
);

/** Words right after the bound that make it one: "upward", "and up", "on", "起", «и выше». */
const RANGE_AFTER = /^\s*(?:\(?\s*(?:upwards?|onwards?|and (?:up|above|newer|later|higher)|or (?:above|beyond)|und (?:höher|neuer|aufwärts)|aufwärts|et (?:au-delà|plus)|en adelante|in poi|и (?:выше|новее|позже)|і (?:вище|новіше)|起|以上|以下|以后|之后|之後|以後)|版起)/iu;

const LETTER = /\p{L}/u;

/** Characters before the build read for the range's word and the client's name between (a long name fits). */
const RANGE_REACH = 56;

/** Whether the build line[s, e) bounds a range (RANGE_BEFORE right before it, or RANGE_AFTER right after it). */
export function boundsARange(line: string, s: number, e: number): boolean {
  // (Every range's word ends in a letter: a build after a cell's comma or a field's "=" is read no further before it.)
  let i = s - 1;
  while (i >= 0 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i--;
  const before = i >= 0 && LETTER.test(line[i]!);
  return (before && RANGE_BEFORE.test(line.slice(Math.max(0, s - RANGE_REACH), s))) || RANGE_AFTER.test(line.slice(e, e + 24));
}
