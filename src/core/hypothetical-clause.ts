// Whether the sentence around a named build speaks of what would, should or
// will be rather than of what is (docs/evidence.md, "What would be"). Lists of
// plan phrases never end ("ought to get everyone onto", "as soon as it lands",
// "Had she been on"); the grammar of a supposition is shorter: a modal verb or
// a conditional in the build's clause, and no word of the present state.

import { CLAUSE_BREAK, clauseAround, COPULA_BEFORE, PRESENT, type Clause } from './clause-around.ts';

/** Modal verbs, the future and suppositions, in the admins' languages: anywhere in the build's clause. */
const MODAL =
  /(?<![\p{L}\p{N}])(?:had (?:we|i|they|he|she|you|the users?)|would|could|should|shall|ought|might|will|won['’]t|wouldn['’]t|shouldn['’]t|couldn['’]t|let['’]s|hypothetically|in theory|supposed to|plan is|wants?\s+(?:sfb|skype|lync|everyone|everybody|all|us|them)|as soon as|hoping|hope to|aim to|aiming|intend|going to|gonna|würde|würden|sollte|sollten|sollen|könnte|könnten|wird|werden|devrait|devraient|pourrait|sera|seront|должен|должна|должны|будет|будут|бы|debería|deberían|podría|será|serán|dovrebbe|potrebbe|sarà|deveria|poderia|zou|zouden|zal|zullen|hätte|hätten|wäre|wären|müsste|müssten|sería|serían|estuviera|estuvieran|podrá|podrán|sarebbe|sarebbero|avessimo|installassimo|potrà|potranno|avranno|hadden|wordt\s+(?:\p{L}+\s+){0,3}(?:geïnstalleerd|uitgerold|bijgewerkt)|(?:next|this coming)\s+(?:week|month|weekend|quarter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|tonight|next month|quedará|quedarán|by měl\p{L}?|měl by|volgende week|ma mieć|mają mieć|substituído|substituída|應該|应该|將會|将会|nächste\p{L}*\s+monat|heute abend|сегодня вечером|в следующем месяце|le mois prochain|el mes que viene|(?<!heute\s)morgen|übermorgen|nächste\p{L}*\s+woche|demain|la semaine prochaine|(?<!esta\s)mañana|la próxima semana|domani|la prossima settimana|завтра|на следующей неделе|получит|получат)(?![\p{L}\p{N}])|\p{L}['’]ll(?![\p{L}])/iu;

/** Wishes and obligations for the build ("The user wants SfB 16.0.x installed", "möchte … haben", «хочет …»), not to know something. */
const WISH =
  /(?<![\p{L}\p{N}])(?:wants?|would like|möchte|möchten|quiere|quieren|queremos|veut|veulent|voudrait|vuole|vorrebbe|wil|wilt|willen|chce|chcą|quer|querem|хочет|хотят|deverá|deverão|powinien|powinna|powinno|planowana)(?![\p{L}\p{N}])(?!\s+(?:to\s+)?(?:know|understand|find out|ask|wissen|saber|savoir|sapere|weten|wiedzieć|знать|понять))/iu;

/** Installed already, said after the build ("La réunion de demain se fera avec … 16.0.x, déjà installé sur le poste"). */
const ALREADY_INSTALLED =
  /(?<![\p{L}\p{N}])(?:already|déjà|bereits|schon|уже|ya|già|al)\s+(?:\p{L}+\s+)?(?:installed|installé|installiert|установлен\p{L}*|instalado|installato|geïnstalleerd)(?![\p{L}\p{N}])/iu;

/** Hopes, expectations and plans, read in the build's own part of the clause ("I hope this is enough info: SfB 16.0.x" hopes nothing of it). */
const HOPE = /(?<![\p{L}\p{N}])(?:hoffentlich|hoffen|hopefully|hope|hopes|hoped|fingers crossed|espère|espérons|esperamos|espero|ojalá|speriamo|spero|надеемся|надеюсь|erwarten|expect|expecting|previsto|prévu|estará|estarán|aurait|auraient|deberíamos|planen|planning)(?![\p{L}\p{N}])/iu;

/** A condition contrary to fact: "if … were", "wenn … wäre", "si … estuviera", "si … était". */
const COUNTERFACTUAL = /(?<![\p{L}\p{N}])(?:if|wenn|falls|si)\s(?:[^,;.?]{0,60}\s)?(?:were|wäre|wären|estuviera|fuera|était|serait)(?![\p{L}\p{N}])/iu;

/** Conditionals: only before the build ("If we get them to 16.0.x"; not "16.0.x, if that helps"). */
const CONDITIONAL = /(?<![\p{L}\p{N}])(?:if|whether|once|wenn|falls|sobald|если|как только|si|dès que|une fois|cuando|appena|zodra)(?![\p{L}\p{N}])/iu;

/** A question about what to do: "Should we roll SfB to 16.0.x?", "Could we pilot …", "When will SfB go to …", "When's … hitting". */
const PLAN_QUESTION = /(?<![\p{L}\p{N}])(?:(?:should|could|shall|will|can)\s+we|(?:should|could|shall|will)\s+i|when\s+(?:will|is|are)|when['’]s|müssen\s+wir|sollen\s+wir|sollten\s+wir|faut-il|devons-nous|hay\s+que|debemos|dobbiamo|moeten\s+we|нужно\s+ли|надо\s+ли|стоит\s+ли)(?![\p{L}\p{N}])/iu;

/**
 * A question whether the build would or will fix something ("Would Skype for Business 16.0.x fix offline IM?", "Will 16.0.x
 * help?", «Поможет ли 16.0.x?»): asked of a build not there yet (red-team round 256).
 */
const FIX_QUESTION = /(?<![\p{L}\p{N}])(?:would|will|wird|würde|поможет|исправит|решит)(?![\p{L}\p{N}])[^?]*?(?<![\p{L}\p{N}])(?:fix|fixes|solve|solves|resolve|resolves|help|helps|give|bring|enable|sort|beheben|lösen|helfen|bringen|поможет|исправит|решит|ли)(?![\p{L}\p{N}])/iu;

/** A conditional that only offers the build ("If you need it, …", "Si besoin :", "Por si hace falta:"): no condition on it. */
const HEDGE =
  /(?<![\p{L}\p{N}])(?:(?:if|falls|si|wenn)\s+(?:you\s+need|needed|it\s+(?:matters|helps)|that\s+helps|sie\s+es\s+brauchen|es\s+hilft|das\s+hilft|relevant|ça\s+aide|ça\s+peut\s+aider|(?:it|that)\s+may\s+help|sirve|nötig|besoin|lo\s+necesitas|hace\s+falta|necesario)|por\s+si\s+(?:sirve|hace\s+falta|acaso)|in\s+case|not\s+sure\s+if|für\s+den\s+fall|если\s+что|au\s+cas\s+où|если\s+(?:нужно|надо)|на\s+всякий\s+случай)(?![\p{L}\p{N}])/iu;

/**
 * Whether the build at [start, end) of `line`, a sentence's, is spoken of as a
 * supposition or a plan: "We ought to get everyone onto Skype for Business
 * 16.0.x", "If we get them to 16.0.x of SfB, offline IM should be on", "Skype
 * for Business wird morgen auf 16.0.x aktualisiert". A question about a build
 * is not ("Would 16.0.x be enough?" asks for its answer), nor a clause that
 * also says what is there now.
 */
export function hypotheticalClause(line: string, start: number, end: number): boolean {
  const clause = clauseAround(line, start, end);
  return clause !== undefined && speaksOfWhatWouldBe(clause);
}

/** hypotheticalClause for a clause already found (clause-around.ts). */
export function speaksOfWhatWouldBe(clause: Clause): boolean {
  const { whole, before, after, question } = clause;
  // A question asks for the build's answer ("Would 16.0.x be enough?"), unless it asks what we should do ("Could we pilot 16.0.x?").
  // So does a counterfactual one ("Would offline IM work if Skype for Business were at 16.0.x?").
  const planQuestion = question && (PLAN_QUESTION.test(whole) || COUNTERFACTUAL.test(whole) || FIX_QUESTION.test(`${before} ${after}`));
  if (question && !planQuestion) return false;
  // A condition may stand before a comma ("If the stars align, SfB 16.0.x lands on Tuesday"), unless it only offers the build.
  const wish = WISH.test(before);
  if (!planQuestion && !wish && !HOPE.test(before) && !HOPE.test(after) && !MODAL.test(whole) && !MODAL.test(after) && !CONDITIONAL.test(HEDGE.test(whole) ? before : whole)) return false;
  // A wish's complement is no present state ("wants Skype for Business 16.0.x installed"); "already installed" is, past a comma too.
  return !PRESENT.test(before) && (wish || !PRESENT.test(after)) && !COPULA_BEFORE.test(before) && !ALREADY_INSTALLED.test(clause.tail);
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

/**
 * A hedge on the build: the writer supposes it, or says it is not checked ("Caller believes her Skype is 16.0.x",
 * "maybe 16.0.x, maybe older", «Вероятно, у неё … 16.0.x (со слов коллеги, не проверено)», red-team round 340).
 */
const UNSURE =
  /(?<![\p{L}\p{N}])(?:believes?|maybe|perhaps|probably|presumably|unconfirmed|to be confirmed|not verified|unverified|not confirmed|вероятно|возможно|наверное|предположительно|не проверено|не подтверждено|со слов|vermutlich|wahrscheinlich|vielleicht|unbestätigt|nicht bestätigt|peut-être|probablement|non vérifié|probablemente|quizás|tal vez|sin confirmar|forse|probabilmente|non verificato|prawdopodobnie|niepotwierdzon\p{L}*|то ли|entweder|не помню|weiß nicht mehr|nicht mehr genau|don['’]t remember|do not remember|не уверен\p{L}*|(?:это )?не точно|can['’]t check|haven['’]t checked|not checked|не проверял\p{L}*|не проверяли|nicht geprüft|pas vérifié|sin comprobar|cannot check|couldn['’]t check|kann (?:es )?nicht (?:nach)?(?:schauen|prüfen)|не могу проверить|je suppose|i suppose|i assume|ich nehme an|предполагаю|не факт|not certain|ohne gewähr|pas certain|no es seguro|neověřeno|zatím neověřeno|niezweryfikowan\p{L}*|i think|i guess|(?:i['’]m |i am )?not (?:100\s*%\s*|quite |entirely )?sure(?!\s+(?:why|what|how|where|when|if offline|whether offline))|ich glaube|glaube ich|(?:bin mir )?(?:aber )?nicht sicher|je crois|je pense|à vérifier|à confirmer|pas sûr\p{L}*|creo que|no estoy segur[oa]|penso (?:di|che)|non (?:ne )?sono sicur[oa]|acho que|não tenho certeza|nie jestem pew\p{L}*|volgens mij|niet zeker|думаю|кажется|вроде)|尚未確認|尚未确认|未確認|未确认|未検証|たぶん|多分|と思います|好像|不太确定|不确定|確認できていません(?![\p{L}\p{N}])/iu;

/** How far around the build its sentence is read for a hedge. */
const UNSURE_REACH = 100;

/** Whether the sentence of the build at [start, end) of `line` hedges it (UNSURE), before it or after it. */
export function speaksUnsure(line: string, start: number, end: number): boolean {
  // (Its own clause only: not past a colon or a semicolon ("I think the problem is EWS: my Skype for Business is 16.0.x"),
  // nor, after the build, past another build ("… 16.0.x, bei Jens vielleicht 16.0.y"; before it, "entweder x oder y" hedges both).)
  let before = line.slice(Math.max(0, start - UNSURE_REACH), start);
  const stops = before.split(HEDGE_STOP);
  before = stops[stops.length - 1]!;
  const after = line.slice(end, end + UNSURE_REACH).split(HEDGE_STOP_AFTER)[0]!;
  return UNSURE.test(before) || UNSURE.test(after);
}

/** Where a hedge's reach ends: a sentence's end, a colon or a semicolon; after the build, another build too. */
const HEDGE_STOP = /[.!?:;]\s|[。！？：；]/;
const HEDGE_STOP_AFTER = /[.!?:;]\s|[。！？：；]|\d+[.．]\d+[.．]\d+/;
