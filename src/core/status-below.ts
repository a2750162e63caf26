// A line that says the install of the item on the line above is not there:
// an install state written under the item, as deployment consoles, tickets
// and checklists lay it out (docs/evidence.md, "A status on the line below"):
//
//   Skype for Business 2016 16.0.7766.2099
//   Status: Pending install
//
// Only a state key (Status, Install state, Deployment status, Installed …)
// or a line that is nothing but the state counts: "Teams: not installed yet"
// speaks of another product. States that leave the item installed
// (Installed, Running, Scheduled for upgrade, Available) are not read here.

import { STATE_KEY_WORDS, stateOpens, stateSaysNotThere } from './state-clause.ts';

/** Words before "status" / "state" that keep the key the item's own ("Device install status", "Deployment state"). */
const KEY_WORDS = '(?:(?:device|deployment|install(?:ation)?|update|app(?:lication)?|client|job|delivery|enforcement|evaluation|compliance|resolved|current|overall|last)\\s+){0,3}';

/** A state key, in the languages of the engine's other state lists. */
const STATE_KEY =
  `(?:${KEY_WORDS}(?:status|state)|result|ergebnis|résultat|resultado|результат|event|ereignis|événement|событие|installation\\s+state|(?:installations|bereitstellungs|verteilungs|installation\\s?)?(?:status|zustand)|état(?:\\s+(?:de\\s+l'installation|du\\s+déploiement))?` +
  `|estado(?:\\s+de\\s+(?:la\\s+)?instalación)?|stato|(?:статус|состояние)(?:\\s+(?:установки|развертывания|развёртывания))?|(?:is\\s+)?installed|installiert|установлен[оа]?` +
  // A change record's outcome ("Implemented: no – postponed", red-team round 372).
  `|implemented|umgesetzt|implementiert|durchgeführt|выполнено|реализовано|внедрено|implementado|aplicado|réalisé|mis en œuvre)`;

/** A value that says the install is not (yet) there: pending, under way, failed, taken away, or a plain "no". */
const NOT_THERE_VALUE =
  '(?:pending(?:[ -]install(?:ation)?)?|install(?:ation)?\\s+(?:pending|failed|in\\s+progress)|not\\s+(?:yet\\s+)?installed|notinstalled|failed|error|uninstalled|removed|deinstalliert|entfernt' +
  '|downloading|download(?:ing)?\\s+in\\s+progress|in\\s+progress|waiting\\s+(?:for|to)\\s+install|awaiting\\s+(?:install(?:ation)?|deployment|reboot|restart)|(?:pending|awaiting)\\s+(?:reboot|restart)' +
  '|(?:restart|reboot)\\s+(?:pending|required)|queued|(?:noch\\s+)?nicht\\s+installiert|(?:installation|neustart)?\\s*ausstehend|fehlgeschlagen|non\\s+installé|échec|en\\s+attente(?:\\s+d.installation)?' +
  '|no\\s+instalado|pendiente(?:\\s+de\\s+instalación)?|fallido|(?:ещё\\s+|еще\\s+)?не\\s+установлен[оа]?|ожидает\\s+(?:установки|перезагрузки)|ошибка(?:\\s+установки)?|удал[её]н[оа]?|в\\s+очереди' +
  '|available|verfügbar|disponible|доступн[оа](?:\\s+для\\s+установки)?|download\\s+queued|queued\\s+for\\s+download|ожидает\\s+загрузки|not\\s+applicable|update\\s+available|past\\s+due|not\\s+deployed' +
  '|postponed|deferred|on\\s+hold|scheduled(?!\\s+(?:for|to)\\b)|geplant|запланировано|planifiée?|programad[oa]|cancell?ed|rolled\\s+back|not\\s+started|verschoben|zurückgestellt|abgebrochen|storniert|nicht\\s+durchgeführt|reportée?|annulée?|отложен[оа]?|отмен[её]н[оа]?|aplazad[oa]|pospuest[oa]|cancelad[oa]' +
  '|false|no|nein|нет|non)';

/** A line that is nothing but the state ("Not installed yet", «Ещё не установлен», "> is not installed yet"). */
const STATE_ALONE =
  '(?:(?:it\\s+)?(?:is|was)\\s+)?(?:not\\s+(?:yet\\s+)?installed(?:\\s+yet)?|pending\\s+install(?:ation)?|install(?:ation)?\\s+(?:pending|failed)|(?:noch\\s+)?nicht\\s+installiert|installation\\s+(?:ausstehend|fehlgeschlagen)' +
  '|(?:ещё\\s+|еще\\s+|пока\\s+)?не\\s+установлен[оа]?(?:\\s+(?:ещё|еще))?|pas\\s+encore\\s+installé|non\\s+installé|todavía\\s+no\\s+instalado|no\\s+instalado)';

