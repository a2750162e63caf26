// A line that corrects the build the line above gave: a typo owned up to in a
// chat or a thread ("sorry, 16.0.6568.2025, mixed up digits", "typo ->
// 16.0.x", "*16.0.x", «ой, опечатка — 16.0.x») (docs/evidence.md). The build
// above is not the client's; the one on this line is.

/** Words of a correction, or "*" right before a build (the chat's way to correct a word). */
const CORRECTION = /(?<![\p{L}])(?:sorry|typo|oops|my bad|correction|i mean|i meant|mixed up|fat fingers?|опечатк\p{L}*|поправка|ой|точнее|вернее|tippfehler|korrektur|vertippt|verschrieben|pardon|désolé|perdón|oups|rectification|rectificación)(?![\p{L}])|(?:^|\s)\*\s?\d/iu;

/** The same words found fast, without word edges (most lines hold none): CORRECTION confirms. */
const CORRECTION_HINT = /sorry|typo|oops|my bad|correction|i mean|mixed up|fat finger|опечатк|поправка|ой|точнее|вернее|tippfehler|korrektur|vertippt|verschrieben|pardon|désolé|perdón|oups|rectifica|\*/i;

/** A correction is a short message; a long line is a sentence of its own. */
const CORRECTION_LIMIT = 160;

/** Whether input[first, lineEnd) (a line that gives a build) corrects the build of the line above. */
export function isCorrectionBelow(input: string, first: number, lineEnd: number): boolean {
  if (lineEnd - first > CORRECTION_LIMIT) return false;
  const line = input.slice(first, lineEnd);
  return CORRECTION_HINT.test(line) && CORRECTION.test(line);
}
