// The clause of a sentence around a build, and the words that say what is
// there now: shared by hypothetical-clause.ts, past-clause.ts and the
// scanner's plan words (presentStateFrom).

/** Ends of a clause: a sentence's stop, a semicolon, a dash between spaces. */
export const CLAUSE_BREAK = /[.;!?](?=\s|$)|\s[-–—]\s/g;

/** A copula right before the build, the client's name between at most: "the client version is 16.0.x", "la versión es Skype for Business 16.0.x". */
export const COPULA_BEFORE = /(?<!(?:plan|goal|target|idea|aim|ziel|objectif|objetivo|цель|план)\s+)(?:(?<![\p{L}\p{N}])(?:is|ist|es|est|è|é|是)|['’]s)\s+(?:(?:skype for business|skype entreprise|skype empresarial|sfb|lync)\s+)?$/iu;

/** A conjunction after the build starts another clause, often with another subject ("… 16.0.x and would like an answer today"). */
const CONJUNCTION = /\s(?:and|but|und|aber|et|mais|y|pero|и|а|но|ma|maar)\s(?!\s*\d)/iu;

/** Words of the present state: the clause says what is there ("Once the update ran, SfB is on 16.0.x"). */
export const PRESENT =
  /(?<![\p{L}\p{N}])(?:is on|are on|['’]s on|runs|running|shows|showing|has|reports?|installed|currently|now|still|already|came back|sitting on|is at|['’]s at|läuft|hat|zeigt|installiert|aktuell|jetzt|noch|est|affiche|installé|actuellement|maintenant|стоит|установлен|установлена|сейчас|уже|ещё|еще|tiene|muestra|instalado|ahora|todavía|mostra|installato|tem|está|staat|draait|heeft|saw|seen|see|found|says|said|reads|steht|zeigte|angezeigt|verwendet|used|shown|displayed|affiché|mostrado|vu|vi|видел|видно|aparece|appare|apparaît|erscheint|verschijnt|appears|начал|начала|показывает|показал|показала)(?![\p{L}\p{N}])/iu;

/** How far a sentence reaches on either side of its build. */
export const REACH = 160;

/** A table's or record's row (cells, a CSV line, a formula): its words are cells, not one sentence. */
const ROW_LINE = /\t|\||\s{3}|=|[,;][^,;]*[,;]/;
/** The same, where commas and semicolons a blank follows are a sentence's ("tried 16.0.x on her sfb, bombed out with 30088-4, back on 16.0.y"). */
const ROW_LINE_SPACED = /\t|\||\s{3}|=|[,;](?!\s)[^,;]*[,;](?!\s)/;

/** A build's clause: before it (whole, and its own part past a comma or colon), after it (to a comma or conjunction), and whether it asks. */
export interface Clause {
  whole: string;
  before: string;
  after: string;
  /** After the build to the clause's end, commas and conjunctions included ("…, but that's long gone"). */
  tail: string;
  /** The clause after the build, to its comma, ends in a question mark. */
  question: boolean;
}

/**
 * The clause around the build at [start, end) of a sentence's `line`; undefined for a table's or record's row (with
 * `spacedCommas`, a line whose commas a blank follows is a sentence, not a row).
 */
export function clauseAround(line: string, start: number, end: number, spacedCommas = false): Clause | undefined {
  // A sentence's reach, so that a huge line costs the same per build.
  const near = line.slice(Math.max(0, start - REACH), Math.min(line.length, end + REACH));
  const at = Math.min(start, REACH);
  const atEnd = at + (end - start);
  if ((spacedCommas ? ROW_LINE_SPACED : ROW_LINE).test(near)) return undefined;
  let from = 0;
  let to = near.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(near); m !== null; m = CLAUSE_BREAK.exec(near)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= at) from = breakEnd;
    else if (m.index >= atEnd) {
      to = m.index + 1;
      break;
    }
  }
  // Before the build, its own part of the clause: past a comma or a colon ("If you need it, the client version is 16.0.x").
  const whole = near.slice(from, at);
  const own = Math.max(whole.lastIndexOf(','), whole.lastIndexOf(':'));
  const before = own >= 0 ? whole.slice(own + 1) : whole;
  const tail = near.slice(atEnd, to);
  let after = tail;
  // After the build, the clause ends at a comma or a conjunction ("…16.0.x, it's already superseded", "… and would like an answer").
  const comma = after.indexOf(',');
  if (comma >= 0) after = after.slice(0, comma);
  const question = after.includes('?');
  const conjunction = CONJUNCTION.exec(after);
  if (conjunction) after = after.slice(0, conjunction.index);
  return { whole, before, after, tail, question };
}

/**
 * Whether the words from line offset `from` to the build at [start, end), and after it to its clause's end or a
 * comma, say what is there now: "Roadmap aside, today the user runs Skype for Business 16.0.x",
 * "Geplante Wartung gestern erledigt, Skype for Business 16.0.x läuft", "If you need it, the client version is 16.0.x".
 */
export function presentStateFrom(line: string, from: number, start: number, end: number, copula = true): boolean {
  const before = line.slice(Math.max(from, start - REACH), start);
  if (PRESENT.test(before) || (copula && COPULA_BEFORE.test(before))) return true;
  const after = line.slice(end, Math.min(line.length, end + REACH));
  CLAUSE_BREAK.lastIndex = 0;
  const stop = CLAUSE_BREAK.exec(after);
  let own = stop ? after.slice(0, stop.index) : after;
  const comma = own.indexOf(',');
  if (comma >= 0) own = own.slice(0, comma);
  return PRESENT.test(own);
}

/** Ends of a line's part: a sentence's stop, a semicolon, a cell's bar. */
const PART_BREAK = /[.;!?。；|](?=\s|$)|\s\|/g;

/**
 * The part of input[lineStart, lineEnd) that holds the build at [start, end): between the stops, semicolons or bars
 * around it ("user on 16.0.x; test VM has 16.0.y": the second part is the second build's).
 */
export function partAround(input: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  const before = input.slice(Math.max(lineStart, start - REACH), start);
  let from = 0;
  PART_BREAK.lastIndex = 0;
  for (let m = PART_BREAK.exec(before); m; m = PART_BREAK.exec(before)) from = m.index + m[0].length;
  const after = input.slice(end, Math.min(lineEnd, end + REACH));
  PART_BREAK.lastIndex = 0;
  let stop = PART_BREAK.exec(after);
  // A sentence that points back at the build is its part too: "Is 16.0.x enough? That's what I have in Skype."
  if (stop && POINTS_BACK.test(after.slice(stop.index + stop[0].length))) stop = PART_BREAK.exec(after);
  return before.slice(from) + input.slice(start, end) + (stop ? after.slice(0, stop.index) : after);
}

/** A sentence's start that points back at the sentence before: "That's what …", «Это то, что …», "Das ist, was …". */
const POINTS_BACK = /^\s*(?:that['’]s|that is|this is|it['’]s|это|das ist|c['’]est)(?![\p{L}])/iu;