/**
 * From the line's first character that is no blank: quote marks and list bullets, then the state key, a colon and a
 * not-there value ending a word; or the state alone, ending the line (a full stop or "!" may close it).
 */
/** A log's time or date before the state ("22:07 Result: FAILED", "[2017-02-03] Status: …"). */
const STAMP = '(?:\\[?\\d{1,4}(?:[-./:]\\d{1,4})+(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?\\]?\\s+)?';

const STATUS_BELOW = new RegExp(
  `(?:>\\s*)*(?:[-*•]\\s+)?${STAMP}(?:(?:error|fehler|erreur|ошибка)\\s+0x[0-9a-f]{8}(?![\\p{L}\\d])|${STATE_KEY}\\s*[:：=]\\s*${NOT_THERE_VALUE}(?![\\p{L}\\d])|${STATE_ALONE}[.!]*\\s*$)`,
  'iuy',
);

const STATE_CHANGE = /→|->|=>/;
/** A line of words opens with a letter (most lines below a build are rows, logs and dates). */
const LETTER_FIRST = /^\p{L}/u;
const WORDS = /\S\s+\S/;
const LABEL_OR_BUILD = /[:：\t|]|\d+\.\d+\.\d+/;

/** A failed install said first, its verb before «не удалось» ("could not install"). */
const FAILED_OPENING = /^(?:установить|поставить|обновить)\s+не\s+удалось/iu;

/** A state key and its colon, whose value the words of another state may fill ("Status: noch nicht verteilt, …"). */
const STATE_KEY_ONLY = new RegExp(`(?:>\\s*)*(?:[-*•]\\s+)?(?:${STATE_KEY}|${STATE_KEY_WORDS})\\s*[:：=]\\s*`, 'iuy');

/**
 * Whether input[first, lineEnd) (first: the line's first character that is no blank) says the install of the item on
 * the line above is not there; `written`: that item was written by hand (a client named, a build alone) on a line of
 * prose or a log's, under which a line of words that opens with the state says it too.
 */
export function isStatusBelow(input: string, first: number, lineEnd: number, written = false): boolean {
  // A state is short: a long line is a sentence of its own.
  if (lineEnd - first > 80) return false;
  const line = input.slice(first, lineEnd);
  // (A change of state says what it is now last: "State: In Progress → Resolved".)
  if (STATE_CHANGE.test(line)) return false;
  STATUS_BELOW.lastIndex = 0;
  if (STATUS_BELOW.test(line)) return true;
  // The words of another state after a state key (state-clause.ts): "Statut : reportée, pas encore déployée".
  STATE_KEY_ONLY.lastIndex = 0;
  if (STATE_KEY_ONLY.test(line) && stateSaysNotThere(line.slice(STATE_KEY_ONLY.lastIndex))) return true;
  // A line that opens with such words, the item above its subject: "wurde NICHT installiert – Fehler 30125-1011.",
  // "not installed anywhere yet", «установить не удалось, ошибка 30088-26».
  // A caret's comment on the line above: "^ this is the version we will push on Monday, not installed anywhere yet".
  if (line.charCodeAt(0) === 94 /* ^ */ && stateSaysNotThere(line.slice(1))) return true;
  // A reply that takes the item above back: "no, that's the target from the wiki, not installed", "no, that's the Outlook
  // build", "Nein, das ist die Zielversion", «нет, это целевая версия».
  RETRACTION.lastIndex = 0;
  if (written && RETRACTION.test(line)) {
    const rest = line.slice(RETRACTION.lastIndex);
    if (RETRACTED_AS.test(rest) || stateSaysNotThere(rest)) return true;
  }
  // (Not a label of its own, "Geplant:", "Rollback: not required", nor a line with a build of its own, "Rolled back from 16.0.x";
  // and words, not one: a word alone is a grid's next cell as well, which isStateAlone reads under a build alone.)
  // (Only under an item written by hand in a line of prose or a log's, a client named or a build alone: a tool's lines
  // and a table's rows below its own are their own.)
  return written && LETTER_FIRST.test(line) && !LABEL_OR_BUILD.test(line) && WORDS.test(line) && (stateOpens(line) || FAILED_OPENING.test(line)) && stateSaysNotThere(line);
}

