// Whether the sentence around a named build speaks of what would, should or
// will be rather than of what is (docs/evidence.md, "What would be"). Lists of
// plan phrases never end ("ought to get everyone onto", "as soon as it lands",
// "Had she been on"); the grammar of a supposition is shorter: a modal verb or
// a conditional in the build's clause, and no word of the present state.

/** Ends of a clause: a sentence's stop, a semicolon, a dash between spaces. */
const CLAUSE_BREAK = /[.;!?](?=\s|$)|\s[-–—]\s/g;

/** Modal verbs, the future and suppositions, in the admins' languages: anywhere in the build's clause. */
const MODAL =
  /(?<![\p{L}\p{N}])(?:would|could|should|shall|ought|might|will|won['’]t|wouldn['’]t|shouldn['’]t|couldn['’]t|let['’]s|hypothetically|in theory|supposed to|plan is|wants?\s+(?:sfb|skype|lync|everyone|everybody|all|us|them)|as soon as|hoping|hope to|aim to|aiming|intend|going to|gonna|würde|würden|sollte|sollten|könnte|könnten|wird|werden|devrait|devraient|pourrait|sera|seront|должен|должна|должны|будет|будут|бы|debería|deberían|podría|será|serán|dovrebbe|potrebbe|sarà|deveria|poderia|zou|zouden|zal|zullen|hätte|hätten|wäre|wären|müsste|müssten|sería|serían|estuviera|estuvieran|podrá|podrán|sarebbe|sarebbero|avessimo|installassimo|potrà|potranno|avranno|hadden|wordt\s+(?:\p{L}+\s+){0,3}(?:geïnstalleerd|uitgerold|bijgewerkt))(?![\p{L}\p{N}])|\p{L}['’]ll(?![\p{L}])/iu;

/** Wishes and obligations for the build ("The user wants SfB 16.0.x installed", "möchte … haben", «хочет …»), not to know something. */
const WISH =
  /(?<![\p{L}\p{N}])(?:wants?|would like|möchte|möchten|quiere|quieren|queremos|veut|veulent|voudrait|vuole|vorrebbe|wil|wilt|willen|chce|chcą|quer|querem|хочет|хотят|deverá|deverão|powinien|powinna|powinno|planowana)(?![\p{L}\p{N}])(?!\s+(?:to\s+)?(?:know|understand|find out|ask|wissen|saber|savoir|sapere|weten|wiedzieć|знать|понять))/iu;

/** Conditionals: only before the build ("If we get them to 16.0.x"; not "16.0.x, if that helps"). */
const CONDITIONAL = /(?<![\p{L}\p{N}])(?:if|whether|once|wenn|falls|sobald|если|как только|si|dès que|une fois|cuando|appena|zodra)(?![\p{L}\p{N}])/iu;

/** A question about what to do: "Should we roll SfB to 16.0.x?", "Could we pilot …", "When will SfB go to …", "When's … hitting". */
const PLAN_QUESTION = /(?<![\p{L}\p{N}])(?:(?:should|could|shall|will)\s+(?:we|i)|when\s+(?:will|is|are)|when['’]s|müssen\s+wir|sollen\s+wir|sollten\s+wir|faut-il|devons-nous|hay\s+que|debemos|dobbiamo|moeten\s+we|нужно\s+ли|надо\s+ли|стоит\s+ли)(?![\p{L}\p{N}])/iu;

/** A copula right before the build, the client's name between at most: "the client version is 16.0.x", "la versión es Skype for Business 16.0.x". */
const COPULA_BEFORE = /(?<!(?:plan|goal|target|idea|aim|ziel|objectif|objetivo|цель|план)\s+)(?:(?<![\p{L}\p{N}])(?:is|ist|es|est|è|é|是)|['’]s)\s+(?:(?:skype for business|skype entreprise|skype empresarial|sfb|lync)\s+)?$/iu;

/** A conjunction after the build starts another clause, often with another subject ("… 16.0.x and would like an answer today"). */
const CONJUNCTION = /\s(?:and|but|und|aber|et|mais|y|pero|и|а|но|ma|maar)\s(?!\s*\d)/iu;

/** A conditional that only offers the build ("If you need it, …", "Si besoin :", "Por si hace falta:"): no condition on it. */
const HEDGE =
  /(?<![\p{L}\p{N}])(?:(?:if|falls|si|wenn)\s+(?:you\s+need|needed|it\s+(?:matters|helps)|that\s+helps|sie\s+es\s+brauchen|es\s+hilft|ça\s+aide|ça\s+peut\s+aider|(?:it|that)\s+may\s+help|sirve|nötig|besoin|lo\s+necesitas|hace\s+falta|necesario)|por\s+si\s+(?:sirve|hace\s+falta|acaso)|in\s+case|für\s+den\s+fall|au\s+cas\s+où|если\s+(?:нужно|надо)|на\s+всякий\s+случай)(?![\p{L}\p{N}])/iu;

/** Words of the present state: the clause says what is there ("Once the update ran, SfB is on 16.0.x"). */
const PRESENT =
  /(?<![\p{L}\p{N}])(?:is on|are on|['’]s on|runs|running|shows|showing|has|reports?|installed|currently|now|still|already|came back|sitting on|is at|['’]s at|läuft|hat|zeigt|installiert|aktuell|jetzt|noch|est|affiche|installé|actuellement|maintenant|стоит|установлен|установлена|сейчас|уже|ещё|еще|tiene|muestra|instalado|ahora|todavía|mostra|installato|tem|está|staat|draait|heeft|saw|seen|see|found|says|said|reads|steht|zeigte|angezeigt|verwendet|used|shown|displayed|affiché|mostrado|vu|vi|видел|видно|aparece|appare|apparaît|erscheint|verschijnt|appears|начал|начала|показывает|показал|показала)(?![\p{L}\p{N}])/iu;

/** How far a sentence reaches on either side of its build. */
const REACH = 160;

/** A table's or record's row (cells, a CSV line, a formula): its words are cells, not one sentence. */
const ROW_LINE = /\t|\||\s{3}|=|[,;][^,;]*[,;]/;

/**
 * Whether the build at [start, end) of `line`, a sentence's, is spoken of as a
 * supposition or a plan: "We ought to get everyone onto Skype for Business
 * 16.0.x", "If we get them to 16.0.x of SfB, offline IM should be on", "Skype
 * for Business wird morgen auf 16.0.x aktualisiert". A question about a build
 * is not ("Would 16.0.x be enough?" asks for its answer), nor a clause that
 * also says what is there now.
 */
export function hypotheticalClause(line: string, start: number, end: number): boolean {
  // A sentence's reach, so that a huge line costs the same per build.
  const near = line.slice(Math.max(0, start - REACH), Math.min(line.length, end + REACH));
  const at = Math.min(start, REACH);
  const atEnd = at + (end - start);
  if (ROW_LINE.test(near)) return false;
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
  let after = near.slice(atEnd, to);
  // After the build, the clause ends at a comma or a conjunction ("…16.0.x, it's already superseded", "… and would like an answer").
  const comma = after.indexOf(',');
  if (comma >= 0) after = after.slice(0, comma);
  // A question asks for the build's answer ("Would 16.0.x be enough?"), unless it asks what we should do ("Could we pilot 16.0.x?").
  const question = after.includes('?');
  const conjunction = CONJUNCTION.exec(after);
  if (conjunction) after = after.slice(0, conjunction.index);
  const planQuestion = question && PLAN_QUESTION.test(whole);
  if (question && !planQuestion) return false;
  // A condition may stand before a comma ("If the stars align, SfB 16.0.x lands on Tuesday"), unless it only offers the build.
  const wish = WISH.test(before);
  if (!planQuestion && !wish && !MODAL.test(whole) && !MODAL.test(after) && !CONDITIONAL.test(HEDGE.test(whole) ? before : whole)) return false;
  // A wish's complement is no present state ("wants Skype for Business 16.0.x installed").
  return !PRESENT.test(before) && (wish || !PRESENT.test(after)) && !COPULA_BEFORE.test(before);
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

/** Whether a short text (a heading, a label) speaks of what will or would be, and not of what is: "Here is what we will get in Q3:". */
export function speaksOfWhatWillBe(text: string): boolean {
  // Its last sentence ("The user would like offline IM. Her client:" speaks of the client).
  CLAUSE_BREAK.lastIndex = 0;
  let from = 0;
  for (let m = CLAUSE_BREAK.exec(text); m !== null; m = CLAUSE_BREAK.exec(text)) from = m.index + m[0].length;
  const last = text.slice(from);
  return MODAL.test(last) && !PRESENT.test(last) && !COPULA_BEFORE.test(last);
}