/** A reply's "no" and what it says the item above is: "no, that's …", "nope – it's …", "Nein, das ist …", «нет, это …». */
const RETRACTION = /(?:>\s*)*(?:no|nope|nah|nein|non|нет|ні)\s*[,.:–—-]\s*(?:that['’]?s|that is|this is|it['’]?s|it is|das ist|das war|c['’]est|это|то)(?![\p{L}])/iuy;
/** …another product's build, a target or a plan, a page's example: not the user's client. */
const RETRACTED_AS = /(?<![\p{L}])(?:outlook|word|excel|exchange|teams|windows|office build|office version|target|the plan|planned|wiki|docs|kb|example|ziel\p{L}*|geplant\p{L}*|outlook-build|целев\p{L}*|план\p{L}*|пример)(?![\p{L}])/iu;

/** The end of a threshold wrapped onto the next line ("Skype for Business 16.0.6920.1000" / "or later", "以降が必要です。"). */
const THRESHOLD_BELOW = /(?:>\s*)*(?:(?:or|and) (?:later|newer|higher|above)|oder (?:höher|neuer)|und (?:höher|neuer)|или (?:новее|выше)|и (?:новее|выше)|ou (?:ultérieure|supérieure)|o (?:posterior|superior)|以降|以上|或更高)(?=\s*(?:$|[.,;:!(（]|(?:is|are|required|needed|erforderlich|notwendig|требуется|необходим)(?![\p{L}])|が|です))/iuy;

/** The same, the rest of a sentence after it ("or later when the mailbox is hosted in Exchange Online."), and a requirement's note. */
const THRESHOLD_BELOW_SENTENCE = /(?:>\s*)*(?:(?:or|and) (?:later|newer|higher|above)\s|oder (?:höher|neuer)\s|ou (?:version )?(?:ultérieure|supérieure)\s|o (?:posterior|superior)\s|или (?:новее|выше)\s|\(\s*(?:requirement|required|minimum|mindestens|erforderlich|requis|requerido|требование|минимум)(?![\p{L}]))/iuy;
/** A threshold's first word ending the line above ("… 16.0.6920.1000 oder" / "höher wird benötigt."). */
const OR_ENDING = /(?:^|\s)(?:or|and|oder|und|ou|o|или|и|або)\s*$/iu;
/** The rest of such a threshold opening the line below. */
const LATER_OPENING = /(?:>\s*)*(?:later|newer|higher|above|höher|neuer|(?:version )?ultérieure|supérieure|posterior|superior|новее|выше|новіша|пізніша)(?![\p{L}])/iuy;

/** A release note's first line under its build: "- Fixed an issue where …", "- We fixed …", "Behoben: …", «Исправлено: …». */
const RELEASE_NOTE_BELOW = /(?:>\s*)*(?:[-*•]\s+)?(?:(?:we\s+)?fixed\s+(?:an?\s+|the\s+)?(?:issue|bug|problem)|(?:we\s+)?resolved\s+an?\s+issue|this\s+(?:update|release|build)\s+(?:fixes|includes|contains|resolves)|fixes\s*[:：]|(?:behoben|корректировки|исправлено|corrigé|corregido)\s*[:：]|(?:wir\s+haben\s+)?ein(?:en)?\s+(?:fehler|problem)\s+behoben)/iuy;

/** Whether input[first, lineEnd) opens a release note: the build above is a release's, listed by an update history. */
export function isReleaseNoteBelow(input: string, first: number): boolean {
  RELEASE_NOTE_BELOW.lastIndex = first;
  return RELEASE_NOTE_BELOW.test(input);
}

/**
 * Whether input[first, lineEnd) opens with the end of a threshold whose build is on the line above
 * (input[aboveStart, aboveEnd)): "or later", "oder höher (Exchange Online)", "höher wird benötigt." under a line that
 * ends in "oder"; under a threshold in force (`thresholdAbove`) also "or later when the mailbox is …" and
 * "(requirement for on-premises mailboxes)".
 */
export function isThresholdBelow(input: string, first: number, lineEnd: number, aboveStart = 0, aboveEnd = 0, thresholdAbove = false): boolean {
  if (lineEnd - first > 80) return false;
  const line = input.slice(first, lineEnd);
  THRESHOLD_BELOW.lastIndex = 0;
  if (THRESHOLD_BELOW.test(line)) return true;
  // (The sentence's rest only under a threshold in force: "Or later we check Outlook too." under a client's build is prose.)
  THRESHOLD_BELOW_SENTENCE.lastIndex = 0;
  if (thresholdAbove && THRESHOLD_BELOW_SENTENCE.test(line)) return true;
  LATER_OPENING.lastIndex = 0;
  return aboveEnd > aboveStart && LATER_OPENING.test(line) && OR_ENDING.test(input.slice(Math.max(aboveStart, aboveEnd - 12), aboveEnd));
}
