import { CLICK_TO_RUN, FOREIGN_LABEL, OFFICE_LABEL, WINDOWS_BUILDS, mentionsIn, spacedLine, type Mention, type MentionKind } from './evidence.ts';
import { encodedSpaceAt } from './spaced-line.ts';
import { boundsARange } from './range-bound.ts';
import { cellSaysGone, columnOwner, isStateAlone, VerticalRun } from './vertical-run.ts';
import { clauseAround, partAround, presentStateFrom } from './clause-around.ts';
import { speaksOfElsewhere } from './elsewhere-line.ts';
import { speaksOfWhatWouldBe, speaksUnsure } from './hypothetical-clause.ts';
import { speaksUnreadLanguage } from './unread-clause.ts';
import { plainLabels } from './markup-labels.ts';
import { installStateOpens, notThereLater, notThereNow, saysTakenAway, stateOpens, stateSaysNotThere } from './state-clause.ts';
import { bracketSaysGone, speaksOfThePast } from './past-clause.ts';
import { BATCH_LABELS, CLAUSE_NEGATIONS, COMPARISONS, NEXT_ONLY, PENDING_PHRASES, SERVER_ROLES } from './phrases.ts';
import { asciiWordIndexAt, isAsciiWordAt } from './ascii-word.ts';
import { isBlank, lastNonBlank } from './blank.ts';
import { rowKey, sameRowOwner } from './row-key.ts';
import { STATE_AFTER, STATE_CELLS, STATE_EITHER, STATE_RESTART } from './install-states.ts';
import { EXCLUDED_CLIENT, Headings, isPlanCell, isPromptLine, LEFT_OUT_WORD, LOG_DIGITS, messageHeaderLength, ORDER_LABEL, ORDER_WORD } from './headings.ts';
import { BLOCK_KEPT, NO_RECORD, type AppNote, type BlockState, type RecordState } from './part-state.ts';
import { isRecordLine, productNameValueAt } from './record-line.ts';
import { isReleaseNoteBelow, isStatusBelow, isThresholdBelow } from './status-below.ts';
import { isCorrectionBelow } from './correction-below.ts';
import { USER_SCAN_LIMIT, findUserIn, nthUserIn } from './find-user.ts';
import { AGENT_PRODUCTS, familyOfAgent, familyOfNumber, type AgentProduct } from './families.ts';
import { CSV_HEADER, emptyPrerequisiteState, notePropertyRead, readInlineSwitch, readPrerequisite, readsTableLine, SWITCH_NAME, TABLE_HEADER, type PrerequisiteState } from './prerequisites.ts';
import { blockedPolicies, serverSwitches } from './server-switches.ts';
import { THRESHOLDS } from './thresholds.ts';
import { type FamilyId, type Finding, type FindingSource, type Message, type Prerequisite, type ScanContext, type ScanResult, type Summary, type Unrecognized, type Verdict } from './types.ts';
import { effective, judge, UNCONFIRMED_REASON_KEYS, type Evidence, type Judgement, type ServerSwitches, type Thresholds } from './verdict.ts';
import { emptyLocationCounts } from './verdict-counts.ts';
import { canonicalPart, type Parts } from './version.ts';
import { whyNotABuild, whyNotARun } from './why-not-a-build.ts';

// One pass over the text: indexOf finds every dot (ASCII or full-width) with
// a digit on each side, which makes a dotted run of digits, and the line
// breaks. A run right after a client agent token ("OC/", "UCCAPI/", however
// the log encoded the space or the slash) is decided on the spot. Any other
// run that could be a client build by its number waits for the end of its
// line, where the words on the line decide whether it is a client at all
// (docs/evidence.md): another product's name, an Office app, a quoted
// threshold or a foreign version label defeat it; a client name, an About
// dialog, a client registry value or a build standing alone in its cell
// confirm it; anything weaker keeps it from "eligible". A line that names
// nothing takes the word of the record it is part of or the headings above
// it (headings.ts). Lines without such a run cost a few indexOf calls, and
// each line's words are read at most once, so time stays linear.

const NON_ASCII_RUN = /[^0-9.]/;

/** The client's name, and its abbreviations, as a pattern's source: the patterns below that look for it near a build. */
const CLIENT_NAMES = 'skype|lync|sfb|s4b|скайп';
/** A client's name anywhere in a short stretch ("Skype for Business version 1509 build 6001.1038"), or on a line (goneBelow). */
const CLIENT_NAME = new RegExp(CLIENT_NAMES, 'i');
/** Rows after a client registry value's row that may still leave the client out. */
const ROW_EXCLUSION_REACH = 6;
/** Characters of such a line read for an exclusion. */
const ROW_EXCLUSION_LIMIT = 400;
/** An app's own ExcludedApps key, not the suite's. */
const APP_OWN_EXCLUSION = /(?:visio|project|skype|lync|access|publisher)\w*\.excludedapps/i;
/** Now, after a past phrase: the build after it is the one installed. */
const NOW_WORD = /(?<![\p{L}\d])(?:now|currently|сейчас|теперь|jetzt|aktuell|nun|maintenant|actuellement|ahora|actualmente)(?![\p{L}\d])/iu;
/** A mailbox location in brackets right after a build: what a threshold in force is for. */
const LOCATION_AFTER = /^\s*[(（]\s*(?:exo\b|exchange online|online\b|on-?prem|on-premises|lokal|локальн|local)/i;
/** A Click-to-Run product ID without a Skype for Business client. */
const NO_CLIENT_PRODUCT_ID = /(?<![\w])(?:homebusiness|homestudent|personal|o365homeprem|standard20)\w*(?:retail|volume)(?![\w])/i;
/** A client's name (and its year) right before "build": "Skype for Business build 6965.2058", «Скайп для бизнеса сборка …». */
const CLIENT_BEFORE_BUILD = /(?:skype for business|skype für business|skype entreprise|skype empresarial|skype per business|skype dla firm|skype для бизнеса|скайп для бизнеса|sfb|lync)(?:\s+20\d\d)?(?:\s+client)?(?:\s+is)?(?:\s+on)?[\s,]*$/i;
/** The client's name in the row's cell before a "Build:" cell ("Skype for Business 2016 | Build: 7167.2060"). */
const CLIENT_CELL_BEFORE = /(?:skype for business|skype für business|skype для бизнеса|скайп для бизнеса|sfb|s4b|lync)(?:\s+20\d\d)?\s*[|;\t]\s*$/i;
/** The client's name, and only a dash or a colon, right before a two-part build: "S4B 6965.2058", «скайп — 8067.2115». */
const CLIENT_RIGHT_BEFORE = /(?<![\p{L}])(?:skype(?: for business| для бизнеса)?|скайп\p{L}*|sfb|s4b|lync(?: 2013)?)\s*(?:[:=—–-]\s*)?$/iu;

/** Whether the two-part run input[at, end) has an Office build's shape: a four- or five-digit build, a four- or five-digit revision. */
function officeBuildRun(input: string, at: number, end: number): boolean {
  const dot = input.indexOf('.', at);
  if (dot < 0 || dot >= end) return false;
  const build = dot - at;
  const revision = end - dot - 1;
  return (build === 4 || build === 5) && (revision === 4 || revision === 5);
}

/** The client named right after an About build typed without its label: "Build 6769.2017 in Skype's About box". */
const CLIENT_AFTER_BUILD = new RegExp(`^\\s*(?:[,—–-]\\s*(?:это|that['’]?s|that is|das ist|c['’]est)\\s+)?(?:in|from|of|im|в|из)\\s+(?:the\\s+|my\\s+|our\\s+)?(?:${CLIENT_NAMES})(?!\\p{L}*\\s+server)`, 'iu');
/** How far before a two-part build a sentence that names the client and its build may start (TYPED_BUILD). */
const TYPED_BUILD_REACH = 72;
/** The client, then its build's word and the build: "my Skype for Business build is …", "Skype: I am on build …". */
const TYPED_BUILD = new RegExp(`(?:${CLIENT_NAMES})(?!\\p{L}*\\s+server)[^.!?\\r\\n]{0,32}?(?<![\\p{L}])(build|сборк[аеуи])(?:\\s+(?:is|number|no\\.?|номер))?\\s*[:=]?\\s*$`, 'diu');
/** An Office version label in brackets after a build: "6965.2058 (Version 1605)". */
const VERSION_LABEL_AFTER = /^\s*[(（]\s*(?:version|versión|versione|версия|v\.?)\s*(?:1[5-9]|2\d)(?:0[1-9]|1[0-2])\s*[)）]/i;
/** The client, then a label's sign right before the build: "SfB client = ", "Skype for Business: ". */
const CLIENT_THEN_VALUE = new RegExp(`(?:${CLIENT_NAMES})(?!\\p{L}*\\s+server)[\\p{L} ]{0,24}\\s*[:=]\\s*$`, 'iu');

/**
 * Whether input[end - 4, end) is an Office version label (YYMM, 1509 to 2912) standing as a number of its own. 2010 to
 * 2012 are also products' years ("Lync 2010 build …"): only with a version label before them.
 */
function officeVersionBefore(input: string, lineStart: number, end: number): boolean {
  const at = end - 4;
  if (at < lineStart || (at > lineStart && (isAsciiDigit(input.charCodeAt(at - 1)) || input.charCodeAt(at - 1) === 46 || isLetter(input.charCodeAt(at - 1))))) return false;
  for (let i = at; i < end; i++) if (!isAsciiDigit(input.charCodeAt(i))) return false;
  const year = Number(input.slice(at, at + 2));
  const month = Number(input.slice(at + 2, end));
  if (year === 20 && month >= 10 && month <= 12 && !VERSION_WORD_BEFORE.test(input.slice(Math.max(lineStart, at - 12), at))) return false;
  return year >= 15 && year <= 29 && month >= 1 && month <= 12 && !(year === 15 && month < 9);
}

const VERSION_WORD_BEFORE = /(?:version|versión|versão|versione|версия|ver\.?)\s*$/i;

/** Words that stand before the build in a localised Office About dialog: "(Build 6965.2058 Click-to-Run)". */
const ABOUT_KEYWORDS = [
  'build', // en, de, fr, it, nl
  'сборка', // ru
  'збірка', // uk
  'compilación', // es
  'compilacion',
  'compilação', // pt
  'kompilacja', // pl
  'sestavení', // cs
  'derleme', // tr
  'ビルド', // ja
  '빌드', // ko
  '内部版本', // zh-CN
  '組建', // zh-TW
  'koontiversio', // fi
  'البنية', // ar
  'รุ่น', // th
  'bản dựng', // vi
];
const ABOUT_LOOKBACK = 16;
const AGENT_LOOKBACK = 12;
const COMMENT_LIMIT = 200;
/** How far a "needs … / at least …" phrase may stand before a quoted threshold, and "… or later" after it. */
const THRESHOLD_BEFORE = 48;
/** A comparison in code: PowerShell's -lt … -ge, and <, <=, >, >= between operands (a lone "<" or ">" spaced, not a tag's "(1)>"). */
const COMPARISON = /(?:^|[\s(])-(?:lt|le|gt|ge|eq|ne)\b|[\w)\]'"]\s+[<>]=?\s*(?:[['"(\d]|[a-z][\w ]{0,30}\()|[<>]=\s*[['"(\d]/i;
/** Characters before a run read for a program file's name, and around it for a comparison (bounded: linear). */
const FILE_LOOKBACK = 120;
const COMPARISON_LOOKBACK = 48;
/** A client version policy rule's operator and action, as rule lists write them ("| OC | 16.0.6920.1000 | LT | Block |"). */
const RULE_WORDS = /(?<![\w-])(?:LT|LE|GT|GE|EQ)(?![\w-])|(?<![\w-])(?:BlockWithUrl|AllowWithUrl|Block|Allow)(?![\w-])/;
/** Characters, and words, between a server role and the client's name it qualifies ("FE pool Lync"; "Edge Server logs show Skype …" is a sentence). */
const ROLE_GAP = 40;
const ROLE_GAP_WORDS = 1;
/** Extensions of files whose names may hold a build ("configuration-16.0.17928.20114.xml"). */
const FILE_EXTENSIONS: ReadonlySet<string> = new Set(['xml', 'exe', 'msi', 'msp', 'cab', 'zip', 'log', 'txt', 'json', 'cmd', 'bat', 'ps1', 'dat', 'csv', 'img', 'iso', 'intunewin', 'msix', 'appx', 'appv']);
/** The attribute of an ODT configuration's `<Add>` that names the build to install. */
const ODT_VERSION = 'version';

/** Extensions of program files, whose names own the versions after them. */
const PROGRAM_EXTENSIONS = ['dll', 'exe', 'sys', 'ocx', 'drv', 'cpl'];

/** Whether input[at, at + 3) is a program file's extension, in any case. */
function isProgramExtension(input: string, at: number): boolean {
  const a = input.charCodeAt(at) | 0x20;
  const b = input.charCodeAt(at + 1) | 0x20;
  const c = input.charCodeAt(at + 2) | 0x20;
  for (const e of PROGRAM_EXTENSIONS) if (a === e.charCodeAt(0) && b === e.charCodeAt(1) && c === e.charCodeAt(2)) return true;
  return false;
}

/** Letters, digits, "_" and "-": a file name's characters. */
function isFileNameChar(c: number): boolean {
  return isLetter(c) || isAsciiDigit(c) || c === 95 || c === 45 || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
}
/** The end of a clause between a build and a threshold phrase that is another build's (a table's cell break too). */
// (Not the dash before a product's language in Programs and Features: "Skype for Business - en-us 16.0.x".)
/** Between a build and the product it is said to be: " — это ", ", that's ", " is the ", " (das ist ". */
/** Between a build and the app it was read from: "shown in", "from", "lu dans", "lo leí en", «из окна «О программе»». */
const READ_FROM_APP = /^(?:[^()（）\r\n]{0,40}[)）])?[\s)）]*(?:(?:32|64)[- ]?(?:bit|bits|разрядн\p{L}*)\s*)?[—–,:(（-]?\s*(?:(?:это|that['’]?s|it['’]?s|it is|is|c['’]est)\s+)?(?:(?:shown|seen|read|copied|taken|taken from|as shown|lu|vu|copié|leído|lo leí|visto|gelesen|kopiert|angezeigt|abgelesen|взял|взято|скопировал|смотрел|посмотрел)\s+)?(?:in|from|dans|de|en|aus|im|in der|из|в)\s+(?:(?:the|l['’]|la|le|el|dem|der|окна|окне)\s*)?(?:(?:about|«?о программе»?|à propos|acerca de|info)\s+(?:(?:window|dialog|box|de|von|окна)\s+)?)?(?:microsoft\s+)?$/iu;
const SAID_TO_BE = /^[\s)）]*(?:(?:32|64)[- ]?(?:bit|bits|разрядн\p{L}*)\s*)?[—–,:(（-]?\s*(?:это|that['’]?s|that is|it['’]?s|it is|is|das ist|ist|c['’]est)\s+(?:(?:the|a|an|ein|eine|le|la|mein|my|наш|мой)\s+)?(?:microsoft\s+)?$/iu;
/** A server's own agent token, or its internal namespace, right before a web token: "RTCC/7.0.0.0 ", "Microsoft.Rtc.Internal.". */
const SERVER_AGENT_BEFORE = /(?:rtcc\/[\d.]+(?:\s|\+|%20)*(?:[\w.-]+\/[\d.]+(?:\s|\+|%20)*)?|rtc\.internal\.)$/i;
/** A query's comparison operator right before a quoted value: OData's "ge", PowerShell's "-ge", "<=" (not "=": a record's value). */
const QUERY_COMPARISON_BEFORE = /(?:(?<![\p{L}])-?(?:ge|gt|le|lt|eq|ne)|[<>]=?)\s*$/iu;
const CLAUSE_BREAK = /[;,.!?]\s|[;,；，。、\t]| - (?![a-z]{2}-[a-z]{2}(?![\w-]))| — | \| /;
const CLAUSE_BREAK_ALL = new RegExp(CLAUSE_BREAK.source, 'g');
/** How far CLAUSE_BREAK reads past its match (the " - " lookahead: "en-us" and one more character). */
const CLAUSE_BREAK_LOOKAHEAD = 6;

/**
 * CLAUSE_BREAK.test(line.slice(from, to)), reading only up to the first break after `from` and the last few characters
 * before `to` (not the whole stretch): a break well inside the stretch is the same break in the whole line.
 */
function clauseBreakBetween(line: string, from: number, to: number): boolean {
  if (to - from <= 64) return CLAUSE_BREAK.test(line.slice(from, to));
  CLAUSE_BREAK_ALL.lastIndex = from;
  const m = CLAUSE_BREAK_ALL.exec(line);
  if (m !== null && m.index + m[0].length + CLAUSE_BREAK_LOOKAHEAD <= to) return true;
  // A break the stretch's end cuts short reads differently there: read its end as the stretch has it.
  return CLAUSE_BREAK.test(line.slice(Math.max(from, to - 12), to));
}
/** A label that calls the build right after it the client's: "Client:", "Клиент:", «клиент отправителя», "client build". */
// (Or "is", a dash, and the person whose client it is: "the client is 16.0.x", «клиент — 16.0.x», "der Client bei Frau Becker 16.0.x".)
const CLIENT_LABEL_BEFORE = /(?<![\p{L}])(?:(?:sender(?:'s)?\s+|recipient(?:'s)?\s+)?(?:client|cliente|klient)s?(?:\s+(?:build|version))?|клиент(?:а|ы)?(?:\s+(?:отправителя|получателя|пользователя))?|(?:сборка|версия)\s+клиента|クライアント(?:は|の(?:バージョン|ビルド)は?)?)(?:\s+(?:bei|of|de|у)(?:\s+\p{Lu}[\p{L}.'’-]*){1,2}|\s+(?:del usuario|de l['’]utilisateur|des benutzers|of the user|dell['’]utente|do usuário|użytkownika))?\s*(?:[:=—–-]|(?:is|ist|es|est|en|auf|at|on|na|w|in)(?![\p{L}]))?\s*$/iu;
/** A Skype or Lync server named on the line: its "client" is the Skype client («Сервер Skype для бизнеса», "Servidor Skype", "SfB-Server"). */
const SKYPE_SERVER_NAMED = /(?:skype(?: for business| empresarial| entreprise| dla firm| per le aziende| für unternehmen)?|sfb|s4b|lync)[\s-]server|(?:сервер|servidor|serveur|serwer)\s+(?:skype|lync)/i;
/** Between a client registry value's name and its build: quotes, ":", "=", blanks and a reg query type. */
const REGISTRY_VALUE_GAP = 24;
/** How far back from a registry value's build a clause break is looked for; a break with a word after it. */
const REGISTRY_CLAUSE_REACH = 160;
const OWN_CLAUSE_GAP = /[;:,]\s*\p{L}{2,}/u;
// (Or a verb of the command's output: "(Get-ItemProperty …).VersionToReport вернул 16.0.x", "… returned 16.0.x".)
// (Also a table's cells: "…\\VersionToReport | REG_SZ | 16.0.x", red-team round 310.)
// (And a sentence's verb: "VersionToReport is still 16.0.x", "… /v VersionToReport => 16.0.x", red-team round 324.)
const REGISTRY_VALUE_SEPARATORS = /^["']?\s*(?:[:=;,]|=>|->|→|⇒|is(?:\s+(?:still|now))?|still|ist(?:\s+(?:noch|jetzt))?|est(?:\s+toujours)?|\|\s*REG_SZ\s*\||REG_SZ|returned|returns|shows|gives|вернул[аио]?|возвращает|показывает|показал[аио]?|liefert|lieferte|renvoie|a renvoyé)?\s*["']?$/i;

/**
 * Between two builds of a list of users: a comma, semicolon or slash, then one or two words (a name); not another
 * build's label ("MSO", "FileVersion").
 */
const LIST_ITEM = /^[\s)\]）]*[,;，、/]\s*(?!(?:mso|file\s*version|fileversion|product\s*version|productversion|version|build|versión|versão|versione|версия|сборка)(?![\p{L}\d]))[\p{L}][\p{L}.'’-]*(?:\s[\p{L}][\p{L}.'’-]*)?\s*[(（]?\s*$/iu;
/**
 * The same with a dash or colon after a capitalised name or a computer's ("Анна — 16.0.x, Йенс — 16.0.y", "Jens: 16.0.x;
 * Klaus: 16.0.y", "FIN-PC647: 16.0.x; FIN-PC648: 16.0.y"), which may carry a note ("Йенс (ИТ): 16.0.y").
 */
const LIST_ITEM_LABELLED = /^[\s)\]）]*[,;，、/]\s*(\p{Lu}[\p{L}\d.'’-]*(?:\s\p{Lu}[\p{L}\d.'’-]*)?)(?:\s*\([^()\d]{1,32}\))?\s*[—–:-]\s*$/u;
/** The same with a user's address or account as the item ("alice@contoso.com — 16.0.x", "CONTOSO\\jens - 16.0.y"). */
const LIST_ITEM_ACCOUNT = /^[\s)\]）]*[,;，、/]\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[\w-]+\\[\w.-]+)\s*(?:[—–:-]\s*)?$/u;
/** A name followed by builds in the plural lists clients: "Skype builds seen this week: 16.0.x, 16.0.y, 16.0.z". */
const BUILDS_LISTED = /^\s*(?:20\d\d\s+)?(?:client\s+)?(?:builds|versions|clients|versionen|сборки|версии|клиенты)(?![\p{L}\d])/iu;
/** Whether input[from, to) ends with a colon (blanks after it allowed). */
function endsWithColon(input: string, from: number, to: number): boolean {
  const c = lastNonBlank(input, from, to);
  return c === 58 || c === 0xff1a;
}

/** A clause's end stronger than a comma: a semicolon, a dash between blanks, a full-width comma, a "but" that turns to another thing. */
const STRONG_CLAUSE_BREAK = /[;；，]|\s[-–—]\s|\s(?:but|aber|mais|pero|ma|mas|но|однако)\s/i;
/** A script's variable assigned right before an agent's quote: "$ua = '". */
const ASSIGNED_BEFORE = /(?:^|[;{]\s*)\$([\w:]+)\s*=\s*['"]$/;
/** A sample's words, in a variable's name or the comment after it. */
const SAMPLE_WORD = /test|sample|example|pattern|regex|dummy|fake|mock|allow|block/i;
/** A query's filter ending right before an agent (its quote between), within QUERY_REACH characters. */
const QUERY_BEFORE = /(?:\b(?:where|and|or|on|when)\s+[\w.[\]"@()-]+\s*(?:=|<>|!=)|-(?:in|matchany|matchall)\s+(?:['"][^'"]*['"]\s*,\s*)+|\s(?:<>|!=|-like|-match|-matchany|-matchall|-contains|-in|-pattern|like|has|has_any|contains|startswith)|\bin\s*\((?:[^()]|\([^()]*\))*|\bfindstr(?:\s+\/\w+)*\s+\/c:|\bgrep(?:\s+-\w+)*|\bselect-string|\s-freetext|@\{\s*(?:add|remove)\s*=|\b(?:countif|charindex|instr|search)\s*\([^()]*|\bbetween(?:\s+['"][^'"]*['"]\s+and)?)\s*['"]$/i;
const QUERY_REACH = 160;
/** A Click-to-Run product ID ("SkypeforBusinessRetail", "ProjectProRetail", "VisioPro2021Volume"). */
const PRODUCT_ID = /(?:retail|volume)$/i;
/** A title's key: a message's subject, a document's or runbook's title, an app's name ("App: Microsoft Visio Plan 2", Intune's; sticky, at the line's first character). */
const TITLE_KEY = /(?:subject|betreff|objet|asunto|oggetto|assunto|onderwerp|temat|тема|title|titel|titre|título|заголовок|runbook|betriebshandbuch|регламент|инструкция|re|aw|wg|fw|fwd|tr|product|produkt|produit|producto|prodotto|продукт|component|komponente|composant|компонент|software|application|app|apps|appname|display\s?name|anzeigename|anwendung|logiciel|aplicación|applicazione|программа|приложение|report|bericht|rapport|informe|отч[её]т)(?:[^\S\r\n]+(?:name|title))?[^\S\r\n]*:/iy;
/** Windows named right before an About "(Build": "Windows 8.1 (Build", "Windows Server 2008 R2 (Build", «Windows 7 (сборка». */
const WINDOWS_LABEL = /windows(?:\s+(?:server\s+)?[\p{L}\d.]+){0,3}\s*[(（]?\s*$/iu;
/** A note's key, read in place (sticky). */
const NOTE_KEY = /[^\S\r\n]*(?:notes?|comments?|remarks?|nb|hinweis|anmerkung|remarque|nota|примечание|комментарий)[^\S\r\n]*:/iy;
/** A list's label right after a client's name: at most two words, then a colon. */
const LIST_LABEL = /^[^\S\r\n]*(?:[\p{L}\d]+[^\S\r\n]*){0,2}[:：]/u;
/**
 * "… on Skype for Business 16.0.x but also on 16.0.y": the same client named for both builds; so "… on FIN-PC647
 * (16.0.x) but also on FIN-PC648 (16.0.y)", and "12 of 40 machines on 16.0.x, the rest still on 16.0.y".
 */
const ALSO_GAP = /^[\s)]*(?:auf\s*)?[,;]?\s*(?:but also|and also|as well as|sondern auch|aber auch|но и|а также|mais aussi|sino también|ale także|ale również|ma anche)(?:\s+(?:on|in|auf|bei|на|в|sur|en|na|w|su))?(?:\s+[\p{L}\d][\p{L}\d.-]*\s*\(?)?\s*$|^[\s)]*[,;]\s*(?:and\s+)?(?:the rest|the others|others|the remaining(?:\s+\d+)?|remaining|\d+(?:\s+(?:machines|pcs|clients|users|devices))?)\s+(?:are\s+)?(?:still\s+)?(?:on|at)\s*$/iu;
/**
 * A list of builds with how many run each, between two of them: "16.0.x (95 users) and 16.0.y", "16.0.x (95), 16.0.y",
 * "16.0.x ×31, 16.0.y", «16.0.x (3 ПК), 16.0.y», "95 × 16.0.x and 412 × 16.0.y": each build its own clients (red-team
 * round 269).
 */
const COUNT_GAP = /^\s*(?:\(\s*\d+(?:\s+\p{L}+)?\s*\)|[×x]\s*\d+(?:\s+\p{L}+)?)\s*(?:[,;]|\s(?:and|und|et|y|и))\s*$|^\s*(?:[,;]|\s(?:and|und|et|y|и))\s+\d+\s*[×x]\s*$/u;
/**
 * A list whose items name their user or computer after the build: "16.0.x (Anna), 16.0.y (Jens)", "16.0.x on FIN-PC647,
 * 16.0.y on FIN-PC648"; a product in the brackets ("16.0.x (SfB),16.0.y (Outlook)") names no user.
 */
const LIST_ITEM_AFTER = /^\s*(?:\((?:\p{Lu}[\p{L}\d .'’\\@_-]{0,30}|\d+\s+(?:users?|clients?|пользовател\p{L}*|benutzer|utilisateurs?))\)|(?:on|auf|на|sur|en|bei)\s+[\p{L}\d][\p{L}\d.-]{1,30})\s*[,;]\s*$/u;
/** A label for the build before a change ("Before: 16.0.x; After: 16.0.y", «Было: x; Стало: y»): the build left. */
const PAST_LABEL = /(?:^|[\s;,(|–—-])(?:before|previous|prior|was|war|было|раньше|ранее|vorher|bisher|avant|antes|anterior|wcześniej|(?:version|versión|versione|versão|версия)\s+(?:précédente|anterior|precedente)|vorherige\s+version|предыдущая\s+версия|previous\s+version|old\s+(?:version|build)|alte\s+version|ancienne\s+version|старая\s+версия)\s*[:=]\s*(?:(?:lync|skype|sfb|скайп)[\p{L} ]{0,24}?(?:\s20\d\d)?\s*)?$/iu;
/** Between a build and another product named right after it: "16.0.x (Outlook)", "16.0.x on SPSE-APP01 (SharePoint …)". */
const PRODUCT_IN_BRACKETS_AFTER = /^\s*(?:(?:on|auf|на|sur|en)\s+(?:[\p{L}\d][\p{L}\d.-]*\s*[(（])?|[(（])\s*$/u;
/** A list item's brackets that name a product, not a user ("16.0.x (SfB), 16.0.y (Outlook)"). */
const PRODUCT_IN_ITEM = /\((?:sfb|s4b|skype|lync|скайп|outlook|teams|office|microsoft|word|excel)(?![\p{L}\d])/iu;
/** Words that label another kind of build, not a user ("target:", "Current:"). */
const BUILD_LABELS: ReadonlySet<string> = new Set(['mso', 'version', 'build', 'fileversion', 'productversion', 'target', 'goal', 'current', 'now', 'installed', 'old', 'new', 'previous', 'planned', 'next', 'latest', 'minimum', 'available', 'verfügbar', 'disponible', 'доступно', 'доступна', 'neu', 'neue', 'nouvelle', 'ziel', 'aktuell', 'objectif', 'cible', 'actuel', 'objetivo', 'actual', 'meta', 'doel', 'mål', 'cel', 'версия', 'сборка', 'цель', 'текущая', 'текущий', 'сейчас', 'было', 'стало', 'pending', 'queued', 'staged', 'offered', 'downloaded', 'ausstehend', 'ожидает', 'en attente']);

/** Whether `gap`, between two builds, goes on to the next user of a list of users and their builds. */
function isListItem(gap: string): boolean {
  if (LIST_ITEM.test(gap) || LIST_ITEM_ACCOUNT.test(gap) || (LIST_ITEM_AFTER.test(gap) && !PRODUCT_IN_ITEM.test(gap))) return true;
  const name = LIST_ITEM_LABELLED.exec(gap)?.[1];
  return name !== undefined && !BUILD_LABELS.has(name.toLowerCase());
}

/** A cell break: what separates a row's cells in CSV, Markdown and tab-separated pastes. */
const CELL_BREAK = /[,;|\t]/;

/**
 * How far after a past phrase its build may stand: a fronted phrase reaches across its comma ("Avant la migration,
 * Skype Entreprise était en 16.0.x"), as long as no other build stands between.
 */
const PAST_BEFORE = 64;

/** Characters read back from a build for the URL it may be part of. */
const URL_LOOKBACK = 200;

/** Past phrases that also mark the build right before them ("15.0.x before the refresh"), and how close they must stand. */
/** A meeting room's device named in an agent's comment ("(Skype for Business Room System)", "(… Rooms)"). */
const ROOM_SYSTEM = /\broom\s?systems?\b|\brooms\b/i;
/** A client's comment ("(Skype for Business)") is shorter than this; a room system's is longer. */
const ROOM_COMMENT_LEAST = 22;
/** Agents in a sentence kept per line, and how far a phrase may stand from one. */
const PROSE_AGENTS_KEPT = 8;
/** A sentence that gives its agent as an example, or says it was looked for and not seen ("No REGISTER with …", "0 registrations from …"). */
const EXAMPLE_OR_ABSENT =
  /(?<![\p{L}])(?:e\.\s?g\.|for example|for instance|example|sample|z\.\s?b\.|zum beispiel|beispiel|beispielausgabe|sample output|example output|exemple de sortie|например|пример|exemplo|exemple|ejemplo|esempio|voorbeeld|przykład|příklad|např\.|například|például|наприклад|not seen|never seen|no (?:register|registrations?|requests?|hits|matches|sign-?ins?)|0 (?:registrations?|matches|hits|requests|sign-?ins?)|nobody|no one|kein(?:e|en)?(?= )|не найден\p{L}*|не встречается|test only|not deployed)(?![\p{L}])/iu;
/** Quotes that open a quotation before an agent in a sentence: „ “ « ‘. */
const OPENING_QUOTES = '„“«‘';
const PROSE_AGENT_REACH = 48;
const USER_AGENT_KEY = /^user-agent$/i;
/** A sentence that opens with a condition: "If you still see OC/… in the log", "Should any REGISTER arrive with …", «Если в логе появится …». */
const CONDITION_FIRST = /^[\s>]*(?:if|wenn|falls|если|si|als|should any|whenever|sobald)(?![\p{L}])(?!\s+(?:(?:it|this|that)\s+helps|you\s+need|needed|das\s+hilft|besoin|нужно))/iu;
const UNINSTALLED_SEPARATORS = ';,|"\'(—–-';
const UNINSTALLED_AFTER = /^[\s;,|"'(—–-]{1,5}(?:uninstalled|removed|deinstalliert|désinstallé|desinstalad|eliminad|disinstallat|rimoss|removid|odinstalowan|usunięt|удал[её]н)/iu;

/** Whether the cell right after a build says it was uninstalled ("16.0.x;Uninstalled 2024-08-30"): looked at only past a separator and a u, r, d or у. */
function uninstalledAfter(input: string, e: number, lineEnd: number): boolean {
  const c = input.charCodeAt(e);
  if (!(c === 59 || c === 44 || c === 9 || c === 32 || c === 124 || c === 34 || c === 39 || c === 40)) return false;
  let i = e;
  while (i < lineEnd && i - e < 5 && (isBlank(input.charCodeAt(i)) || UNINSTALLED_SEPARATORS.includes(input.charAt(i)))) i++;
  const first = input.charCodeAt(i) | 0x20;
  return (first === 0x75 || first === 0x72 || first === 0x64 || input.charCodeAt(i) === 0x443 || input.charCodeAt(i) === 0x423) && UNINSTALLED_AFTER.test(input.slice(e, Math.min(lineEnd, e + 24)));
}
const PAST_AFTER = /^(?:(?:before|until|до|vor|avant|antes)\s|no longer(?:\s|$)|klopt niet meer|sürümünden|は誤り|誤りで|예전 값|ist weg|больше нигде|нигде не осталось|больше не ставили|nirgends mehr|gibt['’ ]?s nirgends mehr|nowhere anymore|no longer anywhere|сдан\p{L}*|списан\p{L}*|went back to stores|returned to stores|(?:was|were|has been|have been|got|wurde|a été|est|ist|был)?\s*(?:uninstalled|removed|deinstalliert|désinstallé|удал[её]н|удалили|снесли|снес[её]н\p{L}*|выпилили|выпилен\p{L}*|убран\p{L}*|убрали|снят с пк|больше нет)|retired|decommissioned|deprovisioned|uninstall succeeded|απεγκαταστάθηκε|dezinstalat\p{L}*|(?:is |ist )?(?:no longer installed|nicht mehr installiert)|n est plus installé|plus installé|больше не установлен|ya no está instalado|non è più installato|não está mais instalado|verwijderd|gedeïnstalleerd|avinstaller\p{L}*|(?:ble |blev )?a[fv]installer\p{L}*|(?:byl )?odinstalován[oa]?|kaldırıldı|(?:було )?видалено|eltávolítva|poistettu|poistettiin|uninstall completed|削除済み|アンインストール完了|已删除|已移除|解除安裝|삭제됨|アンインストール済み|アンインストールしました|已卸载|卸载了|제거 완료|제거됨|제거했습니다)/iu;
const PAST_AFTER_GAP = 3;
/** Or a noun and a verb between ("16.0.x build is no longer on any client", "16.0.x ist weg"). */
const PAST_AFTER_WORDS = /^\s*(?:build|version|сборка|версия|release)?\s*(?:is|was|has been|ist|war|est|был[аио]?|была)?\s*$/i;
const PAST_AFTER_WORDS_REACH = 24;
/**
 * Past phrases that say a build was uninstalled, also from further on in its clause ("Skype for Business 16.0.x wurde
 * am 03.05.2017 deinstalliert", "… 16.0.x eliminado de todos los equipos"), and how far.
 */
const UNINSTALLED_WORD = /^(?:(?:was|were|has been|wurde|is|ist|è stato|è stata|fue|foi|a été) )?(?:uninstalled|removed|deinstalliert|entfernt|désinstallée?s?|supprimée?|desinstalad[oa]|eliminad[oa]|disinstallat[oa]|rimoss[oa]|removid[oa]|odinstalowan[yao]|usunięt[yao]|удал[её]н|удалили|снесли|снес[её]н\p{L}*|verwijderd|gedeïnstalleerd|avinstaller\p{L}*|a[fv]installer\p{L}*|odinstalován[oa]?|kaldırıldı|видалено|eltávolítva|poistettu|poistettiin|アンインストール済み|アンインストールしました|削除済み|已卸载|卸载了)$/iu;
const UNINSTALLED_REACH = 48;
/** A date's day and month in such a clause ("am 03.11."): its dot ends no sentence. */
const DATE_IN_GAP = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{2,4})?/g;
/** A day and month (and year) written with dots: a date, no build. */
const DAY_MONTH = /(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:(?:19|20)\d\d)?/y;
/** Past phrases that say a machine or a device is gone, read before a build only within its sentence when the next says the client is there. */
const RETIRED_BEFORE = /retired|decommission|deprovision|replaced/i;
const SENTENCE_STOP = /[;.!?](?:\s|$)|；|。/;
const STILL_THERE = /(?<![\p{L}])(?:is|are|stays|remains|fine|ok|okay|still|now|runs|works|läuft|bleibt|reste|sigue|остался|осталась|работает)(?![\p{L}])/iu;
/** Past phrases that say something was uninstalled, read before a build only within its clause (pastBefore). */
const UNINSTALL_BEFORE = /uninstall|remov|deinstall|entfernt|désinstall|desinstal|eliminad|disinstall|rimoss|removid|odinstal|usunię|удал|アンインストール|已卸载|卸载|제거/iu;
/** An update rolled back ("After rolling back 16.0.x", «Po wycofaniu aktualizacji 16.0.x»): the build right after it, only. */
const ROLLED_BACK = /rolling back|rolled back|rollback of|backing out|wycofaniu|откат|zurückrollen|rollback von|retour arrière|revertir/iu;
const ROLLED_BACK_GAP = /^[\s:,(]*(?:(?:the\s+)?(?:update|build|version|aktualizacj\p{L}*|обновлени\p{L}*|сборк\p{L}*|верси\p{L}*)\s*)?[:(]?\s*$/iu;
/** Between a range's two ends: a dash, a tilde, "..", "...". */
const RANGE_GAP = /^\s*(?:[-–—~〜～]|\.{2,3})\s*$/;
/** Between an interval's two ends, inside its brackets. */
const INTERVAL_GAP = /^\s*[,;]\s*$/;
/** How many lines below another app's build an About line with the same build is still that app's (a blank line may stand between). */
const APP_NOTE_REACH = 3;
/**
 * A plan said further on in the build's clause, its verb after a date or a group ("Version 1605 (Build …) wird am
 * 10.06.2016 ausgerollt", "… 16.0.x will be rolled out to the pilot group", "— geplant für Ring 2"); looked for only
 * on a line holding a threshold phrase, up to PLANNED_REACH characters.
 */
const PLANNED_LATER = /(?<![\p{L}])(?:(?:is |are )?not (?:yet )?installed|pending install(?:ation)?|wird\s(?:[^;,!?]{0,30}\s)?(?:ausgerollt|verteilt|installiert|bereitgestellt|aktualisiert)|geplant|planned|scheduled|will be (?:deployed|rolled out|installed|pushed)|sera (?:déployée?|installée?)|prévue?|planifiée?|se (?:desplegará|instalará)|será (?:implantad|instalad)[oa]|sarà (?:distribuit|installat)[oa]|verrà (?:distribuit|installat)[oa]|zostanie (?:wdrożon|zainstalowan)[ya]|zaplanowan\p{L}*|запланирован\p{L}*|заплановано|programat\p{L}*|προγραμματισμέν\p{L}*|in programma|in download|a transferir|se descarcă|em curso|în curs|σε εξέλιξη|non (?:ancora )?installato|não instalado|(?:încă )?neinstalat|nu mai este instalat|δεν είναι (?:πλέον )?εγκατεστημένο|já não está instalado|planerad|planerat|planlagt|naplánován[oa]|plánováno|planlandı|tervezve|tervezett|ütemezett|suunniteltu|agendad[oa]|gepland|будет (?:установлен|развернут|раскатан)\p{L}*)(?![\p{L}])|予定|예정|ダウンロード中|다운로드 중|正在下载|未インストール|もうインストールされていません|더 이상 설치되어 있지 않|설치 안 됨|已不再安[装裝]|计划中|（计划）/iu;
const PLANNED_REACH = 64;
const ROW_SEPARATORS = [',', ';', '\t', '|'];
/** A service desk ticket's number (ServiceNow's INC…, RITM…, CHG…): its row's state is the ticket's. */
const TICKET_ID = /(?<![\p{L}\d])(?:INC|RITM|REQ|CHG|PRB|SCTASK|TASK)\d{5,}(?!\d)/u;
/** A script's value right before a build: "$MinBuild = '", "$b = @('", "[version]'", "set MINVER=", "new Version(\"". */
const CODE_VALUE = /(?:(?:\$[\w:.]+\s*=\s*(?:@?\(\s*)?|\[version\]\s*\(?|new\s+version\s*\(\s*|version\s*\(\s*|(?:^|\s)set\s+\w+\s*=\s*|\b[a-z_]\w*\s*=\s*[[({]\s*|\b(?:not\s+)?in\s*[([]\s*)['"]?|(?:\bvalue\s*=\s*|\b[a-z_][\w.]*\(\s*|\$[\w:.]+\s*=\s*)['"])$/i;
/** Between a UCCAPI token and its OC token in another cell: separators, quotes, a backslash, HTML tags. */
const SPLIT_AGENT = /^(?:[\s;,|"'\\]|<\/?t[dh][^>]*>)*$/i;
const SPLIT_AGENT_GAP = 24;
/** A row's status cell that says its install is there: "Installed", "Succeeded", "Compliant", "Erfolgreich", «Установлено». */
const ROW_INSTALLED = /(?:^|[\t;,|])\s*"?\s*(?:installed|installed successfully|succeeded|success|successful|compliant|erfolgreich|installiert|installé|instalado|installato|установлено|установлен|インストール済み|已安装|已安裝|설치됨)\s*"?\s*(?=[\t;,|]|$)/iu;
/**
 * The client's program ran and crashed or hung: an event log's "Faulting application name: lync.exe", "Application Hang",
 * "stopped interacting with Windows", "Skype for Business 16.0.x crashed". The row's level ("Error", «Ошибка») or an
 * "Error:" label then says how the event went, not that the install is missing. So does a process list's "Running" on
 * lync.exe's row (red-team round 274).
 */
/** How far before a build a clause that says it stayed (STILL_CLAUSE) is read, on a row whose states are an update's. */
const STILL_REACH = 32;
/** Right before a build: a person has it ("user has", "she runs", «у пользователя»). */
const USER_HAS_END = /(?:(?<![\p{L}])(?:(?:the\s+)?users?|she|he|they|i)\s+(?:has|have|runs|run|is on|are on|am on|is running)|(?<![\p{L}])у\s+(?:пользовател\p{L}*|него|неё|нее|меня))\s*:?\s*$/iu;
const USER_HAS_REACH = 40;
const CLIENT_RAN = /faulting application|application hang|stopped interacting with windows|lync\.exe\b[^\r\n]{0,160}?(?<![\p{L}])running(?![\p{L}])|(?<![\p{L}])(?:crashed|crashes|keeps crashing|abgestürzt|stürzt ab|a planté|plante|se bloquea|se cierra|упал|падает|вылетает|вылетел|завис\p{L}*)(?![\p{L}])|fehlerhafter anwendungsname|nom de l['’]application défaillante|имя сбойного приложения/iu;
/** A date written with dots, day first: 30.11.2026 (and one test for any, first). */
const DOTTED_DATE = /(?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d(?![\d.])/g;
const DOTTED_DATE_ONE = new RegExp(DOTTED_DATE.source);
/** Another product set against the client before its negation: "Outlook, not SfB", «Outlook, а не …», "Word, SfB isn't". */
/** Between a negation and the client it denies: nothing, or where the build was read ("not from Skype", «не из Skype»). */
const DENIED_GAP = /^\s*(?:(?:from|in|aus|von|im|in|из|в|de|du|dans)\s+(?:the\s+|dem\s+|der\s+)?)?$/iu;
/** Between two products offered as alternatives: "Outlook or Skype", "Outlook's or Skype's", «в Outlook или в Skype», "Word, Excel oder Skype", "Skype のものか Outlook",
 * «из Outlook это или из Скайпа», «то ли в Скайпе, то ли в Excel». */
const EITHER_GAP = /^(?:['’]s)?\s*,?(?:\s(?:это|ли|is it|ist es|one|window|app))?(?:\s(?:or|или|либо|oder|ou|o|lub|of|то ли)\s+|\s*\/\s*)(?:(?:in|from|the|в|из|aus|dem|der|im|von|vom|de|dans)\s+)*$|^\s*(?:のもの|の)?か\s*$/iu;

/** The client named as the alternative of another Office app right beside `owner` (either of the two), else undefined. */
function eitherPartner(owners: readonly Mention[], count: number, owner: Mention, line: string, near: number): Mention | undefined {
  const i = ownerIndex(owners, count, owner, near);
  if (i < 0) return undefined;
  const isClient = isClientKind(owner.kind);
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= count) continue;
    const other = owners[j]!;
    if (isClient ? other.kind !== 'app' : !isClientKind(other.kind)) continue;
    const [a, b] = j < i ? [other, owner] : [owner, other];
    if (b.start - a.end <= 16 && EITHER_GAP.test(line.slice(a.end, b.start))) return isClient ? owner : other;
  }
  return undefined;
}

/**
 * The index of `owner` among the line's first `count` owners, looked for only within a few of index `near` (the run's
 * place among them): a name further away is no neighbour of the run, and a long line must not be searched per run.
 */
function ownerIndex(owners: readonly Mention[], count: number, owner: Mention, near: number): number {
  for (let i = Math.max(0, near - 3); i < Math.min(count, near + 3); i++) if (owners[i] === owner) return i;
  return -1;
}

/** A contrast after a client's build ("…, but …", «…, но …», "…, aber …"), within the line's sentence. */
const BUT_AFTER = /^[^.!?\r\n]{0,40}?(?<![\p{L}])(?:but|however|though|aber|jedoch|doch|но|однако|а вот|mais|pero)(?![\p{L}])[^.!?\r\n]{0,60}$/iu;

/** `client` when an Office app is named after a contrast that follows the client's build at `e`, else undefined. */
function appAfterBut(owners: readonly Mention[], from: number, count: number, client: Mention, line: string, e: number): Mention | undefined {
  for (let j = from; j < Math.min(count, from + 3); j++) {
    const m = owners[j]!;
    if (m.start < e) continue;
    if (m.kind !== 'app') return undefined;
    return m.start - e <= 100 && BUT_AFTER.test(line.slice(e, m.start)) ? client : undefined;
  }
  return undefined;
}

const BOTH_GAP = /^\s+(?:and|und|и|et|y|e|&)\s+$/iu;
const BOTH_AFTER = /^[^.;!?\d]{0,12}?(?<![\p{L}])(?:both|beide|beides|оба|обе|tous (?:les )?deux|ambos|entrambi)(?![\p{L}])/iu;

/** The client named with the app `owner` as two that share a build ("Skype for Business and Outlook both show …"), else undefined. */
function bothPartner(owners: readonly Mention[], count: number, owner: Mention, line: string, near: number): Mention | undefined {
  const i = ownerIndex(owners, count, owner, near);
  if (i < 0) return undefined;
  for (const j of [i - 1, i + 1]) {
    if (j < 0 || j >= count || !isClientKind(owners[j]!.kind)) continue;
    const [a, b] = j < i ? [owners[j]!, owner] : [owner, owners[j]!];
    if (BOTH_GAP.test(line.slice(a.end, b.start)) && BOTH_AFTER.test(line.slice(b.end, b.end + 24))) return owners[j];
  }
  return undefined;
}

const DENIED_AGAINST = /(?<![\p{L}])(?:outlook|word|excel|powerpoint|onenote|visio|project|teams|office|windows|exchange)(?![\p{L}])[^.;!?]{0,12}$/iu;
/** A label's colon right after a word, a build after it ("Pending: 16.0.y", "queued : 16.0.y"). */
const LABEL_OF_BUILD = /^\s?[:：]\s*\d/;
/** Exchange's name (a mailbox column's "Exchange 2016 lokal", "Exchange Server 2019"). */
const EXCHANGE_NAME = /^exchange/i;
/** A table row's cell separator other than a comma. */
const ROW_CELL_BREAK = /[\t;|]/;
/** A rollout's, a wave's or a migration's name, read as a plan (phrases.ts) unless the line says it is finished. */
const PROCESS_NOUNS: ReadonlySet<string> = new Set(['rollout', 'wave', 'waves', 'welle', 'migration', 'deployment of']);
/** A condition or a time to come on the line: its "done" is what must happen first ("… once testing is done", "when the pilot is complete"). */
const PROCESS_LATER = /(?<![\p{L}])(?:once|when|after|until|till|if|before|as soon as|will|sobald|wenn|nachdem|bevor|falls|wird|quand|lorsque|dès que|si|sera|cuando|когда|после того|как только|если|будет)(?![\p{L}])/iu;
/** A process finished: "Rollout abgeschlossen:", "Migration done:", "Wave 1 completed", "Déploiement terminé", "[DONE]", "100 %". */
const PROCESS_DONE =
  /(?<![\p{L}])(?<!(?:not|nicht|noch nicht|не|pas|no|nie|once|when|until|till|sobald|wenn|bis|когда|как)\s)(?:complete|completed|done|finished|closed out|abgeschlossen|fertig|erledigt|ist durch|terminée?|achevée?|завершен\p{L}*|закончен\p{L}*|concluíd\p{L}*|conclu\p{L}*|completad\p{L}*|terminad\p{L}*|went live|live on)(?![\p{L}])|\b100\s?%|✔|✅|\[done\]/iu;

/**
 * Takes out of a line's mentions the names of a rollout, a wave or a migration that the line says is finished ("Rollout
 * abgeschlossen: Skype for Business 16.0.x ist auf allen Geräten installiert"): the build is the one installed now.
 */
function dropFinishedProcesses(mentions: Mention[], input: string, lineStart: number, lineEnd: number): void {
  let process = false;
  for (const m of mentions) if (m.kind === 'threshold-before' && PROCESS_NOUNS.has(m.text.toLowerCase())) process = true;
  if (!process) return;
  const line = input.slice(lineStart, lineEnd);
  if (!PROCESS_DONE.test(line) || PROCESS_LATER.test(line)) return;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k]!;
    if (m.kind === 'threshold-before' && PROCESS_NOUNS.has(m.text.toLowerCase())) mentions.splice(k, 1);
  }
}

/** Compare-Object's SideIndicator of a row only in the reference (old) set, ending the line after the build. */
const REFERENCE_ONLY = /^\s+<=\s*$/;
/** A history entry's date at its line's start: "2016-06-14", "12.07.2016", "06/14/2016". */
const DATED = /^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?![\d.])/;
/** An entry that updates its client to a build: "updated to", "rolled back … to", "superseded by", "aktualisiert auf", «обновлён до». */
const UPDATED_TO = /(?<![\p{L}])(?:updated|upgraded|rolled back|reverted|downgraded|superseded|replaced|aktualisiert|zurückgesetzt|mis à jour|actualizado|atualizado|обновл[её]н\p{L}*|откачен\p{L}*)(?![\p{L}])[^\r\n]{0,60}?(?<![\p{L}])(?:to|by|auf|vers|a|para|до|на)(?![\p{L}])/iu;

/**
 * Whether `line` speaks of the same client on the same machine as `above`: every machine it names stands there too,
 * and so does the client it names (if it names one).
 */
function sameSubject(line: string, above: string, client: Mention | undefined): boolean {
  for (const m of line.matchAll(MACHINE_NAME)) if (!above.includes(m[0])) return false;
  return client === undefined || above.toLowerCase().includes(client.text.toLowerCase());
}

/** A machine's name: "PC-61", "PC-2", "WS-PR-01", "LT0412" (a KB or a service pack looks alike: it only holds a take-back back). */
const MACHINE_NAME = /(?<![\p{L}\p{N}])\p{Lu}{2,}[-_]?(?:\p{Lu}{2,}[-_])?\d+(?![\p{L}\p{N}])/gu;
/** A deployment ring's label at a line's start: "Pilot ring:", "Ring 2:", «Кольцо 1:» (a bracket after it may say its state). */
const RING_LABEL = /^[\s>*•-]*(?:\p{L}+\s+)?(?:ring|кольцо|anneau|anillo|anello)(?:\s*\d+)?\s*[:：]/iu;
/** A change request's or a plan's label at a line's start: the line says what is to come ("Soll:", "Target state:", «Цель:»). */
const PLAN_LINE_LABEL = /(?:e\.\s?g\.|for (?:example|instance),|например,|z\.\s?b\.|(?:example|sample)(?: output)?|proposal|beispiel|пример|приклад|exemple|ejemplo|esempio|exemplo|przykład|příklad|örnek|vorschlag|предложение|soll(?:-?zustand|-?stand)?|ziel(?:zustand|version)?|target(?: state| version)?|future state|desired state|end state|planned|geplant|plan(?:\s+[\p{L}\d-]{1,12}){0,2}|roadmap|zeitplan|to[ -]be|cible|état cible|objetivo|alvo|meta|цель|целевая версия|план|(?:supported|allowed|approved|permitted|zugelassene|unterstützte|freigegebene|поддерживаемые|разрешённые|разрешенные)(?:\s+[\p{L}]+){0,5}?\s+(?:versions?|builds?|versionen|версии|сборки))\s*[:：]/iuy;
/** What is said right after an agent that leaves it no installed client: an uninstall ("… (Skype for Business) uninstalled from VDI gold image"), a time before a rollback, a target ("OC/16.0.x target build for pilot ring"). */
const AGENT_UNINSTALLED = /^[(\s—–→-]*(?:(?:the )?client )?(?:(?:was |has been |wurde |is |ist )?(?:uninstalled|removed|deinstalliert|désinstallé|удал[её]н)|(?:is |ist )?(?:no longer installed|nicht mehr installiert)|target (?:build|version)|before (?:the |our |we )?(?:rollback|roll back|rolled back|downgrade|downgraded|reimage|re-image|reinstall|uninstall|uninstalled|removal|removed))(?![\p{L}])/iu;
/**
 * A row's status cell that says its install is not there: a deployment's state (scheduled, queued, pending, failed,
 * waiting), or not installed, or removed. The whole cell, between separators, quotes or a JSON or XML value's quotes.
 */
/** A status cell's words as a regular expression's alternatives (install-states.ts). */
const STATE_CELL_WORDS = STATE_CELLS.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A status cell's words that say the install is not there (the whole cell, or the segment after a dash or a colon). */
const NOT_THERE = `(?:not installed|not yet installed|notinstalled|nicht installiert|non installé|no instalado|не установлен[оа]?|отсутствует|ошибка(?: установки)?|pending(?: install(?:ation)?| reboot| restart)?|reboot pending|ausstehend|en attente|pendinginstall|pendingreboot|installpending|scheduled|geplant|planned|запланирован[оа]?|queued|staged(?: for next reboot)?|deferred|failed(?: \\(0x[0-9a-f]+\\))?|install(?:ation)? failed|installfailed|fehlgeschlagen|fehler|échec|erreur|error|download in progress|download pending|pending download|downloading|in progress(?: \\(downloading\\))?|en cours(?: d'installation)?|running|wird ausgeführt|läuft|waiting to install|waiting for (?:content|install status)|requirements not met|not detected|nicht erkannt|non détecté|uninstalled|uninstall completed|removed(?: \\d{4}-\\d\\d-\\d\\d)?|retired|sold|verkauft|vendido|vendu|destruido|détruit|verschrottet|entsorgt|gelöscht|restitué|retirado|decomm?issioned|decomm['’]d|disposed|scrapped|stolen|non-active|wiped(?: remotely)?|e-waste|rma['’]?d|außer betrieb|ausgemustert|выведен из эксплуатации|списан|hors service|mis au rebut|dado de baja|deinstalliert|désinstallée?|supprimée?(?: le \\d{1,2}[./]\\d{1,2}[./]\\d{2,4})?|削除済み|eliminad[oa]|удал[её]н[оа]?|target|открыто|installation in progress|awaiting (?:maintenance window|deployment|install(?:ation)?|reboot|restart)|(?:deployment|installation|update|rollout) cancell?ed|cancell?ed by user|annulée?|abgebrochen|отменен[оа]?|rolled back|error 0x[0-9a-f]+|waiting for reboot(?: to start install)?|available|unknown|absent|uninstall|uninst(?:\\.\\.\\.|…)|downloa\\p{L}*(?:\\.\\.\\.|…)|pendiente(?: de instalar)?|未安[装裝]|(?:package |software )?uninstallation|(?:software )?uninstalled successfully|deinstallation(?: erfolgreich(?: abgeschlossen)?)?|désinstallation|desinstalación|disinstallazione|to be installed(?:[^\\t;|]{0,48})?|zaplanowan[yao]|odinstalowan[yao]|сбой|не удалось|unbekannt|обязательно|(?:required|erforderlich|obligatoire|obligatorio|requis)(?!\\s*[(:=])|(?:uninstalled|removed|deinstalliert|entfernt|désinstallée?|удал[её]н[оа]?)(?: (?:on|am|le|el|em))? \\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}|available for enrolled devices|verfügbar für registrierte geräte|disponible pour les appareils inscrits|${STATE_CELL_WORDS})`;
/** The same that name the install itself, and so speak of it whatever follows them in their segment. */
const NOT_THERE_NAMED = '(?:(?:deployment )?planned for|отсутствует|ошибка установки|install(?:ation)? failed|failed to install|not (?:yet )?installed|nicht installiert|не установлен[оа]?|uninstall(?:ed| completed)|removed|deinstalliert|désinstallée?|удал[её]н[оа]?)';
/** A record's line that says its install is not there: a state key and a not-installed value ("InstallState : NotInstalled"). */
const RECORD_NOT_INSTALLED = new RegExp(
  `"?(?:install\\s?state|install(?:ation)?\\s?status|installationsstatus|resolved\\s?state|evaluation\\s?state|status|state|installed|is\\s?installed|состояние|статус|状態|インストール状態|설치 상태|安装状态)"?\\s*[:=：]\\s*"?(?:${NOT_THERE}|false|no|nein|нет|いいえ)"?`,
  'iuy',
);
/** A state's date and time after it: "Geplant 05.12.2026 18:00", "Available 12/05/2026" (red-team round 278). */
const STATE_DATE = '(?:\\s+(?:on|from|ab|am|le|с)?\\s*\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?:\\s+\\d{1,2}:\\d\\d)?)?';
/** How far after an agent its row's status cell is looked for. */
const ROW_REACH = 1024;
const ROW_NOT_INSTALLED = new RegExp(
  `(?:(?:^|[\\t;,|>]| {2,}|[:=]\\s*"|(?:status|state|état|stato|estado|stare|κατάσταση|статус|состояние|installationsstatus|bereitstellungsstatus|état de l'installation|état du déploiement|状態|状态|상태)\\s*[:：])\\s*"?\\s*${NOT_THERE}${STATE_DATE}\\s*"?\\s*(?=[\\t;,|}/<]| {2,}|\\s[—–(-]|$)` +
    `|(?:\\s[—–-]|:)\\s+(?:${NOT_THERE}${STATE_DATE}\\s*(?=[—–(\\t;,|]|\\s-\\s|$)|${NOT_THERE_NAMED}(?![\\p{L}]))` +
    // A cell's date with the state in brackets after it ("…;16.0.x;2018-11-02 (decommissioned)", red-team round 396).
    `|(?:^|[\\t;,|])\\s*"?\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}(?:\\s+\\d{1,2}:\\d\\d)?\\s*[(（]\\s*${NOT_THERE}\\s*[)）]` +
    // A record's flag that the device or the install is gone: "superseded": true, "Obsolete: Yes", decommissioned=1.
    `|(?<![\\p{L}])(?:superseded|decommissioned|retired|obsolete|stale)["']?\\s*[=:]\\s*["']?(?:true|yes|ja|oui|да|1)(?![\\p{L}\\d])` +
    // An element's or a record's own flag: installed="false", "IsInstalled": false.
    `|(?<![\\p{L}])(?:is\\s?)?installed["']?\\s*[=:]\\s*["']?(?:false|no)(?![\\p{L}])` +
    // A Format-Table row's last cell, a single blank before it when its column is full ("… 16.0.x NotInstalled").
    `|(?<=\\d)\\s(?:notinstalled|not installed|failed|available|unknown|absent|queued|downloading|scheduled|installpending|pendingreboot)\\s*$` +
    // Or a middle cell, a single blank after it ("… C2R (16.0.x)   NotInstalled Applicable", CCM_Application, red-team round 338).
    `|(?<=[\\d)]\\s+)(?:notinstalled|installpending|pendingreboot)(?=\\s|$))`,
  'iu',
);
/**
 * A line of a client version policy's rule: its comparison (GEQ, "CompareOp: LEQ", "Match: Older than"), its action
 * ("Action: Allow", "Block with URL"), its keys (UserAgentFullName, "Rules : {…"), its cmdlets, or its name
 * ("client version rule / filter / policy", Clientversionsrichtlinie), in the shell and in the Control Panel.
 */
const RULE_LINE = /(?<![\p{L}])(?:compare(?:op)?\s*[:=]?\s*(?:geq|leq|gtr?|lss|neq|eq|ge|le|lt|gt)|geq|leq|(?:lt|le|gt|ge|eq|neq|lss|gtr)\s+(?:block(?:withurl)?|allow)|block\s+rule|useragentfullname|client\s*version\s*(?:polic\p{L}*|rules?|filters?)|clientversion(?:polic\p{L}*|rules?)|\p{L}*versionsrichtlinie\p{L}*|action\s*[:=]\s*(?:allow|block\p{L}*|zulassen|blockieren|autoriser|bloquer|разрешить|блокировать)|aktion\s*:\s*(?:zulassen|blockieren)|match\s*:\s*(?:older|newer|same)|übereinstimmung\s*:|(?:allow|block)\s+with\s+url|rules\s*:\s*\{|(?:new|set|remove)-cs\w*rule|detection\s+(?:rule|method)|operator"?\s*[=:>]\s*"?(?:greater|less)\p{L}*)(?![\p{L}])|^\s*(?:description|beschreibung|описание)\s*:\s*(?:(?:allow|block|zulassen|blockieren|разрешить|запретить)(?![\p{L}])|.*[-–—]\s*(?:allow|block)\s*$|.*\s(?:zulassen|blockieren)\s*$)/iu;
/** A rule's property written before its agent ("UserAgent: OC/16.0.x CompareOp: GEQ"), at the line's start. */
const RULE_AGENT_KEY = /useragent\s*[:=]/iy;
/** A mailbox location or offline IM named on a line (a requirement table's row labels). */
/** A mailbox location or offline IM, as a requirement table's rows name them. */
const LOCATION = 'exo|on-?prem\\p{L}*|online|локальн\\p{L}*|облак\\p{L}*|lokal\\p{L}*|vor ort|offline[- ]?im|offline[- ]?chat|офлайн\\p{L}*|автономн\\p{L}*|offline-nachricht\\p{L}*';
/** A mailbox location or offline IM named on a line (a requirement table's row labels). */
const LOCATION_WORDS = new RegExp(`exchange\\s*online|(?<![\\p{L}])(?:${LOCATION})(?![\\p{L}])`, 'iu');
const LOCATION_LINE_LIMIT = 300;
/** The words a requirement's row may hold besides its location and build; any other word is an owner's (a user, a host). */
const REQUIREMENT_WORDS = new RegExp(
  `exchange\\s*online|(?<![\\p{L}])(?:${LOCATION}|exchange|server|mailbox\\p{L}*|postfach|почтов\\p{L}*|ящик\\p{L}*|messages?|сообщени\\p{L}*|skype for business|skype для бизнеса|sfb|lync|client|клиент\\p{L}*|minimum|min|required|requirement\\p{L}*|mindestens|минимальн\\p{L}*|build|version|versi[oó]n|верси\\p{L}*|сборк\\p{L}*|location|standort|расположени\\p{L}*|for|für|для|in|im|в|и|and|und|or|oder)(?![\\p{L}])|\\d+(?:\\.\\d+)*`,
  'giu',
);

/** Whether a line holds a word besides a requirement's (REQUIREMENT_WORDS): then it is a row of someone's client. */
function ownerWordsLeft(line: string): boolean {
  return /\p{L}{2,}/u.test(line.replace(REQUIREMENT_WORDS, ' '));
}
/** A client version policy rule's words on an agent's line: its full-name key, its comparison, its action; Exchange's EWS allow or block list (patterns of agents let in); or a trace tool's filter or search term (Snooper's `filter: "OC/…"`). */
const RULE_AGENT_CONTEXT =
  /useragentfullname|compareop|(?:uccapi|oc)\/[\d.]+["')\s]*\(?\s*(?:greater|less|newer|older)\s+than(?![\p{L}])|(?<![\p{L}])ews(?:allow|block)list\s*[:=]|(?<![\p{L}])action\s*[:=]\s*"?(?:allow|block)(?![\p{L}])|->\s*(?:allow|block)(?![\p{L}])|(?:^|[:：])\s*(?:rule\s*\d+\s*:\s*)?allow(?:ed)?\s*:?\s*(?=(?:uccapi|oc)\/)|(?<![\p{L}])(?:filter(?:\s+used)?|search(?:\s+string|\s+term)?|find)\s*:?\s*["']?(?=(?:uccapi|oc)\/)|(?:filter|description)\s*:\s*(?:allow|block|deny)\s+(?=(?:uccapi|oc)\/)|(?:uccapi|oc)\/[\d.]+(?:\s*\([^)\r\n]*\))?\s+(?:ge|geq|gt|lt|le|leq|eq|neq|older than|newer than|same as)\s+(?:allow|block)(?![\p{L}])/iu;
/** Longer lines are logs, whose free text may hold anything: a rule's line is short. */
const RULE_AGENT_LINE_LIMIT = 600;
/**
 * A release note's line: the client named with a colon, then what a release changed ("Skype for Business: Fixed an issue
 * where …", "Lync: adds support for …", «Skype для бизнеса: исправлена ошибка …»). Its builds are releases (red-team round 287).
 */
const RELEASE_CHANGE =
  /(?:(?:исправления|fixes|neuerungen|korrekturen|correctifs)\s+(?:(?:in|for|für|pour|для)\s+)?(?:microsoft\s+)?(?:skype|lync|скайп)[^\r\n]{0,40}?(?:\s(?:в\s+версии|в\s+сборке|in\s+version|in\s+build|dans\s+la\s+version)\s)|(?:skype|lync|sfb|s4b|скайп)[^\r\n]{0,40}?(?<![\p{L}])(?:update|обновление|aktualisierung)\s*[:：,]?\s*(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+\d{1,2},?\s+(?:19|20)\d\d|(?:skype|lync|sfb|s4b|скайп)[^:：\r\n]{0,64}[:：]\s*(?:[-*•]\s*)?(?:(?:we\s+)?(?:fixed|fixes|resolved|resolves|addressed|addresses)\s+(?:an?\s+|the\s+|several\s+|some\s+|multiple\s+)?(?:issues?|bugs?|problems?|crash(?:es)?)|(?:adds|added)\s+support|known\s+issues?(?![\p{L}])|(?:исправлен[аоы]?|устранен[аоы]?)\s+(?:ошибк|проблем)|(?:behebt|behoben)\s|(?:corrige|résout)\s+(?:un|le|les)\s))/iu;
/** The words every RELEASE_CHANGE match holds one of: a cheap look first. */
const RELEASE_CHANGE_WORD = /fix|resolv|address|support|known|исправ|устран|beh|corrig|résout|neuerung|korrektur|update|обновлени|aktualisierung/i;
/**
 * A release date in words right after an About build ("Version 1605 (Build 6965.2058) — June 14, 2016"), as update
 * histories write it: an installed client's About line carries no release date (red-team rounds 285, 287).
 */
const RELEASE_DATE_AFTER =
  /(?:[ \t]+[\p{L}-]{1,30}){0,3}\)?\s*(?:[—–-]+|,|\|)?\s*(?:[\p{L} -]{0,40}?channel\s*[,;]?\s*)?(?:(?:released|veröffentlicht|publié|выпущен\p{L}*)\s*(?:on|am|le)?\s*)?(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}\.?\s+(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|mär(?:z)?|mar(?:ch|s)?|apr(?:il)?|avr(?:il)?|ma[iy]|june?|juni|juin|july?|juli|juil(?:let)?|aug(?:ust)?|août|sep(?:t(?:ember|embre)?)?|o[ck]t(?:ober|obre)?|nov(?:ember|embre)?|d[eé]c(?:ember|embre)?|dez(?:ember)?|январ\p{L}*|феврал\p{L}*|март\p{L}*|апрел\p{L}*|ма[яй]|июн\p{L}*|июл\p{L}*|август\p{L}*|сентябр\p{L}*|октябр\p{L}*|ноябр\p{L}*|декабр\p{L}*)\.?\s+(?:19|20)\d\d)(?![\p{L}\d])/iuy;
/**
 * A knowledge base article's update for the client, by its number and title ("KB5002623 — Security update for Skype for
 * Business 2016 … File information: lync.exe 16.0.5461.1000", «Обновление безопасности для Skype для бизнеса 2016 (KB…)»):
 * its builds are the update's, unless the line says it was installed (red-team rounds 287, 288).
 */
const KB_NUMBER = /(?<![\p{L}\d])kb\s?\d{6,7}(?!\d)/iu;
const UPDATE_FOR_CLIENT = /(?:(?:security\s+)?update|fix)\s+(?:\([^)\r\n]{0,20}\)\s+)?for\s+(?:microsoft\s+)?(?:skype|lync)|обновлени[еяй]\s+(?:системы\s+)?(?:безопасности\s+)?для\s+(?:microsoft\s+)?(?:skype|скайп|lync)|(?:sicherheits)?update\s+für\s+(?:skype|lync)|mise à jour (?:de sécurité )?pour (?:skype|lync)/iu;
const INSTALLED_WORD = /(?<![\p{L}])(?:installed|applied|установлен\p{L}*|установил\p{L}*|поставил\p{L}*|накатил\p{L}*|installiert|installé\p{L}*|instalad\p{L}*)(?![\p{L}])/iu;
function updateArticle(line: string): boolean {
  return KB_NUMBER.test(line) && UPDATE_FOR_CLIENT.test(line) && !INSTALLED_WORD.test(line);
}

/**
 * A remark after a dash or an arrow that says the build before it is a minimum, an example or what is expected
 * ("… (Build 6965.2058 Click-to-Run) — рекомендованная минимальная", "OC/16.0.x (Skype for Business) — example from the
 * docs", "… <- так должно быть после апдейта"): a quote, not an installed client (red-team round 305).
 */
const REMARK_QUOTES =
  /(?:[^()\r\n]{0,40}\))?[ \t]*(?:[—–]|-{1,2}|<-{1,2}|‹-|←)[ \t]*(?:(?:this|that|the|это|такой|такая|такую|das|die|der|ist|is)\s+){0,2}(?:(?:мы|we|wir|on|nous)\s+(?:планируем|собираемся|будем|хотим|plan|will|are going to|want to|planen|wollen|werden|prévoit|prévoyons|allons|planeamos|vamos a)(?![\p{L}])|(?:planned|geplant|запланирован\p{L}*|prévu\p{L}*|planificad\p{L}*|to be deployed|next week|в следующ\p{L}*|nächste woche)(?![\p{L}])|(?:(?:агент|agent|build|сборка|version|версия)\s+)?(?:(?:recommended|рекомендованн\p{L}*|рекомендуем\p{L}*|empfohlen\p{L}*|our|наш\p{L}*)\s+)?(?:minimum|minimal|минимальн\p{L}*|mindest\p{L}*|baseline|example|sample|пример|beispiel|target|целев\p{L}*|ожидаем\p{L}*|expected|erwartet\p{L}*|так должно быть|должно быть|should be|soll\p{L}*|required|требуем\p{L}*|erforderlich)(?![\p{L}]))/iuy;
function remarkQuotes(input: string, at: number): boolean {
  REMARK_QUOTES.lastIndex = at;
  return REMARK_QUOTES.test(input);
}

/** An update catalog title's edition right before its "(Build": "for x64 based Edition (", «для выпуска на базе x64 (», "für x64-basierte Edition (". */
const UPDATE_EDITION_BEFORE = /(?:(?:x64|x86|arm64)[- ](?:based|basierte)\s+edition|на базе x(?:64|86))\s*[(（]\s*$/iu;

/** Whether a finding is still one read as a client on its text's word (not judged again as unknown). */
function isConfirmed(f: Finding): boolean {
  return !UNCONFIRMED_REASON_KEYS.has(f.reasons.online.key);
}

/** Whether the clause of the build at [s, e) of `line` says it is the one there now (NOW_BEFORE, NOW_AFTER). */
function saidToBeNow(line: string, s: number, e: number): boolean {
  return NOW_BEFORE.test(line.slice(Math.max(0, s - 64), s)) || NOW_AFTER.test(line.slice(e, e + 96));
}

function releaseDateAfter(input: string, at: number, lineEnd: number): boolean {
  // A date has a year: most builds' lines have none after them, and the pattern's many optional parts are slow to fail.
  if (!YEAR_DIGITS.test(input.slice(at, Math.min(lineEnd, at + RELEASE_DATE_REACH)))) return false;
  RELEASE_DATE_AFTER.lastIndex = at;
  return RELEASE_DATE_AFTER.test(input);
}
const YEAR_DIGITS = /(?:19|20)\d\d/;
/** Wider than the gap a release date is written after a build in (update histories: a word or two, a dash, a date). */
const RELEASE_DATE_REACH = 320;
const RULE_AGENT_COLUMN = /useragentfullname/i;
/** A rule's action in a row ("Allow", "Block", "BlockWithUrl", "Mit URL blockieren"): the row may be a rule table's. */
const RULE_ACTION = /(?<![\p{L}])(?:allow|block(?:withurl)?|erlauben|zulassen|(?:mit url )?blockieren|autoriser|bloquer|permitir|bloquear|consentire|bloccare|разрешить|блокировать)(?![\p{L}])/iu;
/** Every RULE_AGENT_CONTEXT match holds one of these: a cheap look first, on every agent's line. */
const RULE_AGENT_WORD = /allow|block|deny|fullname|compareop|filter|search|find|than/i;
const FILTER_LOG = /user-agent|matched|\buser=|\bua=|\d\d:\d\d:\d\d/i;
/** A record key of a client version policy's rule, at its line's start. */
const RULE_RECORD_KEY = /(?:ruleid|compareop|useragentfullname|qfenumber|actionurl|package\s?(?:name|type|id)\s*:|"?(?:operator|operationtype|detectiontype|detectionvalue|comparisonvalue|version\s?comparison|detection\s?method)"?\s*[:=]|"@odata\.type"\s*:\s*"#microsoft\.graph\.win32LobApp"|identity\s*:\s*(?:global|site:[^/\r\n]*|tag:[^/\r\n]*|service:[^/\r\n]*)\/[0-9a-f]{8}-[0-9a-f]{4}-)/iy;
/** What may open the clause after a build that a plan's words follow: closing brackets, then a dash or colon. */
const PLANNED_OPENING = /^(?:[^()（）\r\n]{0,40}[)）])?[\s)\]）]*(?:[—–:-]\s*)?/;
/** A failed install said first in the clause after a build ("16.0.x — failed (0x80070643)", "16.0.x install failed"). */
const FAILED_FIRST = /^(?:install(?:ation)?\s+|update\s+|deployment\s+)?failed(?![\p{L}])/iu;

/** Words that say a change from one build to another is made (past tense), in the admins' languages. */
const CHANGE_MADE = /(?:^|[\s(])(?:upgraded|updated|patched|reimaged|reinstalled|rolled back|aggiornamento completato|bijgewerkt|geüpdatet|uppdaterad|uppgraderad|aktualizováno|aktualizován|zaktualizowano|yükseltildi|zaktualizowa\p{L}*|переустановил\p{L}*|переустановлен\p{L}*|neu aufgesetzt|went|jumped|switched|bumped|took|moved|migrated|переведен\p{L}*|переведён\p{L}*|переехали|fait un retour arrière|gehoben|hochgezogen|llevó|pasó|passé|перевел\p{L}*|обновило|after the (?:\p{L}+ )?(?:change|update|upgrade)|(?:got|received|installed) the (?:\p{L}+ )?(?:update|upgrade)|downgraded|обновили|обновлен[оа]?|обновлён|обновился|обновилась|откатили|aktualisiert|mis à jour|mise à jour effectuée|rétrogradé|restauré|actualizad[oa]|revertid[oa]|aggiornat[oa]|ripristinat[oa]|atualizad[oa]|revertid[oa]|zaktualizowan[yao]|przywrócon[yao])(?=[\s,.;:)]|$)|güncellendi|güncelledik|geri aldık|geri alındı|vrátili|aktualizováno|aktualizovali|πέρασε|επαναφέραμε|ενημερώθηκε|ολοκληρώθηκε|оновили|оновлено|відкотили|更新しました|アップデートしました|戻しました|升级好了|更新好了|업데이트했어요|업데이트했습니다|업데이트 완료|回滚到了|回滾到了|更新成功|ロールバックしました|已将|已经|已升级|已更新|已从|已從|teruggezet|teruggedraaid/iu;

/**
 * Between a client's name and the suite it comes with: its own About line's "… for Microsoft 365", «… для Microsoft 365»,
 * or "(part of …", "- part of …", "from …", "included in …", «из состава …», «в составе …», or the suite in brackets
 * ("Skype for Business Basic (Microsoft 365 Apps) — Version 2408 (Build …)", red-team round 348).
 */
const CLIENT_FOR_SUITE = /^\s*(?:20\d\d\s*)?(?:[(（]\s*|(?:[(（]|[-–—]\s)?\s*(?:for|для|part of|from|included in|aus|из состава|в составе)\s*)$/iu;
/** A later clause that says the build stayed what it was: "…, SfB still 16.0.x", "- still on", "bleibt auf", «всё ещё». */
const STILL_CLAUSE = /[,;:–—-]\s(?:[^,;:–—]*\s)?(?:still|stays?|stayed|remains?|remained|bleibt|blieb|weiterhin|immer noch|noch immer|всё ещё|все ещё|все еще|всё еще|по-прежнему|осталась|остался|осталось|stadig|fortsatt|edelleen|még mindig|încă|ακόμα|toujours|sigue|ainda|nadal|wciąż|nog steeds|fortfarande)(?![\p{L}])/iu;
/** Between two agents of a list: a comma, a slash, "or", "and", after the first one's bracketed note ("(EXO) / "). */
const AGENT_LIST_GAP = /^\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:[,/;|]|or|and|oder|und|ou|et|o|y|или|и)\s*$/iu;
/** Words for "before" that, right after a build, make it a bound ("or earlier"), not a build of the past. */
/** Nothing but a version's word before a build on its line ("Version 16.0.x", "Версия: 16.0.x", "バージョン 16.0.x"). */
const VERSION_WORD_ONLY = /^\s*(?:(?:version|versión|versione|versão|wersja|версия|verze|バージョン|build)\s*[:：]?\s*)?$/iu;
const VERSION_WORD_LIMIT = 16;
/** A label of the next build right after one: "(before rollback: 16.0.x)", "(vor dem Rollback: …)", «(до отката был …)», "(before the update 16.0.x)". */
const LABEL_OF_NEXT = /^\s*[(（]\s*(?:before|vor dem|vor der|vor|до|avant le|avant la|avant|antes del?|antes de la)\s+(?:the\s+)?(?:rollback|roll-back|отката|retour arrière|update|upgrade|обновления|aktualisierung|mise à jour|actualización)(?:\s+был\p{L}*)?\s*[:=]?\s*\d/iu;

/** An error code alone in a cell ("0x87D1041C", "-2016410860"): a deployment's failure. */
/** Longer than any error code ERROR_CODE_CELL takes. */
const ERROR_CODE_LENGTH = 16;
const ERROR_CODE_CELL = /^\s*"?(?:0x[0-9a-f]{8}|-\d{9,10})"?\s*$/i;
/** A package found, not installed: winget's "Found Skype for Business [Contoso.SkypeForBusiness] Version 16.0.x". */
const FOUND_PACKAGE = /^\s*found\s+[^[\]\r\n]{2,80}\s\[[\w.-]+\]/i;
const PACKAGE_PINNED = 1;
const PACKAGE_FOUND = 2;
const PACKAGE_FAILED = 3;
/**
 * "Or later" cut by a table's column ("16.0.6920.1000 or ne...", "oder höh...", «и вы...», "et supé…"): the first word,
 * then the start of the second and the table's dots. A client's own build is never followed by such a cut.
 */
const TRUNCATED_LATER =
  /[ \t]+(?:or|oder|und|ou|et|o|y|e|of|en|och|и|или)\s+(?:l|la|lat|late|n|ne|new|newe|h|hi|hig|high|highe|hö|höh|höhe|neu|neue|sp|spä|spät|u|ul|ult|ulté|s|su|sup|supé|supe|super|superi|p|po|pos|post|ho|hog|hoge|nie|nieu|ni|nu|nuo|nuov|senare|в|вы|выш|но|нов|нове|up|ab|abo|abov|gr|gre|grea|great|greate)(?:\.{2,}|…)/iuy;

/** A Format-List line, its key and the blanks up to its value: "Description       : …". */
const LIST_KEY_LINE = /^(\s*\p{L}[\p{L}\d_.-]{0,40}\s*:\s)(.*)$/u;
/** A wrapped value's line starts this far in at least (Format-List aligns values after the longest key). */
const LIST_WRAP_INDENT = 6;
/** A value that lists builds a rule blocks: "Known crashing … build, blocked:", "Deny …". */
const LIST_VALUE_BLOCKS = /(?<![\p{L}])(?:blocked|deny|denied)\s*:?\s*$/iu;

/** The key of a client's About build noted for the line below (ScanCarry.app), not a message's. */
const CLIENT_ABOUT = 'client_about';
/** An About page's MSO line: "Microsoft® Skype® for Business 2016 MSO (16.0.x) 32-bit", "… MSO (Version 2302 Build 16.0.x)". */
const MSO_ABOUT = /\bMSO\s*[(（]/;
/** A build in brackets that ends its line, a bitness maybe after it: "Skype for Business 2016 (16.0.x)". */
const BRACKETED_BUILD_END = /[(（]\s*\d+[.．]\d+[.．]\d+[.．]\d+\s*[)）](?:\s*(?:32|64)[- ]?bits?)?\s*$/i;

/** A bracket right after a build: its words comment on the build. */
const BRACKET_NEXT = /^\s*[(（[]/;
/**
 * An installer's or a deployment agent's log line of an install that did not happen: Windows Installer's "Product: … --
 * Installation operation failed." and "… Installation success or error status: 1603.", ConfigMgr's "Unmatched exit code
 * (1603) is considered an execution failure" and "Application not discovered" (its detection finds no install).
 */
const INSTALL_FAILED_LINE = /\s--\s+(?:installation|configuration|update)(?:\s+operation)?\s+failed|(?:installation|configuration) success or error status:\s*[1-9]|considered an execution failure|application (?:was )?not (?:discovered|detected)/i;
/** Builds on either side of a threshold in force that ruleValueBeside reads (a requirement's row holds a few). */
const BESIDE_REACH = 16;
/** A deployment configuration's product and the version it pins (`<Product ID="SkypeforBusinessRetail" Version="16.0.x">`). */
const ODT_PRODUCT = /<product\b(?=[^>]*\bid\s*=)[^>]*\bversion\s*=|<add\b[^>]*\bversion\s*=|\bversion\s*=\s*"[\d.]+"\s+product\s+id\s*=|\/configure\b[^\r\n]*\bversion\s*=/i;

/** An "old" label right before a build: the build left ("Old 16.0.x → New 16.0.y", "Alt: 16.0.x", «Было: 16.0.x», 変更前). */
/** "was" right before a build ("it was 16.0.x", «был 16.0.x», "war 16.0.x"). */
const WAS_RIGHT_BEFORE = /(?<![\p{L}])(?:was|were|war|waren|était|era|был[аио]?|стоял[аио]?)(?:\s+(?:on|at|auf|на|sur|en))?\s*$/iu;
/** A time gone by right after a build: "yesterday", "last week", «вчера», "gestern", "hier", "ayer". */
const THEN_AFTER = /^[\s)）]*(?:until\s+|bis\s+|до\s+)?(?:yesterday|last (?:week|month|night|time)|before the update|before|earlier|this morning|gestern|letzte woche|vorher|früher|вчера|раньше|на прошлой неделе|до обновления|hier|la semaine dernière|avant|ayer|antes|ieri|prima)(?![\p{L}])/iu;
// ("ancienne version 16.0.x, nouvelle version 16.0.y": a version word after the label; red-team round 321. "…, the previous
// 16.0.y has been replaced", «прежняя 16.0.y заменена»: round 325. "old SfB 16.0.x  new SfB 16.0.y": round 396.)
const OLD_LABEL = /(?:^|[\s;,(|–—'’-])(?:old|alt|alte|alten|ancien(?:ne)?|старая|старую|старой|старый|старое|(?:the\s+)?previous|прежн(?:яя|юю|ий|ей|ее|ие)|предыдущ(?:ая|ую|ий|ей|ее)|vorherige|précédente?|antigu[oa]|vecchi[oa]|stary|stara|poprzedni[ae]?|oud|было|було|ήταν|旧|変更前|(?:before|vor dem|vor|до|avant le|avant|antes del?)\s+(?:the\s+)?(?:rollback|roll-back|отката|retour arrière)(?:\s+был\p{L}*)?|(?:(?:previous|vorherige|предыдущая)\s+(?:version|build)|(?:versione|versão|versión|version)\s+(?:precedente|anterior|précédente))(?:\s+(?:of|di|do|da|de|del|du|von)\s+(?:the\s+)?(?:skype|lync|sfb|s4b)[\p{L} ]{0,24}?)?)(?:\s+(?:version|build|versión|versione|versão|версия|версию|сборка|сборку|wersja|versie|image|images|imagen|образ|образе|abbild))?\s*(?:[:=]?|[:=]?\s*(?:skype|lync|sfb|s4b|скайп)[\p{L} ]{0,24}?)\s*$/iu;
/** The same as an agent's label ("Old:", "Old client:", "Previous agent:"; not "Before:", whose "After" may be a plan). */
const OLD_AGENT_LABEL = /^(?:old|alt|previous|prior|ancien(?:ne)?|было|変更前|旧)(?:\s+(?:client|agent|build|version|versión|user agent|client version))?$/iu;

/** A key that names an agent the one before, right before the agent: '"previousUserAgent":"', "old_ua=", "prior agent: ", "?old=". */
// (Not "last", the newest: "Last user agent: …". A URL's "?old=" / "&prev=" parameter is one too.)
const PREVIOUS_AGENT_KEY = /(?:(?<![\p{L}])(?:previous|old|prior|former|vorherige[rs]?|ancien)[_ -]?(?:user[_ -]?agent|ua|agent|client[_ -]?agent)["']?\s*[:=]\s*["']?|[?&](?:old|prev|previous|from)=)\s*$/iu;
const PREVIOUS_AGENT_KEY_REACH = 40;

/** A short label and its colon before an agent ("Pending install:", "Old agent (removed):", "After (scheduled …):"). */
const AGENT_LABEL = /^\s*([^:：\d]{2,60})[:：]\s*$/u;

const AGENT_LABEL_LIMIT = 64;
/** A policy's or a filter's block: the client that was blocked was there ("Blocked by client version policy:"). */
const BLOCKED_LABEL = /block|reject|denied|deny|gesperrt|заблок/i;

/** Whether the label before an agent says it is not there: a plan's or a target's label, or a state of another install. */
function labelSaysNotThere(before: string): boolean {
  const label = AGENT_LABEL.exec(before)?.[1];
  return label !== undefined && !BLOCKED_LABEL.test(label) && (isPlanCell(label) || OLD_AGENT_LABEL.test(label.trim()) || stateSaysNotThere(label) || stateSaysNotThere(label.replace(/\(\s*now\s+/i, '(')));
}

const BOUND_BEFORE: ReadonlySet<string> = new Set(['以前', '之前']);
/** A "no X" phrase that may be Portuguese's "in the" before the client's name ("estava no Skype for Business 16.0.x"). */
const NO_BEFORE_CLIENT = /^no\s+(?:skype|lync|sfb|s4b)$/i;
/** What stands between such a name and the build that makes it the client's name with its build, not a negation. */
const CLIENT_THEN_BUILD = /^(?:\s+for\s+business|\s+para\s+empresas|\s+empresarial)?(?:\s+20\d\d)?\s*[:,(]?\s*(?:(?:version|versão|versión|build|compilação|compilación)\s*)?$/i;
/** Windows Installer's events of a product removed (1034 in English, German, French, Spanish and Portuguese; 11724). */
const REMOVAL_EVENT = /windows installer (?:removed the product|hat das produkt entfernt|a supprimé le produit|quitó el producto|removeu o produto)|removal (?:success or error status|completed successfully)/i;
/** A product's own dotted number right after its name in brackets ("(Exchange 2016 CU3 15.1.544.27)"), no candidate build. */
const OWN_NUMBER_AFTER = /^[^()（）]{0,16}?\d+\.\d+\.\d+/;
/** A tag that strikes its text through, right before a build ("<s>", "<del>", "<strike>"). */
const STRUCK_TAG = /<(?:s|del|strike)>$/i;
/** An unchecked checklist item at a line's start: "[ ]", "- [ ]", "* [ ]", "1. [ ]", "☐". */
const UNCHECKED_ITEM = /(?:(?:[-*+]|\d+[.)])\s+)?(?:\[\s\]|☐)\s/y;
/** What makes an unchecked item's build the thing to do (uncheckedItem): nothing but the build, or a done word after it. */
const UNCHECKED_TARGET = /^[^\d]{0,48}?(?:\d+\.){3}\d+\s*[.)]?\s*$|(?:\d+\.){3}\d+[^,;]{0,24}?\s(?:installed|rolled out|deployed|pushed|updated|upgraded|in place|installiert|ausgerollt|verteilt|установлен\p{L}*|развернут\p{L}*)(?![\p{L}])/iu;
/** Between a client's bracketed suite and its build: a version's or a build's label (clientBeforeBrackets). */
/** An update channel's name, a suite's word: "Current Channel", «Текущий канал», "Semi-Annual Enterprise Channel". */
const CHANNEL_NAME = /^(?:channel|канал|kanal|canal)$/iu;
/** Between the client and its channel's name after a comma, the build after a colon: ", Monthly Enterprise Channel:". */
const CHANNEL_AFTER_COMMA = /^\s*,\s*[\p{L} -]{0,40}(?:channel|канал|kanal|canal)\s*[:：]\s*$/iu;
/** Office's version label of an About build of its own, between two About builds: "…), desktop: Version 1808 (Build ". */
const OWN_VERSION_LABEL = /(?:version|версия|versión|versione|versão)\s+\d{4}\s*[(（]\s*(?:build|сборка|compilación|compilazione|compilação)?\s*$/iu;
/** Between two builds of two installs under one product word: a list's comma or "and", or a comma and a short label ("boss:", «на стационарном ПК:»), after a count in brackets. */
const TWO_INSTALLS_GAP = /^\s*(?:[(（][^()（）\r\n]{0,24}[)）]\s*)?(?:(?:and|und|и|et|y|&)\s+|[,;/]\s*(?:[\p{L}.-]{1,20}(?:\s+[\p{L}.-]{1,20}){0,2}\s*[:—–-]\s*)?)$/u;

/** Whether a state, a threshold, the past or a negation is said between line offsets from and to ("…, pending: 16.0.y"). */
function stateBetween(mentions: readonly Mention[], from: number, to: number): boolean {
  for (const m of mentions) {
    if (m.start >= to) break;
    if (m.end > from && (m.kind === 'threshold-before' || m.kind === 'threshold-after' || m.kind === 'status' || m.kind === 'past' || m.kind === 'negation')) return true;
  }
  return false;
}
const LABEL_AFTER_BRACKETS = /^\s*[,:-]?\s*(?:(?:version|build|versión|versione|versão|версия|сборка)\s*[:#]?|(?:version|versión|versione|versão|версия)\s+\d{4}\s*[(（,]?\s*(?:build|сборка|compilación|compilazione|compilação)?)\s*$/iu;

/** Words that date what follows ("as of", "since", "seit", "depuis", "desde", «с»): a state's date, or a minimum's. */
const TIME_WORD = /^(?:as of|since|seit|depuis|desde|с|from|ab)$/i;

/** A plan word that names an install or an update ("install", "update", «обновить»). */
const UPDATE_WORD = /install|updat|upgrad|aktualis|обнов|устан|mise à jour|actualiz|aggiorn|atualiz/i;

/**
 * What may stand between a negation and the build it negates: "not 16.0.x", "NOT on build 16.0.x", «не на 16.0.x»,
 * "pas sur la 16.0.x", and a correction's first half, copula and client name included: "it's not Skype for Business
 * 16.0.x, it's 16.0.y", "NÃO é o Skype for Business 16.0.x, é o 16.0.y", "No es la 16.0.x como pensábamos".
 */
const NEGATED_GAP =
  /^(?:[\s:]*(?:(?:on|at|yet on|running|auf|на|sur|sur la|en|na|w)\s+)?(?:the\s+)?|\s+(?:(?:is|ist|es|é)\s+)?(?:(?:on|at|running|auf|на|sur|en|na)\s+)?(?:(?:the|la|el|o)\s+)?(?:(?:skype for business|skype empresarial|skype для бизнеса|sfb|lync)(?:\s+20\d\d)?\s+)?)(?:(?:version|build|versão|versión|верси[ияюи]|сборк[аеиу]|v)\.?\s*)?$/i;

/** "After" phrases of a change still to come. */
const PENDING: ReadonlySet<string> = new Set(PENDING_PHRASES);

/** The end of a sentence: a full stop, "!" or "?" before a blank, or the full-width forms. */
const SENTENCE_END = /[.!?]\s|[。！？]/;
/** A record's key for a file's version, beside its product's version. */
const PRODUCT_VERSION_KEY = /^\s*(?:"?product\s?version"?|produktversion|version du produit|versión del producto|версия продукта)\s*[:=]/i;
const FILE_VERSION_KEY = /^\s*(?:"?file\s?version"?|dateiversion|version du fichier|versión del archivo|версия файла)\s*[:=]/i;
/** A flag that the client is left out ("LyncExcluded=True" in a remediation script's output, red-team round 338). */
const CLIENT_EXCLUDED_FLAG = /(?:lync|skype|sfb)(?:for business)?excluded\s*[=:]\s*"?(?:true|1|yes)\b|(?:lync|skype|sfb)(?:forbusiness)?(?:installed|present)\s*[=:]\s*"?(?:false|0|no)\b|lync\.exe (?:not found|not present|is missing|missing|nicht gefunden|nicht vorhanden|fehlt|absent|introuvable|no encontrado|no existe|не найден)|(?:lync|skype)\.present\s*[=:]\s*"?(?:false|0|no)\b/i;
/** A rule's comparison operator right before the build ("VersionToReport  greaterThanOrEqual  16.0.6920.1000", red-team round 338). */
const RULE_OPERATOR_BEFORE = /(?:greater(?:than)?(?:or)?equals?|greaterthan|less(?:than)?(?:or)?equals?|lessthan)["'\s:=,;]*(?:value["'\s:=]*)?$/i;
/** The longest line read as such a label, and how many owners an ordered history keeps. */
const ORDER_LABEL_LIMIT = 160;
/** A ticket's activity entry header: a date and a time, a name, the kind of entry in brackets ("2024-05-07 11:02:13 - Olga Kim (Additional comments)"). */
const TICKET_ENTRY =
  /^(?:(\d{4})-(\d\d)-(\d\d)|(\d\d)[./](\d\d)[./](\d{4}))[ T]+(\d\d?):(\d\d)(?::(\d\d))?\s+[-–—]\s+[^()\r\n]{2,60}[(（](?:additional comments|work notes?|comments?|zusätzliche kommentare|arbeitsnotizen|kommentar\p{L}*|commentaires supplémentaires|notes de travail|commentaire\p{L}*|comentarios adicionales|notas de trabajo|comentario\p{L}*|дополнительные комментарии|рабочие заметки|комментари\p{L}*)[)）]\s*$/iu;
/** A ticket entry header's date and time as a number that sorts as they do (day before month where the year ends the date). */
function entryTime(m: RegExpExecArray): number {
  const year = Number(m[1] ?? m[6]);
  const month = Number(m[2] ?? m[5]);
  const day = Number(m[3] ?? m[4]);
  return ((((year * 100 + month) * 100 + day) * 100 + Number(m[7])) * 100 + Number(m[8])) * 100 + Number(m[9] ?? 0);
}
const ORDER_KEPT = 256;
/** A reading said to be stale: "may be newer now", "C2R has certainly updated it since", "haven't pulled a fresh one since". */
/** "stale" in the build's clause after it (not past a stop or a semicolon): a reading no longer true. */
const STALE_AFTER = /^[^;.!?\r\n]{0,60}?(?<![\p{L}])stale(?![\p{L}])/iu;
const STALE_AFTER_REACH = 72;
const STALE_READING = /(?:may|might|could) (?:be|have) (?:been )?(?:newer|updated|changed)|(?:has|have) (?:certainly |probably |likely )?updated (?:it )?since|updated it (?:since|in the meantime)|in the meantime|can['’]t (?:say|tell) what['’]?s (?:there|on it) now|haven['’]t (?:pulled|checked|looked)(?: a fresh one| again)? since|nobody (?:has )?checked since|treat (?:that|this) (?:number|build|version) as unknown|marked ["“]?stale|probably reimaged|inzwischen (?:neuer|aktualisiert)|seitdem nicht (?:mehr )?geprüft|с тех пор (?:не проверял\p{L}*|мог\p{L}* обновиться)|depuis,? (?:il|elle) a pu (?:être )?mis à jour/iu;
const STALE_STEM = /newer|updated|since|meantime|what['’]?s|stale|reimaged|inzwischen|seitdem|с тех пор|depuis/i;
/** A history of one machine named so: "same laptop", "one desktop", "her only PC", «один и тот же ПК», 同一端末, "ten sam laptop". */
const SAME_DEVICE = /(?<![\p{L}])(?:same (?:laptop|pc|device|machine|computer|desktop|host(?:name)?s?)|one desktop|(?:only|single) (?:pc|device|machine|laptop|computer)|only device|один и тот же (?:пк|компьютер|ноутбук)|тот же (?:пк|компьютер|ноутбук)|ten sam (?:laptop|komputer)|même (?:poste|pc|ordinateur)|mismo (?:equipo|pc|portátil)|(?:dasselbe|gleiche) (?:gerät|notebook)|(?:derselbe|gleiche) (?:rechner|pc|computer))(?![\p{L}])|同一端末|同一台/iu;
const SAME_DEVICE_STEM = /[Ss]ame|SAME|[Oo]ne desktop|[Oo]nly|ONLY|[Ss]ingle|[Оо]дин|тот же|[Tt]en sam|même|mismo|dasselbe|derselbe|gleiche|同一/;
/** A row's date at its start: ISO "2016-07-04", "2021/03/02", or day first "20.05.2016". */
const ROW_DATE = /^(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})\.(\d{1,2})\.(\d{4}))(?!\d)/;
/** A history row's mark after its agent that it is superseded. */
const AGENT_SUPERSEDED = /^[\s([—–-]*(?:superseded|replaced|(?:old|older|previous|prior) (?:version|build|image|client)|ancienne version|remplacée?|überholt|ersetzt|vorherige version|устаревш\p{L}*|заменен\p{L}*|заменён\p{L}*|старая версия|旧バージョン|旧版本)(?![\p{L}])/iu;
const SUPERSEDED_REACH = 48;
/**
 * A machine or an install gone, or a build given that is no longer right, told on a line of its own (machineGone, red-team
 * round 337): wiped, stolen, died, reimaged, swapped, returned, the user gone, Skype for Business removed.
 */
const GONE_TOLD =
  /(?<![\p{L}])(?:wiped|stolen|died|is dead|reimag\p{L}*|swapp\p{L}*|returned to (?:stock|stores|it)|handed (?:in|back)|left the company|decommissioned|teams-only|ignore the build|no longer (?:valid|correct|right|current)|is outdated|disregard|neu aufgesetzt|gestohlen|ausgetauscht|zurückgegeben|ausgeschieden|stimmt nicht mehr|nicht mehr aktuell|украден\p{L}*|списали|списан|уволен\p{L}*|на склад|переустанавлива\p{L}*|не актуальн\p{L}*|неактуальн\p{L}*|oddaj\p{L}* laptop\p{L}*|do reinstalacji|wymienion\p{L}*|zwrócon\p{L}*|skradzion\p{L}*|nieaktualn\p{L}*|volé|restitué|robado|devuelto|wrong (?:chat|thread|channel|window|ticket)|uninstalled|deinstalliert|удалил\p{L}*|удален\p{L}*|удалён\p{L}*|desinstal\p{L}*|désinstallé\p{L}*|odinstalowa\p{L}*|went back to it|вернули в (?:ит|it)|(?:only|nur noch|только|solo uso|seulement) teams|it changed|hat sich geändert|(?<!не )изменил(?:ась|ся)|(?<!no )cambió|updated since|has been updated|got updated|updated (?:\p{L}+ )?to the latest|обновил\p{L}* (?:\p{L}+ )?до актуальн\p{L}*|auf (?:die|den) (?:aktuelle|neueste)\p{L}* (?:version|stand) (?:aktualisiert|gebracht)|ist jetzt aktualisiert|wurde aktualisiert|обновил(?:ся|ось|ась)|se actualizó|a été mis à jour|s['’]est mis à jour|replaced|remplacée?|ersetzt|заменен\p{L}*|заменён\p{L}*|sustituid[oa]|reemplazad[oa]|plus d['’]actualité|n['’]est plus valable|ya no es válid[oa]|ya no vale|falscher (?:chat|kanal|thread)|не (?:в )?тот (?:чат|тред|канал)|mauvais (?:chat|fil)|chat equivocado)(?![\p{L}])/iu;
/** A chat's or a thread's speaker at a line's start, after its date or time: "2021-04-10 Raj:", "[09:14] Anna Nowak:". */
const SPEAKER = /^\s*(?:[[(]?[\d.:/ T-]{4,24}[\])]?\s*[-–—]?\s*)(\p{L}[\p{L}.' -]{0,30}?)\s*:(?!\\)/u;
const SPEAKER_READ = 64;
/** A build of four parts on a line (a row of a removed product is no line of its own about a machine; a date is no build). */
const BUILD_ON_LINE = /\d[.．]\d+[.．]\d+[.．]\d/;
/**
 * Two words in a row, one blank apart (and no cell separator, CELL_SEPARATOR): a sentence's, a chat's line ("Zoe: SfB on my
 * PC says 16.0.x"). Letters of the Latin and Cyrillic alphabets only: a plain class is many times cheaper than \p{L}.
 */
const PROSE_WORDS = /[a-zà-ÿā-žа-яё][a-zà-ÿā-žа-яё] [a-zà-ÿā-žа-яё][a-zà-ÿā-žа-яё]/i;
const CELL_SEPARATOR = /[;\t|]/;
/** Two words near each other, past a comma or a colon too ("sorry, typo: 16.0.x"): plain letter classes, cheap. */
const TWO_WORDS = /[a-zà-ÿа-яё]{2}[^a-zà-ÿа-яё\d]{1,3}[a-zà-ÿа-яё]{2}/i;
/** How many lines of a text's top may be a reply's above its quoted part (machineGone). */
const GONE_REPLY_LINES = 40;
/** A reply's subject line: "Subject: RE: …", "AW:", «Ответ:». */
const REPLY_SUBJECT = /^(?:(?:subject|betreff|тема|objet|asunto|oggetto)\s*:\s*)?(?:re|aw|sv|ответ|отв)\s*:/i;
/** An update that ran, told without its build: "the update ran over the weekend", "it says You're up to date", «обновление прошло». */
const UPDATE_RAN = /update (?:ran|went through|finished|completed|was applied|got installed)|up[ -]to[ -]date|auf dem neuesten stand|update (?:ist )?(?:gelaufen|durchgelaufen)|обновление (?:прошло|установилось|встало)|обновился|обновилось|mise à jour (?:effectuée|faite|installée)/i;
/** A chat's message of two words at least, no cell separator ("[09:03] Anna: ignore that, wrong ticket"). */
const CHAT_WORDS = /^[^;\t|]*\p{L}{2,}[\s,]+\p{L}{2,}[^;\t|]*$/u;
/** A sentence, not a table's row or a record: three words in a row, no cell separator. */
const PROSE_LINE = /^[^;\t|]*\p{L}{2,}\s+\p{L}{2,}\s+\p{L}{2,}[^;\t|]*$/u;
/** Any word of GONE_TOLD: a cheap first look. */
const GONE_WORD = /[Ww]ipe|[Ss]tolen|[Dd]ied|[Dd]ead|[Rr]eimag|REIMAG|[Ss]wapp|[Rr]eturn|[Hh]and|[Ll]eft|[Dd]ecommission|[Tt]eams-only|[Ii]gnore|[Nn]o longer|[Oo]utdated|[Dd]isregard|aufgesetzt|[Gg]estohlen|[Aa]usgetauscht|[Zz]urückgegeben|[Aa]usgeschieden|[Nn]icht mehr|[Уу]крад|[Сс]писа|[Уу]волен|[Сс]клад|[Пп]ереустан|[Аа]ктуальн|[Нн]еактуальн|[Oo]ddaj|[Rr]einstal|[Ww]ymien|[Zz]wróc|[Ss]kradz|[Nn]ieaktual|volé|restitué|[Rr]obado|[Dd]evuelto|[Ww]rong|[Ff]alscher|тот|[Mm]auvais|equivocado|[Rr]eplaced|[Rr]emplacé|ninstall|einstall|далил|дален|далён|esinstal|ésinstall|dinstal|went back|вернули|Teams|changed|geändert|зменил|cambió|pdated|ktualisiert|бновил|actualizó|mis à jour|[Ee]rsetzt|[Зз]амен|[Ss]ustitu|[Rr]eemplaz|actualité|valable|válid|[Yy]a no vale/;
/** A line that points at the build given below it ("ignore the build further down", "siehe unten", «версия ниже», "ci-dessous"): of that one, whatever machine it names. */
const POINTS_BELOW = /(?<![\p{L}])(?:further down|below|down below|siehe unten|unten|ci-dessous|ниже|abajo|más abajo|poniżej|hieronder|sotto)(?![\p{L}])/iu;
/** A line that says the build above was another machine's: "that was the old PC", «это был другой ПК», "das war der alte Rechner". */
const THAT_WAS = /(?<![\p{L}])(?:(?:that|this|it) was|это был\p{L}*|das war|c['’]était|eso era|era el|era la)(?![\p{L}])/iu;
/** A line that speaks of another machine than the one gone, or of a new one: "New laptop: …", "the old one was returned". */
const OTHER_MACHINE = /(?<![\p{L}])(?:new|old|loaner|neue[snr]?|alte[snr]?|нов\p{L}*|стар\p{L}*|now\p{L}*|star\p{L}*|nouve\p{L}*|ancien\p{L}*|nuev\p{L}*|viej\p{L}*|replacement)(?![\p{L}])/iu;
const GONE_LINE_LIMIT = 300;
/** One word that names the client and a build to reach: "SfBClientTargetVersion", "LyncMinimumBuild". */
const TARGET_KEY = /^[A-Za-z_]*(?:target|minimum|required|desired|planned|expected)[A-Za-z_]*$/i;
/** A stem of every hedge speaksUnsure knows: a cheap first look. */
const UNSURE_STEM = /не точно|провер|geprüft|vérifié|comprobar|check|prüfen|schauen|не могу|suppose|assume|nehme an|предполагаю|не факт|certain|gewähr|seguro|未確認|未确认|未検証|eověřeno|iezweryfikow|eliev|aybe|то ли|ntweder|е помню|nicht mehr|emember|е уверен|erhaps|robab|resumab|onfirm|erifi|ероятн|озможн|аверн|редполож|провер|подтвержд|о слов|ermutlich|ahrscheinlich|ielleicht|estätigt|eut-être|érifié|uizás|al vez|orse|rawdopodob|iepotwierdz|think|guess|sure|glaube|sicher|crois|pense|vérifier|sûr|creo|segur|penso|sicur|acho|certeza|chyba|pew|volgens|zeker|думаю|кажется|вроде|たぶん|多分|思います|好像|确定|確認できて/;
/** A stem of every word of an example's label (EXAMPLE_MARK): a cheap first look. */
const EXAMPLE_WORD = /xam|XAM|eispiel|EISPIEL|xempl|jempl|sempi|rzyk|ример|РИМЕР|例|np\.|e\.g\.|z\. ?B\.|апр\.|ar ex\.|\. ej\./;
/** An example's label: a word of example in brackets, or as a label ending with a colon, or an abbreviation's "np." / "ad esempio". */
const EXAMPLE_BRACKETED = '[(（](?:example|beispiel|exemple|ejemplo|esempio|przykład|пример|例)[)）]';
const EXAMPLE_LABEL_WORD = `(?:^|[\\s>*•"'„«(-])(?:examples?|beispiel|exemple|ejemplo|esempio|przykład|пример|例|例如)`;
const EXAMPLE_LABEL_END = '\\s*(?:[(（][^()（）]{0,40}[)）])?\\s*[:：]';
const EXAMPLE_MARK = new RegExp(
  `${EXAMPLE_BRACKETED}|${EXAMPLE_LABEL_WORD}(?:[\\s-]+\\p{L}+){0,4}${EXAMPLE_LABEL_END}` +
    "|(?:^|\\s)(?:np\\.|ad esempio|per esempio|na przykład|przykładowo)(?![\\p{L}])|例えば|(?:例如|例)\\s*[:：]|\\{(?:code|noformat)[^}]*title=[^}|]*(?:example|sample|beispiel|пример)",
  'iu',
);
/** For an agent, only a label right before it: a longer title is read by the agent's sentence ("Example from the docs: …"). */
// (Or an abbreviation of "for example" right before it: "e.g. UCCAPI/… OC/…", "z. B. OC/…", red-team round 368.)
const EXAMPLE_MARK_AGENT = new RegExp(`${EXAMPLE_BRACKETED}|${EXAMPLE_LABEL_WORD}${EXAMPLE_LABEL_END}|(?:^|[\\s(])(?:e\\.g\\.|z\\.\\s?b\\.|напр\\.|par ex\\.|p\\.\\s?ej\\.)[\\s,:]*$`, 'iu');
const EXAMPLE_REACH = 120;
/** A sentence's end before a new sentence (not an abbreviation's dot: "min. 16.0.x", "e.g. the client"). */
const SENTENCE_BREAK = /[.!?]\s+\p{Lu}|[。！？]/u;
/** Abbreviations whose own dot ends no sentence: "e.g. Skype …", "z.B. Skype …", «напр. Skype …», "min. 16.0.x". */
const ABBREVIATION = /^(?:e\.?g|z\.?b|p\.?\s?ex|p\.?\s?ej|напр|min|mind|мин|approx|ca|vs)$/i;

/** Whether a sentence ends between a phrase and the build at s (an abbreviation's own dot does not end one). */
/** Whether line[from, s) holds a semicolon and, after the last one, words of the writer's own ("my", «у меня»). */
function ownClauseAfterSemicolon(line: string, from: number, s: number): boolean {
  const semicolon = line.lastIndexOf(';', s);
  if (semicolon < from) return false;
  const tail = line.slice(semicolon + 1, s);
  return FIRST_PERSON.test(tail);
}

function sentenceBreakAfter(line: string, before: Mention, s: number): boolean {
  const from = line.charCodeAt(before.end) === 46 /* . */ && ABBREVIATION.test(before.text) ? before.end + 1 : before.end;
  return SENTENCE_BREAK.test(line.slice(from, s));
}

/** NEXT_ONLY words that tell since when a state holds, not a bound, once a time stands between them and the agent. */
const SINCE_WORDS: ReadonlySet<string> = new Set(['since', 'seit']);
/** An update told as done before the word ("after yesterday's C2R update", «после вчерашнего обновления»): news, not a plan. */
const AFTER_DONE_BEFORE = /(?<![\p{L}])(?:after|since|nach|seit|après|depuis|tras|desde|dopo|после|с)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
/** Only "and" between two parts: the words before it close the part before. */
const AND_ONLY = /^\s*(?:and|und|et|y|e|и|а|i)\s*$/iu;
/** «от» right before an agent is its sender ("ответ 200 OK от UCCAPI/…"), not a release date's "of". */
const FROM_SENDER = /^от$/i;
/** What may stand between a NEXT_ONLY word and the build it quotes: "since 16.0.x", "unter Version 16.0.x", "от сборки 16.0.x". */
// (And an About build's label: "Ab Version 1606 (Build 7070.2022 Klick-und-Los) wird … unterstützt", red-team round 308.)
const NEXT_ONLY_GAP = /^[\s:=(]*(?:(?:version|versión|versão|versione|build|верси[яиюей]|сборк[аиуео]|v)\.?[\s:=]*(?:\d{4}\s*\(\s*(?:build|сборка|compilación|build)\s+)?)?$/i;

/** The longest NEXT_ONLY_GAP: blanks and a version label ("ab Version 1606 (Build "). */
const NEXT_ONLY_REACH = 48;
/** Whether the threshold phrase `before` (ending at or before s) may quote the build at s: a NEXT_ONLY word only right before it. */
function quotesNext(line: string, before: Mention, s: number): boolean {
  return !NEXT_ONLY.has(before.text.toLowerCase()) || (s - before.end <= NEXT_ONLY_REACH && NEXT_ONLY_GAP.test(line.slice(before.end, s)));
}

/** Between two builds of one list: separators and at most an "or" / "and"; or a JSON array's `", "`. */
const LIST_GAP = /^[\s,;/|、，；]*(?:(?:or|and|или|и|oder|und|ou|et|o|y)[\s,;/|、，；]+)?$|^["']\s*,\s*["']$/i;
const QUOTED_CELL_BREAK = /^["']\s*,\s*["']$/;
function isQuote(code: number): boolean {
  return code === 34 || code === 39;
}
/** The same list's next item with its label: a bracketed note after the item before, a name or a host ("…, Jens 16.0.y", "(Online), 16.0.y", "…, PC-02 16.0.y"). */
const LIST_ITEM_GAP = /^(?:\s*\([^()\r\n]{0,30}\))?[\s,;/|、，；]+(?:(?!(?:Current|Actual|Ist|Istwert|Installed|Installiert|Installé|Now|Aktuell|Сейчас)(?![\p{L}])|Текущ|Фактическ|Установлен)\p{Lu}[\p{L}\d-]{0,24}(?:\s*[—–:-])?\s+)?$/u;
const THRESHOLD_AFTER = 16;
/** How far after a threshold's agent its words are read ("… is the first build that supports …"). */
const THRESHOLD_AFTER_AGENT = 40;
/** How long a label's bracketed note before an agent may be. */
const LABEL_NOTE_LIMIT = 48;
/** Such a note that says where the agent came from: "(from KB, not from our logs)", "(sample)". */
const SOURCE_NOTE = /from|example|sample|kb|docs/i;
/** Between an agent and a threshold word said of it: a copula, a dash, an article ("is the", "—", "ist die"). */
const SAID_OF_IT = /^\s*(?:[—–-]\s*|(?:is|ist|est|es|это)\s+(?:(?:the|die|der|la|le|el)\s+)?)$/iu;
/** What may stand between a build and the threshold phrase after it: blanks, brackets, Turkish's "'den", Korean's "(으)로". */
const AFTER_GAP = /^(?:\(으\)|[\s()[\],.'’（）])*$/;
/** How far standsAlone looks for a word on each side. */
const CELL_REACH = 64;
/** Longest line text kept for an unrecognised line. */
export const UNRECOGNIZED_TEXT_LIMIT = 200;
const REGISTRY_MARK = 'ersionToReport'; // VersionToReport, ClientVersionToReport
/** What stands between two builds when a line says the first was replaced by the second: " to ", " -> ", " на версию ". */
const FROM_TO = /^[\s)）]*(?:[(（][^()（）\r\n]{1,32}[)）]\s*)?(?:(?:terug|zurück|обратно|zpět|zpátky)\s+(?:naar|auf|на|na)|σε|στην|στο|στη|['’](?:d|t)[ae]n|sürümünden|sürümden|回滚到了|回滾到了|更新至|升级至|升級至|更新到了|升级到了|回滾到|升級到|(?:back\s+)?to(?:\s+the)?(?:\s+(?:msi|c2r|click-to-run))?|(?:wurde\s+)?zurückgerollt\s+auf|(?:was\s+)?rolled\s+back\s+to|->|→|=>|на|до|auf|à|a|até|para|vers|hacia|do|na|naar|till|から|升级到|更新到|回滚到|降级到|更新為|更新为|回退為|回退为|回滚为|到|至|에서)(?:\s+(?:a|la|the|de|il))?(?:\s+(?:version|build|версию|версии|сборку|сборки|wersji|wersję|verzi|verze|versão|versione|versie|versión|verzióra|sürümüne))?(?:\s*(?:version|версия)\s+\d{4}\s*[(（]\s*(?:build|сборка))?[\s(（]*$/i;
/** A record key that lists apps left out of an install (Click-to-Run's ExcludedApps, ODT's ExcludeApp). */
/** "was 16.0.x, now 16.0.y", "16.0.x – jetzt 16.0.y": the build before the word is the one left. */
/** "x, after the rollback it's now y", «x, после отката теперь y», "x, après le retour arrière il est en y": x is the build left. */
const AFTER_CHANGE_GAP =
  /^[\s)）]*[,;]\s*(?:and\s+|und\s+|и\s+)?(?:after|nach|после|après|tras|después|na|dopo)\s+(?:(?:the|dem|der|le|la|el|del|de|il|l['’])\s*)?(?:rollback|roll-back|roll back|update|upgrade|downgrade|retour arrière|откат\p{L}*|обновлени\p{L}*|actualización|mise à jour|aggiornamento)\s*,?\s*(?:(?:it['’]?s|it is|is|ist|est|il est|está|staat|hij|è|теперь|jetzt|now|nun|maintenant|ahora|ora|стоит|стал\p{L}*|wieder)\s+)*(?:(?:on|at|auf|на|sur|en|em|su|op|a)\s+)?$/iu;
/** Between a build and the one it was updated to, said as done: " — updated to ", ", then we upgraded to ", «, обновили до ». */
// (Or a later clause that tells of the update on its own: "… on Monday and it auto-updated to", ", но ночью Скайп для бизнеса сам
// обновился до", "but that's from the first call; after the restart Skype for Business updated to", red-team round 329.)
const UPDATED_TO_GAP = /^[\s)）]*(?:(?:[—–,;]|\s-)\s*(?:(?:then|and|so|dann|и|потом|затем)\s+)?(?:(?:we|i|it|he|she|they|wir|мы|я)\s+)?|(?:(?:\s+on\s+\p{L}+)?\s+and|[,;]?\s+(?:but|но|aber|mais|pero))\s+(?:[^\s.!?]+\s+){0,12}?)(?:(?:was|were|got|has been|have been|wurde)\s+)?(?:(?:auto-?|сам\s+)?(?:updated|upgraded|aktualisiert|mis à jour|обновил\p{L}*|обновлен\p{L}*|обновлён\p{L}*))\s+(?:itself\s+)?(?:it\s+|him\s+|her\s+|them\s+|его\s+|её\s+|ее\s+)?(?:to|auf|vers|à|до|на)\s*$/iu;
/** Between the build now and the one before it, said after: ", был ", ", was ", "; vorher war ". */
const WAS_GAP = /^[\s)）]*[,;]\s*(?:(?:а|and|und|et)\s+)?(?:(?:before|previously|earlier|раньше|до этого|vorher|avant)\s+)?(?:был[аио]?|стоял[аио]?|було|був|була|ήταν|was|war|était|era)\s*(?:(?:on|на|auf)\s+)?$/iu;
const NOW_GAP = /^[\s)）]*(?:(?:yesterday|last (?:week|month|night)|this morning|earlier|before|gestern|vorher|früher|letzte woche|вчера|раньше|утром|на прошлой неделе|hier|avant|ayer|antes|ieri|prima)\s*)?[,;]?\s*(?:and\s+|und\s+|и\s+|et\s+)?(?:now|jetzt|nun|сейчас|теперь|тепер|зараз|стало|maintenant|ahora|agora|ora|τώρα|teď|nyní|most|nu|şimdi|teraz|(?:→|->)\s*стало)(?:\s+(?:is|ist|est|está|esta|es|è))?(?:\s+(?:on|at|auf|на|sur|en|em|su|no|na))?[\s:(（]*$/i;

/** How far from the end of the line above a wrapped sentence's threshold phrase is read (wrappedQuoteBefore). */
const WRAP_REACH = 48;
/** How much of a slice's last line is kept for the next slice (ScanCarry.above): the reach, and an agent's first half. */
const WRAP_ABOVE = 2 * WRAP_REACH;
/** What may stand before a build that opens its line in a wrapped sentence: a word in lower case at most ("least"), or an agent's product. */
const WRAP_PREFIX = /^[ >]*(?:\p{Ll}[\p{L}'’-]* +)?(?:[A-Za-z]+\/)?$/u;
const WRAP_PREFIX_LIMIT = 32;
/** Or the client's name, in a mail's quoted lines maybe ("> Offline IM requires" then "> Skype for Business 16.0.x"). */
const WRAP_CLIENT = /^[ >]*(?:skype for business|skype für business|skype entreprise|skype empresarial|skype per business|skype dla firm|skype для бизнеса|скайп для бизнеса|sfb|lync)(?: 20\d\d)? *$/i;
/** At most so many characters of words (a product's name, "to") between a wrapped threshold phrase and its line's end. */
const WRAP_GAP = 24;
const WRAP_GAP_WORDS = /^[\p{L} '’-]*$/u;
/** A quantity just before a threshold phrase: a number, or "once", "twice" (the phrase then ends its own sentence). */
const QUANTITY_BEFORE = /\d|(?<![\p{L}])(?:once|twice|thrice|einmal|zweimal|deux fois|дважды)(?![\p{L}])/iu;
const WRAP_QUANTITY = 16;
/** An agent's first half ending the line above ("UCCAPI/16.0.x", with a shell's "\" maybe). */
const WRAPPED_AGENT = /[^\S\r\n]*(?:uccapi|oc)\/\d+(?:\.\d+){1,3}[^\S\r\n]*\\?$/i;
/** Between a threshold phrase and the build it names: blanks, a colon, a bracket, "is". */
const QUOTES_RIGHT_AFTER = /^[\s:(（]*(?:is|ist|est|—|-)?[\s:(（]*$/i;
/** Where the threshold phrases that follow before[i] one after another (only blanks or a colon between) end, up to `limit`. */
function chainEnd(line: string, before: readonly Mention[], i: number, total: number, limit: number): number {
  let end = before[i]!.end;
  for (let j = i + 1; j < total && before[j]!.start >= end && before[j]!.end <= limit && QUOTES_RIGHT_AFTER.test(line.slice(end, before[j]!.start)); j++) end = before[j]!.end;
  return end;
}

/**
 * Between a build and a threshold phrase about another: a bracket, a comma, a dash, "vs", a check mark, a verb ("meets"),
 * "but" ("My Skype for Business is 16.0.x but the KB says it needs 16.0.6920.1000 or later"; red-team round 268).
 */
const SET_APART = /[(（,;–—✔✓✘✗]|\s-\s|\bvs\.?(?![\p{L}])|\b(?:meets|erfüllt|satisfies|against|compared)\b|(?<![\p{L}])(?:but|aber|mais|pero|но|однако)(?![\p{L}])/iu;

/** "from" right before an agent, and "to" and the next agent right after it ("changed from OC/16.0.x to OC/16.0.y"). */
// ("was OC/…, now OC/…", «был OC/…, теперь OC/…»: the first agent is the one left too; red-team round 322.)
const AGENT_FROM = /(?:^|\s)(?:from|von|de|с|от|desde|da|van|från|was|war|était|был|была|previously|vorher|раньше)\s+$/i;
const AGENT_TO = /^(?:\s*\([^()]{0,40}\))?[\s),;]*(?:(?:back\s+)?to|->|→|=>|auf|на|до|vers|à|a|para|naar|till|now|jetzt|теперь|maintenant|ahora|today|heute|сейчас)\s*:?\s+(?:uccapi|oc)\//i;
const AGENT_FROM_REACH = 24;
/** Clients of earlier lines kept to weigh later lines against, and how many lines back an update's "now" reaches. */
const RECENT_KEPT = 16;
const RECENT_LINES = 40;
/** The first word of a change's status line, found fast: "Status:", "Result:", "Implemented:", «Статус:». */
const STATE_KEY_FIRST = /^(?:[>*•-]\s*)*(?:\p{L}+\s+){0,3}?(?:status|state|result|outcome|ergebnis|état|statut|estado|resultado|stato|статус|состояние|результат|implement|umgesetzt|durchgeführt|выполнено|реализовано|внедрено|aplicado|réalisé|mis en)/iu;
/** How far below a change's status its "to" line may stand, and how long such a status line is. */
const NOT_DONE_REACH = 6;
const NOT_DONE_LINE_LIMIT = 80;
/** A check made on the machine itself, or a claim said to be wrong: "remote session", "Quick Assist", "per Fernwartung", «удалённо». */
const CHECKED_ON_MACHINE = /(?<![\p{L}])(?:ignore that|doesn['’]t exist|does not exist|gibt['’]?s nicht|gibt es nicht|не существует|n['’]existe pas|no existe|wrong (?:pc|machine|laptop|computer)|just checked|gerade nachgeschaut|только что проверил\p{L}*|je viens de vérifier|remote(?:ly| session| desktop| registry)?|quick assist|teamviewer|anydesk|fernwartung|fernzugriff|per fernzugang|удал[её]нно|удал[её]нк\p{L}*|à distance|prise en main|claim is wrong|(?:is|was) wrong|old screenshot|from memory|aus dem gedächtnis|по памяти|en remoto|remotamente|(?:technician|tech|it|admin|support)\s+(?:verified|confirmed|checked)(?:\s+(?:build|version))?|verified on (?:the )?(?:pc|machine|device|laptop)|(?:vom techniker|vor ort) (?:geprüft|bestätigt)|vérifié sur (?:le )?poste)(?![\p{L}])/iu;
const CHECKED_STEM = /ignore|exist|gibt|существует|wrong|checked|nachgeschaut|проверил|vérifier|remot|assist|viewer|anydesk|fernwart|fernzugr|fernzugang|удал|distance|prise en main|wrong|screenshot|memory|gedächtnis|памяти|verified|confirmed|geprüft|bestätigt|vérifié/i;
/**
 * How many lines of a text a chat's, a ticket's or a change record's rules read (corrections and checks further down,
 * a change's status): such pastes are short, and a log of 100,000 lines is not read for them line by line.
 */
const THREAD_LINES = 400;
/** A correction or a check is a chat's message or a note, not a long paragraph. */
const CHECK_LINE_LIMIT = 240;
/** How much of a reply's line is read for a change, and how far back the lines above a "now" are read for an update. */
const REPLY_LINE_READ = 1000;
const UPDATE_TOLD_READ = 4000;
/**
 * The writer speaks of their own: "my", "I have", «у меня», «мой», "mein", "mon", "mi"; or a helpdesk's message the
 * writer quotes speaks to them: "> Your Skype for Business is 16.0.x, please update".
 */
const FIRST_PERSON = /(?<![\p{L}])(?:my|mine|i|i['’]m|i['’]ve|your|our|we|у меня|мой|моя|моё|мое|моём|моем|мне|я|у вас|ваш|ваша|ваше|вашем|mein|meine|meinem|ich|dein|deine|ihr|ihre|mon|ma|j['’]ai|votre|mi|tengo|su|moje|mój|mijn)(?![\p{L}])|私の|我的|제/iu;
/** The writer addressed: "you", «вы», "Sie", "vous", "usted", "tú". */
const SECOND_PERSON = /(?<![\p{L}])(?:you|у вас|вы|вас|у тебя|ты|ihnen|bei ihnen|vous|usted|tienes|tú)(?![\p{L}])/iu;
/** A line that says the app a build was read from is not known. */
const APP_UNKNOWN = /not sure which (?:window|app)|which window it came from|заголовок окна не попал|скриншот обрезан|не видно, из какого окна|nicht erkennbar, aus welchem fenster/i;
/** A compliance row's state: the threshold on such a row is the rule it was measured against. */
const COMPLIANCE_STATE = /(?<![\p{L}])(?:non-?compliant|compliant|nicht konform|konform|non conforme|conforme|не соответствует|соответствует)(?![\p{L}])/iu;
/** An update told of on the lines above a "now": "Triggered C2R update", "Pushed update through SCCM", «Запустил обновление», "C2R-Update angestoßen". */
const UPDATE_TOLD = /update|upgrade|maintenance done|maintenance completed|wartung abgeschlossen|обслуживание завершено|rolled back|rollback|patched|reimag|reinstall|обновлен|обновил|обновление|откат|переустанов|aktualisier|neu aufgesetzt|neuaufsetz|mise à jour|actualiz|aggiorn|atualiz|zaktualizow|aktualizacj|przeinstal|更新|업데이트/i;
/** A reply that corrects what the quoted part said: "Correction: I mistyped earlier", «опечатался», "vertippt". */
const CORRECTION = /correction|mistyped|typo|опечат|поправка|korrektur|vertippt|coquille|actually|wrong line|misread|read it wrong|на самом деле|ошибся|ошиблась|перепутал|eigentlich|falsch abgelesen|en fait|en realidad/i;
/** Any word NOW_BEFORE or NOW_AFTER looks for, anywhere on the line: a cheap first look. */
const NOW_ANY = /now|today|current|inzwischen|mittlerweile|inmiddels|ondertussen|entre-temps|entretemps|nel frattempo|actual|actuel|in fact|in reality|at the moment|these days|since|\bnu\b|\bora\b|\bhoy\b|heute|jetzt|aktuell|derzeit|seit|tatsächlich|maintenant|aujourd|depuis|réalité|ahora|desde|realidad|agora|atualmente|attualmente|сейчас|теперь|тепер|данный момент|реально|самом деле|фактически|текущ|актуальн|с тех пор|今は|現在|现在|目前|지금|현재|実際|实际|實際|skutečnosti|realtà|na verdade|rzeczywisto|nach dem update|после обновления|after the update|teraz|obecnie|aktualnie|again|wieder|снова|опять|znowu|ponownie|nouveau|otra vez|de nuevo|di nuovo/i;
/** An e-mail's quoted part begins: Outlook's separator, "On … wrote:", «… написал(а):», "Am … schrieb …:", "Le … a écrit :". */
const ORIGINAL_MESSAGE = /^(?:-{2,}\s*(?:original message|forwarded message|исходное сообщение|пересылаемое сообщение|пересланное сообщение|ursprüngliche nachricht|weitergeleitete nachricht|message d['’]origine|message transféré|mensaje original|mensaje reenviado|messaggio originale|messaggio inoltrato|mensagem original|mensagem encaminhada)\s*-{2,}|_{8,}\s*$|(?:on|am|le|el)\s.{4,120}(?:wrote|schrieb|a écrit|escribió)\s*:|.{4,120}(?:написал|написала|ha scritto|napisał\p{L}*|schreef|skrev)\s*:)/iu;
const ORIGINAL_MESSAGE_LIMIT = 200;
/** A machine set back or rebuilt, told in a reply: "ODT-Rollback", "zurücksetzen", "reimaged", «переустановили», "réinstallation". */
const MACHINE_RESET = /rollback|zurücksetz|zurückgesetzt|reimag|re-imag|reinstal|réinstall|переустанов|riportare|cofną|cofnię|przywróc|ripristin|restaura|wieder auf/i;
/** An e-mail header block's first keys, in Outlook's languages: "From:" over "Sent:". */
const FROM_KEY = /^\s*(?:from|von|de|da|od|от|van|från)\s*:/i;
const SENT_KEY = /^(?:sent|gesendet|envoyé|enviado(?: el)?|inviato|wysłano|отправлено|verzonden|skickat)\s*:/i;
/** Another person named on a quoted line: its builds may be theirs, not the writer's ("> Mark's PC has …", "> sein Laptop …"). */
const OTHER_PERSON = /(?<![\p{L}])(?:his|her|their|he|she|they|sein\p{L}*|ihr\p{L}*|er|sie|его|её|ее|их|он|она|son|sa|ses|il|elle|su|sus|él|ella)(?![\p{L}])|\p{Lu}\p{Ll}+['’]s(?![\p{L}])/u;
/** Findings of one line weighed against each other for the one said to be there now; a line of more is a log's, not a story's. */
const LINE_CONFIRMED_KEPT = 8;
/** A word that says a build is the one now, right before it in its clause: "now", "today … reports", «сейчас», "currently on", "actually reads", «реально». */
const NOW_BEFORE = /(?<![\p{L}])(?<!(?:bis|until|till|up to|до|jusqu['’]à|hasta)\s+)(?:now|today|currently|at the moment|these days|actually|in fact|in reality|ve skutečnosti|in realtà|na verdade|w rzeczywistości|nach dem update|после обновления|after the update|teraz|obecnie|aktualnie|again|wieder|снова|опять|znowu|ponownie|de nouveau|à nouveau|otra vez|de nuevo|di nuovo|сейчас|теперь|тепер|на данный момент|в данный момент|реально|на самом деле|фактически|tatsächlich|en réalité|en realidad|jetzt|aktuell|derzeit|heute|inzwischen|mittlerweile|inmiddels|ondertussen|entre-temps|entretemps|nel frattempo|maintenant|actuellement|aujourd['’]hui|ahora|actualmente|hoy|agora|atualmente|ora|attualmente|nu)(?![\p{L}])[^.;!?]{0,56}$|(?<![\p{L}])since\s+(?:the\s+)?[\p{L}\d/.-]+(?:\s+[\p{L}\d/.-]+){0,6}?\s+(?:reports?|registers?(?:\s+as)?|shows?|runs?|is on|are on)\s+$|(?:今は|現在|现在|目前|지금|현재|実際の|实际|實際)[^.;!?。]{0,24}$/iu;
/** The same said after it, in its clause or a "which"/«это» clause joined to it: "…, which is what Skype for Business shows now", «…, это текущая версия», "… since the June update". */
const NOW_AFTER = /^(?:[^.;!?,]{0,48}|[^.;!?,]{0,8},\s*(?:which|that|это|что|das|ce qui|lo que|o que)[^.;!?,]{0,48}?)(?<![\p{L}])(?:now|currently|current|today|since|teraz|obecnie|aktualnie|again|wieder|снова|опять|znowu|ponownie|de nouveau|à nouveau|otra vez|de nuevo|di nuovo|сейчас|теперь|текущ\p{L}*|актуальн\p{L}*|с тех пор|jetzt|aktuell\p{L}*|seit|maintenant|actuel\p{L}*|depuis|ahora|actual|desde)(?![\p{L}])/iu;
/** A version part written as a placeholder: "x", "xxxx", "yyyy", "nnnn", "X". */
const PLACEHOLDER_PART = /^(?:x+|y+|n+|#+)(?![\p{L}\d])/iu;
/** How far before a ">" another " > " makes it a breadcrumb's step, not a comparison. */
const BREADCRUMB_REACH = 200;
const AGENT_TO_REACH = 72;

/** A dotted number: a run the scanner reads (onlyHeaderRuns). */
const DOTTED_RUN = /\d[.．]\d/;
/** A number of three parts or more. */
const BUILD_LIKE = /\d[.．]\d+[.．]\d/;

/** Whole phrases of install-states.ts as one pattern, any case; a blank in a phrase stands for blanks or an apostrophe ("hasn t"). */
function phrasesPattern(phrases: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}])(?:${phrases.map((w) => w.replace(/ /g, "[\\s'’]+")).join('|')})(?![\\p{L}])`, 'iu');
}

/** The install states said after a build in its clause, in the other languages (install-states.ts). */
const STATE_LATER = phrasesPattern([...STATE_AFTER, ...STATE_EITHER]);

/** A restart awaited after a build, past a comma too (install-states.ts). */
const RESTART_LATER = phrasesPattern(STATE_RESTART);

/** An install's state as a line's label, the client or its build right after it ("Pending install: Skype for Business 16.0.x", "Queued: 16.0.x"). */
const STATE_LINE_LABEL = /(?:pending(?: install(?:ation)?)?|queued|awaiting(?: approval| deployment| install(?:ation)?)?|to be installed|upcoming|not (?:yet )?installed|setup failed|install(?:ation)? failed|uninstalled|removed|nicht installiert|не установлен[оа]?)\s*[:：]\s*(?:(?:microsoft\s+)?(?:skype|lync|sfb|uccapi\/|oc\/)|\d)/iuy;

/** A state label's colon, then the client's name or nothing before the build (stateLabelBefore). */
const STATE_LABEL_GAP = /^\s*[:：]\s*(?:[\p{L}\d'’ .()-]*\s)?(?:version\s|build\s)?$/iu;
const STATE_LABEL_REACH = 48;

/** How far an installer's name may go on after its build before its extension ("_x86_ru-ru"). */
const FILE_SUFFIX_REACH = 24;

/** A line labelled as the side after a change, or before it: "After:", "user agent after:", «Стало:», "Nachher:", "Before:". */
// (Or with the change named after the word: "Build before change:", "Build after change:", "Version nach dem Update:".)
const SIDE_LABEL_CHANGE = '(?:\\s+(?:the\\s+|dem\\s+|la\\s+)?(?:change|update|upgrade|migration|rollout|reimage|änderung|mise à jour|cambio|обновления|изменения))?';
const AFTER_LABEL = new RegExp(`^[\\s>*•-]*(?:\\p{L}+\\s+){0,3}(?:after|nachher|danach|après|después|после|стало|sonra|dopo|to|nach|vers|на)${SIDE_LABEL_CHANGE}(?:\\s*[(（][^()（）]{0,32}[)）])?\\s*[:：]`, 'iu');
const BEFORE_LABEL = new RegExp(`^[\\s>*•-]*(?:\\p{L}+\\s+){0,3}(?:before|vorher|avant|antes|до|было|przed|önce|prima|from|von|de|с)${SIDE_LABEL_CHANGE}(?:\\s*[(（][^()（）]{0,32}[)）])?\\s*[:：]`, 'iu');
const SIDE_LABEL_READ = 80;
/** Letters every AFTER_LABEL word holds, lower case: a cheap first look at a line's head. */
const AFTER_HINT = /fter|achher|anach|près|spués|осле|тало|onra|opo|^[\s>*•-]*(?:to|nach|vers|на)\s*[:：]/i;

/** A label's bracket that says its build is gone (group 1) or not yet out, then its colon and at most the client's name. */
const STATE_IN_BRACKETS = /[(（][^()（）]{0,40}?(?:(?<![\p{L}])(retired|decommissioned|deprecated|superseded|obsolete|ausgemustert|außer betrieb|veraltet|abgelöst|retiré\p{L}*|obsolète|retirad[oa]|obsolet[oa]|выведен\p{L}*|устарел\p{L}*|снят\p{L}*)|(?<![\p{L}])(?:in test(?:ing)?|testing|not released|unreleased|in pilot|im test|in erprobung|nicht freigegeben|en test|en pruebas|на тестировании|в тесте|тестов\p{L}*|не выпущен\p{L}*))(?![\p{L}])[^()（）]{0,40}[)）]\s*[:：][^:：.;]{0,48}$/iu;

/**
 * A later sentence that starts with what is there now, under a plan's label ("Planned: update to 16.0.x next week.
 * Currently 16.0.y.", red-team round 390): its build is the install, not the plan's.
 */
const NOW_SENTENCE_BEFORE = /[.!?;]\s+(?:currently|now|today|at the moment|right now|aktuell|derzeit|jetzt|actuellement|maintenant|actualmente|ahora|attualmente|сейчас|на данный момент|в данный момент|текущая|текущий|現在)(?![\p{L}])[^.!?;]*$/iu;
const NOW_SENTENCE_REACH = 80;

/** "was" right before a build, and "now" right after it (the next build's clause): the build before, in "was 16.0.x, now 16.0.y". */
const WAS_BEFORE = /(?<![\p{L}])(?:was|were|war|waren|était|étaient|era|eran|estaba|был[аои]?|было|stand)\s*[:=]?\s*$/iu;
const BRACKET_OPEN_ONLY = /^\s*[(（]\s*$/;
/** A sentence's or a clause's stop: a full stop, "!", "?" or ";" before a blank. */
const STOP_BETWEEN = /[;.!?]\s/;
/** A slash or an "and" that joins two parts of a line ("Servidor: … 6.0.x / Cliente: 16.0.y", "… (6.0.x) y el cliente …"). */
const PART_JOIN = /\s(?:\/|y|and|und|et|e|i|и)\s/iu;
// (A year may date the build before: "was 16.0.x in 2016, now it's 16.0.y".)
const NOW_NEXT = /^(?:\s+(?:in|im|en|в|w)\s+(?:19|20)\d\d)?[\s)）]*[,;/]?\s*(?:(?:and|und|et|y|а|и)\s+)?(?:now|jetzt|nun|maintenant|ahora|agora|ora|сейчас|теперь|today|heute|seit|since|depuis|desde)(?![\p{L}])/iu;
const WAS_NOW_REACH = 80;
/** A "before/after" label of a pair of builds, and the slash between the pair's two builds. */
const BEFORE_AFTER_PAIR = /(?<![\p{L}])(?:before\s*\/\s*after|avant\s*\/\s*après|vorher\s*\/\s*nachher|до\s*\/\s*после|antes\s*\/\s*después|prima\s*\/\s*dopo|old\s*\/\s*new|alt\s*\/\s*neu)(?![\p{L}])/iu;
const PAIR_GAP = /^\s*\/\s*$/;

/** Words after an app in brackets that say it shares the build: "(Outlook and Word report the same build)", "(Outlook too)", «(Outlook тоже)». */
const SAME_BUILD_AFTER = /^[^()（）]{0,40}?(?<![\p{L}])(?:same build|same version|the same|too|as well|also|auch|ebenfalls|gleiche|dieselbe|тоже|также|та же|тот же|aussi|même|también|mismo|misma)(?![\p{L}])/iu;

/** A message named right before a state word ("message queued", «сообщение в очереди»): the message's state, not an install's. */
const MESSAGE_SUBJECT_BEFORE = /(?<![\p{L}])(?:messages?|msgs?|ims?|invit\p{L}*|notifications?|e-?mails?|mails?|сообщени\p{L}*|nachricht\p{L}*)\s+(?:(?:is|was|were|are|ist|wurde|wurden)\s+)?$/iu;
const MESSAGE_SUBJECT_REACH = 24;

/** Whether the state word at line offset `at` has a message as its subject, read back to `from` at most (MESSAGE_SUBJECT_BEFORE). */
function messageStateAt(line: string, from: number, at: number): boolean {
  return MESSAGE_SUBJECT_BEFORE.test(line.slice(Math.max(from, at - MESSAGE_SUBJECT_REACH), at));
}

/** Right after a build: it is said to be no client's ("is not a Skype client", "isn't a client build", «— не клиентская сборка»). */
const NOT_A_CLIENT_AFTER = /^[\s)）"'”’]*(?:(?:is|was|ist|war|est|es|—|–|-)\s*)?(?:not|isn['’]t|wasn['’]t|nicht|keine?|pas|no|не)\s+(?:(?:a|an|the|our|any|ein\p{L}*|un|une|el)\s+)?(?:(?:skype|lync|sfb)(?:[- ]for[- ]business)?\s+|skype-)?(?:client\p{L}*|клиент\p{L}*|cliente)(?![\p{L}])/iu;
const NOT_A_CLIENT_READ = 64;

/** A change said to have failed, in the admins' languages. */
const CHANGE_FAILED = /(?<![\p{L}])(?:failed|fehlgeschlagen|échou\p{L}*|échec|falló|fallid[oa]|error al actualizar|falha|falhou|nie powiodł\p{L}*|nieudan\p{L}*|mislukt|selhal\p{L}*|güncellenemedi|başarısız|не удалось|неудачн\p{L}*|non riuscit\p{L}*|fallit[oa]|misslyckades|sikertelen|could not|couldn['’]t|unable to)(?![\p{L}])|失败|失敗|실패/iu;

/** A change the line plans rather than reports (with FROM_TO between its builds; PLANNED_LATER also counts). */
// (And a change request's, next week's, an infinitive's to-do: "CR-2231: upgrade … from x to y", «обновить … с x до y»,
// "Nächste Woche aktualisieren wir …", "来週 … に更新します"; red-team round 323.)
const PLANNED_CHANGE = /(?<![\p{L}])(?:plan(?:ned)?|scheduled|geplant\p{L}*|prévu\p{L}*|planifi\p{L}*|programad\p{L}*|pianificat\p{L}*|agendad\p{L}*|запланир\p{L}*|заплан\p{L}*|планиру\p{L}*|will be|wird|sera|будет|change request|next (?:week|month|quarter)|tomorrow|nächste woche|morgen|la semaine prochaine|la próxima semana|mañana|на следующей неделе|завтра|заявка на изменение|demande de changement|обновить|mettre à jour|actualizaremos|aktualisieren wir|cr-\d+:)(?![\p{L}])|予定|计划|計畫|예정|来週|明日|更新します/iu;

const EXCLUDED_KEY = /^\s*(?:<[\w:]+\s+\w+=["']|["<])?(?:[\w.-]*exclude|исключ)/iu;
/** Suite findings of a block kept to be replaced by their client's, and findings looked back over for that client. */
const BLOCK_SUITES_KEPT = 16;
/** Click-to-Run product IDs of suites that hold no Skype for Business client. */
const NO_CLIENT_PRODUCT = /^(?:homebusiness|homestudent|personal|o365homeprem|standard20)/i;
/** Keys of the PowerShell lines prerequisites.ts reads, tested in place without slicing. */
const PREREQUISITE_KEY = /(?:identity|enableofflineim|enableimautoarchiving)[^\S\r\n]*:/iy;
const AGENT_LOWER = AGENT_PRODUCTS.map((p) => p.toLowerCase());

/** The agent product whose name is input[from, to), if any, in any case; compares in place. */
function productAt(input: string, from: number, to: number): AgentProduct | undefined {
  const k = asciiWordIndexAt(input, from, to, AGENT_LOWER);
  return k < 0 ? undefined : AGENT_PRODUCTS[k];
}

/** What a run's text means by itself, computed once per distinct run text. */
interface RunInfo {
  /** Canonical parts (ASCII, no leading zeros). */
  parts: Parts;
  version: string;
  /** Family by number alone; undefined when the number is no client build. */
  family: FamilyId | undefined;
  /** Why the number is no client build (family undefined). */
  note: Message | undefined;
  /** The run as written. */
  text: string;
  /** Judgements of this number per product, family and evidence. */
  judged: JudgedEntry[];
  /** The last scan (scanId) that counted this run's version. */
  seen: number;
  /** Whether the version is a threshold in force (1) or not (0), once asked; -1 before. The caches are emptied when the thresholds change. */
  inForce: number;
}

/** A run's client verdicts for one product token, family and evidence strength. */
interface JudgedEntry {
  product: string;
  family: FamilyId;
  evidence: Evidence;
  judgement: Judgement;
  text: string;
  /** Indices of the judgement's verdicts in Scanner.counts. */
  onlineIndex: number;
  onpremIndex: number;
}

// Run meanings and verdicts are pure functions of the run's text (and the
// thresholds in force), so they are kept across scans: the popup and the
// overlay rescan similar text. The caches are emptied when the thresholds
// change, so memory stays small.
//
// Each cache is a table indexed by a hash of the run's characters, checked
// against the text in place, two entries per slot; a collision replaces the
// older. A look-up then costs an array read or two and a short comparison,
// and no string allocation.
const CACHE_BITS = 16;
const runCache: (RunInfo | undefined)[] = new Array<RunInfo | undefined>(1 << CACHE_BITS).fill(undefined);
const aboutCache: (RunInfo | undefined)[] = new Array<RunInfo | undefined>(1 << CACHE_BITS).fill(undefined);
let cachedThresholds = '';

/** Hash of input[start, end), as nextRun takes it; stays a small integer. */
function hashRange(input: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) hash = (Math.imul(hash, 31) + input.charCodeAt(i)) & 0x3fffffff;
  return hash;
}

/** input[start, end) === text, compared in place. */
function sameText(input: string, start: number, end: number, text: string): boolean {
  if (text.length !== end - start) return false;
  for (let i = 0; i < text.length; i++) if (input.charCodeAt(start + i) !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * A flat copy of input[start, end) that does not point into `input`: a slice
 * of 13 or more characters would keep the whole input alive for as long as
 * the cache holds it (a chunk of a 1 GB log, the last scan's paste), and
 * reading a slice's characters costs a third more than reading a flat
 * string's, on every look-up (sameText).
 */
function ownCopy(input: string, start: number, end: number): string {
  // JSON.parse makes a new sequential string; a concatenation would only be flattened into another slice.
  return JSON.parse(JSON.stringify(input.slice(start, end))) as string;
}

/** A forward-moving mark not looked for yet: below every line start, so the first need searches. */
const NOT_SEARCHED = -2;

/** Runs longer than this are judged every time and never kept: no build is half as long, and the caches stay small. */
const CACHED_RUN_LIMIT = 64;

function cached(cache: (RunInfo | undefined)[], input: string, start: number, end: number, hash: number, make: (text: string) => RunInfo): RunInfo {
  if (end - start > CACHED_RUN_LIMIT) return make(input.slice(start, end));
  // Fibonacci hashing: the top bits of hash × 2^32/φ spread runs that differ only in their last digits.
  const slot = Math.imul(hash, 0x9e3779b1) >>> (32 - CACHE_BITS);
  const first = cache[slot];
  if (first !== undefined && sameText(input, start, end, first.text)) return first;
  // Two ways per slot, so that two runs whose hashes meet do not push each other out on every line.
  const other = slot ^ 1;
  const second = cache[other];
  if (second !== undefined && sameText(input, start, end, second.text)) return second;
  const info = make(ownCopy(input, start, end));
  // The new run takes the slot; the run it displaces (if any) takes the other way, replacing the older.
  if (first !== undefined) cache[other] = first;
  cache[slot] = info;
  return info;
}

/** State that lives from one slice of a long text to the next (scan-stream.ts). */
export interface ScanCarry {
  /** The PowerShell reader's place (Identity, a table under way). */
  prereq: PrerequisiteState;
  /** The Format-List / reg query record under way (part-state.ts). */
  record: RecordState;
  /** Server switches read so far. */
  prerequisites: Prerequisite[];
  /** The lines without a number above, which may say what a build below them is (headings.ts). */
  headings: Headings;
  /** A grid copied one cell per line under way (vertical-run.ts). */
  vertical: VerticalRun;
  // For a part scanned before the record above it is known (part-state.ts): whether that record could
  // go on into this part, whether a line that is no record line has ended it, and whether a line of it here was decided.
  recordStartUnknown: boolean;
  recordReset: boolean;
  recordDepended: boolean;
  /** Versions of the findings so far (the distinct builds of all slices): each scan adds its own once, not per finding. */
  versions: Set<string>;
  /** The block under way and whether a blank line ended the one above (part-state.ts). */
  block: BlockState;
  blockBlank: boolean;
  /** The last build found to be another Office app's, and its line: an About line just below with that build is the app's too. */
  app: AppNote | undefined;
  /** Whether this part set the app note or cleared it (a heading between): the note above it no longer counts. */
  appTouched: boolean;
  /** The end of the last line scanned (WRAP_ABOVE characters at most), for a sentence wrapped onto the next slice's first line; '' for none. */
  above: string;
  /** Whether this part has scanned a line (and so set `above`). */
  aboveTouched: boolean;
  /** A unified diff's hunk is under way: its lines start with " ", "+" or "-". */
  diff: boolean;
  /** Whether this part has seen a line that says whether a diff is under way. */
  diffTouched: boolean;
  /** The line the part starts at (a stream's first line). */
  partFirstLine: number;
}

export function newScanCarry(): ScanCarry {
  return { prereq: emptyPrerequisiteState(), record: { ...NO_RECORD }, prerequisites: [], headings: new Headings(), vertical: new VerticalRun(), recordStartUnknown: false, recordReset: false, recordDepended: false, versions: new Set(), block: { versions: [], lines: [], keys: [] }, blockBlank: false, app: undefined, appTouched: false, diff: false, diffTouched: false, above: '', aboveTouched: false, partFirstLine: 1 };
}

/** Where a scan starts, so that a caller can scan a long text in slices, and what it judges against. */
export interface ScanOptions extends ScanContext {
  /** Line number of the first line (default 1). */
  firstLine?: number;
  /** Added to every offset (default 0): the offset of `start`. */
  offset?: number;
  /**
   * Scans input[start, end) only (default: all of it); `start` is a line
   * start and `end` a line end or the input's end. A caller with a slice of
   * a larger text passes the text and the slice's bounds rather than a
   * slice: reading a sliced string's characters costs more than reading a
   * flat string's, on every character the scan looks at.
   */
  start?: number;
  end?: number;
  /**
   * State carried over from the slice before (newScanCarry() once, then the
   * same object on every slice). Server switches read in earlier slices
   * apply to this slice's findings too.
   */
  carry?: ScanCarry;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x3000 || code === 0x202f;
}

/** Index before the spaces, invisible marks, "+", "%20", "&nbsp;" and "&#160;" that end at `i` (down to `from`): a web copy's or a URL's About line. */
function skipSpacesBack(input: string, from: number, i: number): number {
  for (;;) {
    while (i > from && (isSpace(input.charCodeAt(i - 1)) || isInvisible(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) === 43)) i--;
    const c = input.charCodeAt(i - 1);
    // (Only an entity's ";" or "%20"'s "0" can end one.)
    if (c !== 59 && c !== 48) return i;
    const length = c === 48 ? 3 : input.charCodeAt(i - 5) === 38 ? 5 : 6;
    if (i - length < from || encodedSpaceAt(input, i - length) !== length) return i;
    i -= length;
  }
}

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

function isDot(code: number): boolean {
  return code === 46 || code === 0xff0e;
}

/** Whether the line names two Office apps or more (a list of the suite's installed apps). */
function listsOtherApps(mentions: readonly Mention[]): boolean {
  let apps = 0;
  for (const m of mentions) if (m.kind === 'app' && ++apps >= 2) return true;
  return false;
}

/** Zero-width and bidi marks, and soft hyphens, that copies from web pages carry between words and inside them. */
function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x2060 || c === 0xfeff;
}

/** Lower case for the letters of ABOUT_KEYWORDS' scripts (Latin, Latin-1, Cyrillic), without allocating. */
function lower(c: number): number {
  if ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) || (c >= 0x410 && c <= 0x42f)) return c + 32;
  if (c >= 0x400 && c <= 0x40f) return c + 80;
  return c;
}

/** input[from, to) ends with `word` (lower case), ignoring case. */
function endsWithWord(input: string, from: number, to: number, word: string): boolean {
  const at = to - word.length;
  if (at < from) return false;
  for (let k = 0; k < word.length; k++) if (lower(input.charCodeAt(at + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/** ASCII digits and dots for a run that may hold full-width forms. */
function asciiRun(run: string): string {
  return NON_ASCII_RUN.test(run) ? run.replace(INVISIBLE_MARKS, '').replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : run;
}

/** The marks isInvisible knows, as a pattern: taken out of a run before its parts are read. */
const INVISIBLE_MARKS = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060\ufeff]/g;

/** Whether an invisible mark stands at input[at] with a digit right after it (inside a build copied from a web page). */
function invisibleBeforeDigit(input: string, at: number): boolean {
  return isInvisible(input.charCodeAt(at)) && isDigit(input.charCodeAt(at + 1));
}

/** Whether an invisible mark stands at input[at] inside a run: a digit, or a dot and a digit, right after it. */
function invisibleInRun(input: string, at: number): boolean {
  return isInvisible(input.charCodeAt(at)) && (isDigit(input.charCodeAt(at + 1)) || (isDot(input.charCodeAt(at + 1)) && isDigit(input.charCodeAt(at + 2))));
}

function hasLeadingZero(part: string): boolean {
  return part.length > 1 && part.charCodeAt(0) === 48;
}

/** Meaning of a run of three or four parts, without product context. */
function runInfo(run: string): RunInfo {
  const raw = asciiRun(run).split('.');
  const parts = raw.map(canonicalPart);
  const family = hasLeadingZero(raw[0]!) || hasLeadingZero(raw[1]!) ? undefined : familyOfNumber(parts);
  return { parts, version: parts.join('.'), family, note: family ? undefined : whyNotABuild(raw, parts), text: run, judged: [], seen: 0, inForce: -1 };
}

/**
 * Meaning of a two-part run after an About keyword: build.revision of a 16.0 client.
 * Office builds from 10000 on carry five-digit revisions (17928.20114); a
 * five-digit build with a short revision (19045.3803), or a build Windows
 * itself ships (9600, 7601), is Windows's own "Build".
 */
function aboutInfo(run: string): RunInfo {
  const [build, revision] = asciiRun(run).split('.');
  const parts = ['16', '0', canonicalPart(build!), canonicalPart(revision!)];
  // Windows's own revisions of its four-digit builds have five digits (7601.24544, 9600.17415); Office's of the same
  // numbers four (Version 1509's 6001.1038).
  const windows = (parts[2]!.length >= 5 && parts[3]!.length <= 4) || (WINDOWS_BUILDS.has(parts[2]!) && (parts[2]!.length >= 5 || parts[3]!.length >= 5));
  if (windows) return { parts, version: parts.join('.'), family: undefined, note: { key: 'ignored_windows', params: { text: run } }, text: run, judged: [], seen: 0, inForce: -1 };
  return { parts, version: parts.join('.'), family: aboutFamily(parts), note: undefined, text: run, judged: [], seen: 0, inForce: -1 };
}

/** The family of an About build: the About dialog's "(Build … Click-to-Run)" form is Click-to-Run, not MSI. */
function aboutFamily(parts: Parts): FamilyId | undefined {
  const family = familyOfNumber(parts);
  return family === 'win16-msi-range' ? 'win16' : family;
}

/** An About run that aboutInfo took for Windows, as Office's build (made on the rare line that says Click-to-Run). */
function officeAboutInfo(windows: RunInfo): RunInfo {
  return { ...windows, family: aboutFamily(windows.parts), note: undefined, judged: [], seen: 0, inForce: -1 };
}

/** ASCII digit value of a possibly full-width digit's code, or -1 for anything else. */
function digitAt(input: string, at: number): number {
  const c = input.charCodeAt(at);
  const d = c >= 0xff10 ? c - 0xff10 : c - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Could the run at `start` (with `dots` dots) be a client build by number?
 * Looks at the first two parts only, in place: 16.0 (or any 16.x of four
 * parts), 15.0, 4.0, 3.5, 2.0, as familyOfNumber needs. Most dotted numbers
 * in a report (dates, IPs, Windows versions) fail here without any slicing.
 */
function couldBeClient(input: string, start: number, dots: number): boolean {
  let major: number;
  let at: number;
  if (isDot(input.charCodeAt(start + 1))) {
    major = digitAt(input, start);
    at = start + 2;
  } else {
    if (!isDot(input.charCodeAt(start + 2)) || digitAt(input, start) !== 1) return false;
    major = 10 + digitAt(input, start + 1);
    at = start + 3;
  }
  // The minor part: one digit followed by a dot.
  const minor = isDot(input.charCodeAt(at + 1)) ? digitAt(input, at) : -1;
  switch (major) {
    case 16:
      return minor === 0 || (dots === 3 && digitAt(input, at) > 0);
    case 15:
    case 4:
    case 2:
      return minor === 0;
    case 3:
      return minor === 5;
    default:
      return false;
  }
}

/**
 * A Finding as a class instance: V8 allocates these faster than object
 * literals in the hot loop. Plain data all the same: JSON, structured clone
 * (worker messages, storage) and toEqual see the same fields. The fields are
 * declared, not defined: class fields would run define semantics on every
 * construction, a third slower than the plain assignments below.
 */
class FindingRecord implements Finding {
  declare line: number;
  declare start: number;
  declare end: number;
  declare text: string;
  declare version: string;
  declare family: FamilyId;
  declare source: FindingSource;
  declare verdicts: Judgement['verdicts'];
  declare reasons: Judgement['reasons'];
  declare clientVerdicts: Judgement['verdicts'];
  declare user?: string;
  constructor(line: number, start: number, end: number, text: string, version: string, family: FamilyId, source: FindingSource, verdicts: Judgement['verdicts'], reasons: Judgement['reasons'], user: string | undefined) {
    this.line = line;
    this.start = start;
    this.end = end;
    this.text = text;
    this.version = version;
    this.family = family;
    this.source = source;
    this.verdicts = verdicts;
    this.reasons = reasons;
    this.clientVerdicts = verdicts;
    // Every record has the same fields in the same order: one shape for every reader.
    this.user = user;
  }
}

/** Verdicts in the order of Scanner.counts. */
const COUNTED: readonly Verdict[] = ['eligible', 'upgrade-required', 'not-supported', 'unknown', 'blocked'];

/** Index of a verdict in COUNTED, without a look-up by string key. */
function verdictIndex(v: Verdict): number {
  switch (v) {
    case 'eligible':
      return 0;
    case 'upgrade-required':
      return 1;
    case 'not-supported':
      return 2;
    case 'unknown':
      return 3;
    default:
      return 4;
  }
}

/** A run waiting for the end of its line, where the line's words decide it. */
interface Candidate {
  start: number;
  end: number;
  info: RunInfo;
  /** Start of the About keyword ("Build") for a two-part About run, else -1. */
  keyword: number;
}

/**
 * Reasons that only guess from a number's shape which product it belongs to,
 * and often guess wrong: a date-shaped "1.6.00.4472" is Teams', a "6.0.x"
 * Skype for Business Server's as often as Windows's. Windows 10.0.x and the
 * server numbers are left to their shape's reason, which is right for them.
 */
function guessed(why: Message): boolean {
  const key = why.key;
  if (key === 'ignored_windows') return why.params.text?.startsWith('6.') === true;
  return key === 'ignored_date' || key === 'ignored_not_client' || key === 'ignored_other';
}

/** Kinds of mention that name what a number belongs to (not phrases about thresholds or the mailbox). */
function names(kind: MentionKind): boolean {
  return kind !== 'neutral' && kind !== 'threshold-after' && kind !== 'threshold-before' && kind !== 'past' && kind !== 'status';
}

const SERVER_ROLE_WORDS = SERVER_ROLES.map((r) => r.replace(/\*$/, ''));

/** Whether a mention's words are a server role (SERVER_ROLES; a stem matches the words it starts). */
function isServerRole(text: string): boolean {
  const words = text.toLowerCase().replace(/[\s\u00a0]+/g, ' ');
  return SERVER_ROLES.some((r, k) => (r.endsWith('*') ? words.startsWith(SERVER_ROLE_WORDS[k]!) : words === r));
}

/** Client kinds: a Skype/Lync client on Windows, Mac, phone or web. */
function isClientKind(kind: MentionKind): boolean {
  return kind === 'client' || kind === 'web' || kind === 'mac' || kind === 'mobile';
}

/** Names that defeat a run: another product, an Office app, Windows. */
function isNegativeKind(kind: MentionKind): boolean {
  return kind === 'other' || kind === 'app' || kind === 'windows';
}

const NAMED_FAMILY: Partial<Record<MentionKind, FamilyId>> = { web: 'web', mac: 'mac', mobile: 'mobile' };
/** The year of an older client named before its About build ("Lync 2010", "Skype for Business 2015"). */
const OLDER_CLIENT_YEAR = /(?<!\d)(2010|2013|2015)(?!\d)/;
/** A version label right before a number: "Version ", "Versión ", "Версия " (the number is then a YYMM label). */
const VERSION_LABEL_BEFORE = /(?:version|versión|versão|versione|versie|wersja|verze|verzió|versiyon|версия|версія)\s*:?\s*$/iu;

/** Letters of any script; digits, punctuation, symbols and blanks are not. */
function isAnyLetter(c: number): boolean {
  if (c < 0x80) return isLetter(c);
  if (c < 0xc0) return c === 0xaa || c === 0xb5 || c === 0xba;
  return !(c === 0xd7 || c === 0xf7 || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f) || (c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c === 0xfeff);
}

/**
 * Whether line[from, to) holds what FOREIGN_LABEL's number needs: a digit, then
 * "." or "h"/"H", then a digit ("15.20", "22H2"). Without it the regex cannot match.
 */
/** A line that names the computer the lines below are about ("Computer: PC-02", "Hostname = WKS-0101"), tested where its text starts. */
const OWNER_LINE = /(?:computer|computername|device|devicename|host|hostname|machine|machinename|pc|rechner|gerät|ordinateur|equipo|компьютер|устройство)\s*[:=]/iy;
/** Their first letters, lower case (| 0x20), so that most lines are passed by one look-up. */
const OWNER_LINE_FIRST: ReadonlySet<number> = new Set(['c', 'd', 'h', 'm', 'p', 'r', 'g', 'o', 'e', 'к', 'у'].map((c) => c.charCodeAt(0)));

/** How far back a finding's row start is looked for. */
const ROW_LOOKBACK = 4096;

function isPathSeparator(c: number): boolean {
  return c === 92 /* \\ */ || c === 47 /* / */;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Whether a run after candidate k on its line has the same text (the same run info). */
/** A rollback's words, and the bracket after its target that names the build left ("… auf 16.0.x zurückgerollt (mit 16.0.y …"). */
const ROLLBACK_WORD = /(?<![\p{L}])(?:rolled back|roll(?:ed)? it back|reverted|downgraded|откатил\p{L}*|откатили|откачен\p{L}*|zurückgerollt|zurückgesetzt|restauré|revertid[oa]|revenus? en arrière|volvimos atrás|vuelto atrás|marcha atrás)(?![\p{L}])/iu;
/** Right after a later build on a rollback's line: what went wrong with it ("16.0.y broke add-ins", «16.0.y падала», "la 16.0.y plantait"). */
const FAILED_AFTER = /^[\s,)）]*(?:(?:was|war|hat|had|has|kept|всё|все)\s+)?(?:broke|crashed|caused|failed|was buggy|had (?:issues|problems)|hat (?:probleme|fehler)|machte probleme|stürzte|abgestürzt|crasht\p{L}*|plantait|a planté|bugguait|daba problemas|fallaba|se colgaba|падал\p{L}*|глючил\p{L}*|вылетал\p{L}*|ломал\p{L}*|сломал\p{L}*)(?![\p{L}])/iu;
/** Before such a build: an article or a comma ("…, die 16.0.y", "…, la 16.0.y", "…, 16.0.y"). */
const FAILED_BEFORE = /[,;]\s*(?:(?:die|der|la|le|the|el|и)\s+)?(?:(?:build|version|versión|сборка|версия)\s+)?$/iu;
/** Right before a rollback's target: "… back to", «… обратно на», "…, now Skype for Business". */
const ROLLBACK_TARGET_BEFORE = /(?:(?:^|\s)(?:to|на|auf|à|a|naar|en|до|op)(?:\s+(?:the\s+)?(?:build|version|сборку|версию))?\s*|(?<![\p{L}])(?:now|сейчас|теперь|jetzt|maintenant|ahora)(?![\p{L}])[^.;:]{0,40}?[\s:]*)$/iu;
const ROLLBACK_GAP_REACH = 200;
/** Letters every ROLLBACK_WORD holds: a cheap first look at a gap. */
const ROLLBACK_HINT = /roll|revert|downgrad|откат|откач|zurück|restaur|atrás|arrière/i;
const ROLLBACK_BRACKET_GAP = /^\s*(?:\p{L}+\s*)?[(（]\s*(?:на|с|mit|auf|bei|unter|on|with|from|since|в|sur|avec|con)\s+$/iu;
/** A change from one build to another on the line ("upgraded from x to y", "rolled back from x to y", "x → y"): both are a client's. */
const CHANGE_BETWEEN = /(?<![\p{L}])from\s+\S+\s+to(?![\p{L}])|→|->|=>|(?<![\p{L}])(?:von|с|de|van|z)\s+\S+\s+(?:auf|на|до|a|à|naar|do)(?![\p{L}])/iu;

/** A cell that names another build or product, whose state it is ("Teams not yet deployed", "Update auf 16.0.x geplant"). */
/** (Other products and updates stateSaysNotThere rules out itself.) */
const CELL_OTHER_SUBJECT = /\d+\.\d+\.\d+|=|\b(?:kb\d+|offline|mailbox|on-?prem|exo|vendor|change|ticket|agent|user|ring|branch|migration)\b|оновлен|заявк|пользовател/iu;

/** A release ring's or branch's name in a cell ("Targeted", "Pilot (deferred)"): where the client is, not its state. */
const RING_CELL = /^\s*"?(?:targeted|pilot|broad|fast|slow|preview|insider|ring\s*\d)/i;
/** "Deferred" alone in a cell: under an update channel's column, the channel's name (red-team round 267). */
const DEFERRED_ONLY = /^[^\p{L}]*deferred[^\p{L}]*$/iu;
/** Offline IM, the client's feature, named in words: "offline IM", "offline messages", «офлайн-сообщения», "Offline-Nachrichten". */
/** The Drafts folder, where a failed offline IM stays ("messages pile up in Drafts", «черновики копятся», 下書き). */
const DRAFTS_WORD = /drafts|entwürfe|entwurfsordner|brouillons|borradores|bozze|rascunhos|kopie robocze|черновик|下書き|草稿/iu;
const OFFLINE_IM_TOPIC = /offline[- ]?(?:im|messag\p{L}*|nachricht\p{L}*|chat|deliver\p{L}*)(?![\p{L}])|missed[- ]conv\p{L}*|не приход\p{L}* пропущенн\p{L}*|verpasste\p{L}* unterhaltung\p{L}*|пропущенн\p{L}* (?:бесед\p{L}*|разговор\p{L}*)|(?:офлайн|оффлайн)[- ]?(?:сообщени\p{L}*|im|месседж\p{L}*)|(?:im|messages?|messagerie)\s+hors\s+connexion|mensajes?\s+sin\s+conexión|сообщени\p{L}*\s+(?:в\s+)?(?:офлайн|оффлайн)/iu;
/** Words that say a build is someone's install now: "she has", "currently on", "mine is", «у меня», «сейчас стоит», "bei mir". */
const PRESENT_INSTALL = /(?<![\p{L}])(?:(?:currently|now)\s+(?:on|at|running|runs|has|have)|(?:client|клиент[аеу]?)(?:\s+(?:version|build|версии|сборк\p{L}))?(?:\s*\([^()\d]{1,30}\))?["”']?\s*(?:(?:[:=—-]\s*)?(?:v|ver)\.?|:|=|—|-|is(?:\s+now)?|is\s+still|on|at)?\s*(?=16[.．]0[.．])|(?:technician|tech|it)\s+(?:verified|confirmed|checked)(?:\s+(?:build|version))?\s+(?=16[.．]0[.．])|on\s+(?:the\s+)?user['’]s\s+(?:pc|laptop|machine|computer|desktop|notebook)|(?:she|he|they|i|user|users)['’](?:s|re|m)\s+(?:now\s+|still\s+)?on|(?:user|users|she|he)\s+(?:is\s+|are\s+)?(?:now\s+|still\s+)?on|(?:your|my|his|her|the)\s+(?:client|pc|laptop|machine|skype)\s+(?:reports|shows|says|is on|runs)|(?:she|he|they|i|we|user|users)\s+(?:has|have|is on|are on|am on|runs|run|is running|got)|mine is|my (?:build|version|client) is|(?:his|hers|theirs) is|у (?:меня|него|неё|нее|них|пользовател\p{L}*|юзер\p{L}*|коллег\p{L}*)|сейчас (?:стоит|у)|(?:у\s+\p{L}+\s+)?стоит|bei (?:mir|ihm|ihr|uns)|(?:er|sie) hat|ich habe|(?:benutzer(?:in)?|nutzer(?:in)?|anwender(?:in)?|kollege|kollegin|pilotgruppe)\s+hat(?:\s+(?:aktuell|jetzt|gerade|noch))?|l['’]utilisat(?:eur|rice)\s+a|(?:el|la)\s+usuari[oa]\s+tiene|l['’]utente\s+ha|(?:o|a)\s+usuári[oa]\s+tem|(?:de\s+)?gebruiker\s+heeft|użytkownik(?:owi)?\s+ma|użytkowniczka\s+ma|ユーザーは|利用者は)(?![\p{L}])/iu;
/** A person named right before the build with "has" or «у» ("Lea has 16.0.x", «у Леры 16.0.x», "bei Frau Schulz (16.0.x)"): case matters. */
const PRESENT_NAMED = /(?:(?<![\p{L}])(?:у|[Bb]ei (?:Frau|Herrn?))\s+\p{Lu}\p{Ll}+\s*[(:—–-]?\s*|(?<![\p{L}])\p{Lu}\p{Ll}+\s+(?:has|hat)\s+)(?=16[.．]0[.．])/u;
/** Offline IM said to work now ("offline IM works", «офлайн-сообщения работают», "Offline-Nachrichten … funktionieren"). */
/** The client said to be part of an install: "Skype for Business included", "includes SfB", «включая Skype», "SfB inklusive". */
const CLIENT_INCLUDED = /(?<![\p{L}])(?:(?:includ(?:es|ed|ing)|incl\.|inkl\.|inklusive|einschließlich|включая|y incluye|incluye|inclut|comprend)\s+(?:the\s+)?(?:skype|sfb|s4b|lync|скайп)|(?:skype|sfb|s4b|lync|скайп)(?:[\p{L}® ]{0,24}?)\s+(?:is\s+|was\s+|ist\s+)?(?:included|inklusive|enthalten|inclus|incluido|включ[её]н))(?![\p{L}])/iu;
/** Words that take the client out of an install: "not included", "without Skype", "ohne SfB", «без Skype», "excluded". */
const NOT_INCLUDED = /(?<![\p{L}])(?:not|nicht|pas|no|не|kein\p{L}*|never)\s+(?:\p{L}+\s+)?(?:included|enthalten|inclus|incluido|включ\p{L}*)|(?<![\p{L}])(?:without|ohne|sans|sin|sem|без|except|excluding|exclud\p{L}*|ausgenommen|кроме|removed|entfernt|удал\p{L}*)(?![\p{L}])/iu;
const OFFLINE_IM_WORKS = /(?:offline[- ]?(?:im|messages?|nachrichten|chat)|офлайн[- ]?(?:сообщени\p{L}*|im))[^.;!?\r\n]{0,40}?(?<![\p{L}])(?:works?|working|funktionier\p{L}*|работа\p{L}*|fonctionne\p{L}*)(?![\p{L}])/iu;
/** A record's key that says its value is the client's build: "Client:", "Client version:", «Версия клиента:» (not "Installed version": any product's). */
const INSTALL_KEY = /^\s*(?:(?:sfb |skype )?client(?: version| build)?|версия клиента|сборка клиента|клиент)\s*[:=]\s*\S/iu;
/** Talk of a fix or a release, where a build is the one that brought it: "fixed in", «пофиксили», «исправлено в», "released". */
const FIX_TALK = /(?:fix(?:ed)?|resolved|corrected|behoben|corrigé|исправлен\p{L}*|исправил\p{L}*|пофиксил\p{L}*|починил\p{L}*)\s+(?:in|в|во|dans|en|mit)\s|пофикс|(?:в|in) (?:какой|which) (?:сборке|build|версии|version)|which build|behebt|the fix|fix for|исправлени\p{L}*|вошл[оаи]|included in|(?<![\p{L}])kb(?![\p{L}])|releas|выпущ|вышл[аио]|вышел/iu;
/** A hedge: the writer does not know whose build it is, or whether it is there ("thinks she's on", «вроде», "vielleicht"). */
/** A question whether someone has a build: "is she on 16.0.x?", "check if he is on 16.0.x", «проверь, есть ли у него …». */
const ASKS_WHETHER = /(?<![\p{L}])(?:(?:is|are)\s+(?:she|he|they|the\s+users?|users?|everyone|everybody)\s+(?:still\s+|already\s+|now\s+|really\s+)?(?:on|running|at)|(?:if|whether)\s+(?:she|he|they|the\s+users?|users?|everyone|everybody)\s+(?:is|are|has|have|runs?)|ob\s+(?:er|sie)\s+(?:schon\s+|noch\s+)?(?:auf|hat)|(?:есть\s+ли|стоит\s+ли)\s+у)(?![\p{L}])/iu;
/** An update told right before the build it started from: "updated yesterday from", «обновили вчера с», "aktualisiert von". */
const UPDATED_FROM_BEFORE = /(?:updated|upgraded|moved|migrated|обновил\p{L}*|обновлен\p{L}*|обновлён\p{L}*|перевели|aktualisiert|mis à jour|actualizad[oa]|atualizad[oa]|aggiornat[oa]|zaktualizowan\p{L}*)(?:\s+[\p{L}\d.:]+){0,3}?\s+(?:from|с|со|von|de|desde|da|z)\s+(?:(?:version|build|версии|сборки)\s+)?$/iu;
const UPDATED_FROM_REACH = 64;
/** Two machine counts by deployment state on one line: "Success: 0 | In Progress: 48", "Installed 0, Failed 14". */
const STATE_COUNT = '(?:success|succeeded|successful|error|errors|failed|in progress|unknown|installed|pending|not installed|not applicable|requirements not met|compliant|non-compliant|erfolgreich|fehler|fehlgeschlagen|installiert|ausstehend|réussi|échec|en cours|успешно|ошибка|ошибки|выполняется|установлено)\\s*[:=]?\\s*\\d+(?=\\s*(?:[|,;)]|$|\\s\\p{L}))';
const STATE_COUNTS = new RegExp(`(?<![\\p{L}])${STATE_COUNT}[^\\r\\n]{0,40}?(?<![\\p{L}])${STATE_COUNT}`, 'iu');
/** A count of machines where the install succeeded, above zero: "Success: 214", "Installed 166". */
const SUCCESS_COUNTED = /(?<![\p{L}])(?<!not |non-|nicht )(?:success|succeeded|successful|installed|compliant|erfolgreich|installiert|réussi|успешно|установлено)\s*[:=]?\s*0*[1-9]\d*(?![\d.])/iu;
/** A deployment's title, its package's name after it: 'Deployment "SfB 2016 C2R 16.0.x"', "Bereitstellung: …". */
const DEPLOYMENT_TITLE = /^\s*(?:deployment|software deployment|app deployment|bereitstellung|déploiement|despliegue|развёртывание|развертывание)\s*(?:[:"“„«]|\s+["“„«])/i;
/** A machine's install that succeeded, named on a deployment's line: "WKS-0601 Success | WKS-0602 Error". */
const SUCCESS_WORD = /(?<![\p{L}])(?:success|succeeded|successful|installed|erfolgreich|installiert|réussi|успешно|установлено)(?![\p{L}])/iu;
/** Counts by state are listed with separators: a line without one holds no STATE_COUNTS. */
const LIST_SEPARATOR = /[|,;]/;
/** A word STATE_COUNTS needs, found fast. */
const STATE_COUNT_STEM = /success|succeeded|error|fail|progress|unknown|installed|pending|applicable|requirements|compliant|erfolgreich|fehl|installiert|ausstehend|réussi|échec|en cours|успешно|ошибк|выполняется|установлено/i;
/** A question whether someone's client is on the build: "is your Skype 16.0.x …?", "ist dein Skype …?", «у вас Skype 16.0.x?». */
const ASKS_WHETHER_NAMED = /(?<![\p{L}])(?:(?:is|are)\s+(?:your|his|her|their)\s+(?:skype|sfb|lync|s4b|client|version|build)|(?:ist|hat)\s+(?:dein|ihr|sein)\p{L}*\s+(?:skype|client|sfb))(?![\p{L}])[^?\r\n]{0,80}\?/iu;
/** A question mark right after a build. */
const QUESTION_RIGHT_AFTER = /^\s*[?？]/;
// (And not knowing which: "weiß ich nicht genau", "je ne sais pas", "no idea", «не знаю», red-team round 398.)
/** The build asked about is not out yet: "We have not deployed it yet, just asking before the rollout" (red-team round 404). */
const NOT_DEPLOYED_YET = /(?<![\p{L}])(?:not (?:deployed|rolled out|installed) (?:it |them )?yet|haven['’]?t (?:deployed|rolled out|installed) (?:it |them )?yet|nothing (?:deployed|rolled out|installed) yet|before the rollout|noch nicht (?:verteilt|ausgerollt|installiert)|pas encore (?:déployée?|installée?)|ещё не (?:развернули|установили|раскатили)|еще не (?:развернули|установили|раскатили))(?![\p{L}])/iu;
const HEDGE = /(?<![\p{L}])(?:thinks?|believes?|probably|maybe|might|not sure|guess|supposedly|вроде|кажется|наверное|возможно|не уверен\p{L}*|glaubt|vielleicht|wahrscheinlich|angeblich|weiß ich nicht|weiss ich nicht|ich weiß nicht|ich weiss nicht|keine ahnung|je ne sais pas|aucune idée|no sé|no lo sé|non so|weet ik niet|не знаю|don['’]?t know|no idea)(?![\p{L}])/iu;
/** A URL's query parameter's name right before a build, and a URL on the line. */
const URL_QUERY_BEFORE = /[?&][\w.-]{1,32}=$/;
const URL_ON_LINE = /:\/\/|%3a%2f%2f|\.aspx|\.svc|\.php/i;
/** An install's bitness as a cell of its row: "32-bit", "x64", «64 бит». */
const BITNESS_CELL = /(?<![\p{L}\d])(?:x86|x64|(?:32|64)[- ]?(?:bit|бит))(?![\p{L}\d])/iu;
const CHANNEL_COLUMN = /(?<![\p{L}])(?:channel|update\s?channel|updatechannel|branch|cdnbaseurl|канал|kanal|canal)(?![\p{L}])/iu;

/** Server products that serve the client (presence in SharePoint, Office Online Server for meetings, SQL for monitoring). */
const SERVING_PRODUCT = /office online|\boos\b|sharepoint|\bsql\b|web ?apps|\bwac\b/i;
/** The words between such a product and the client's name: "for", "farm with", «для». */
const SERVES = /^[\s\p{L}\p{N}-]{0,24}?\s\(?(?:for|with|by|hosting|für|mit|von|для|pour|avec|par|para|con|per|voor|met|dla|and|und|и|et|y|e|&)\s+(?:the\s+|den\s+|die\s+|le\s+|la\s+|el\s+)?$/iu;
/** Or brackets that describe it, the client inside ("Office Online Server (PowerPoint sharing in SfB meetings): 16.0.x"). */
const SERVES_IN_BRACKETS = /^[\s\p{L}\p{N}-]{0,24}?\s?[(（][^()（）\r\n]{0,40}$/u;
const CLOSES_BRACKETS = /^[^()（）\r\n]{0,40}[)）]/u;

function sameRunLater(candidates: readonly { info: RunInfo }[], k: number, count: number, info: RunInfo): boolean {
  for (let j = k + 1; j < count; j++) if (candidates[j]!.info === info) return true;
  return false;
}

/** Whether a client is named among owners[0, count) at or after `from` (the owners are in line order). */
function clientNamedAfter(owners: readonly Mention[], count: number, from: number): boolean {
  for (let i = count - 1; i >= 0 && owners[i]!.start >= from; i--) if (isClientKind(owners[i]!.kind)) return true;
  return false;
}

function mayHoldForeignLabel(line: string, from: number, to: number): boolean {
  for (let i = from + 1; i < to - 1; i++) {
    const c = line.charCodeAt(i);
    if ((c === 46 || (c | 0x20) === 0x68) && isAsciiDigit(line.charCodeAt(i - 1)) && isAsciiDigit(line.charCodeAt(i + 1))) return true;
  }
  return false;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Cell separators: a build between them (or the line's ends) stands alone. */
function isCellBreak(c: number): boolean {
  return c === 44 || c === 59 || c === 9 || c === 124 || c === 61 || c === 58 || c === 0xff0c || c === 0xff1a || c === 0xff1b;
}

/**
 * Whether the run [s, e) ends a parenthesis opened on a line above: a ")" after it that no "(" before it opens
 * ("…cannot tell if it meets" / "  16.0.6920.1000)."): prose wrapped onto the next line, not a build standing alone.
 */
function closesLineAbove(line: string, s: number, e: number): boolean {
  const close = line.indexOf(')', e);
  if (close < 0) return false;
  const open = line.indexOf('(');
  return open < 0 || (open > close);
}

/** Whether ".dll" (any case) stands at input[at], a word ending there: a library's file name. */
function dllAt(input: string, at: number, lineEnd: number): boolean {
  if (at + 4 > lineEnd || input.charCodeAt(at) !== 46) return false;
  if ((input.charCodeAt(at + 1) | 0x20) !== 0x64 || (input.charCodeAt(at + 2) | 0x20) !== 0x6c || (input.charCodeAt(at + 3) | 0x20) !== 0x6c) return false;
  return at + 4 === lineEnd || !isLetter(input.charCodeAt(at + 4));
}

/**
 * The bitness an admin writes after a build ("16.0.x (32-bit)", "16.0.x x64", «64 бит»): part of the build as asked
 * about, no product's name. Its end, read from `from`, or `from` when none stands there.
 */
const BITNESS_AFTER = /[^\S\r\n]*[([]?(?:x86|x64|(?:32|64)[- ]?(?:bit|бит|разр[а-я]*))[)\]]?(?=$|[\s,;|])/iy;
function bitnessEnd(line: string, from: number): number {
  BITNESS_AFTER.lastIndex = from;
  return BITNESS_AFTER.test(line) ? BITNESS_AFTER.lastIndex : from;
}

/** One side of standsAlone: walks from `from` by `step` over the words to the cell's edge. */
/**
 * A quick check's line: the build with at most a machine's or a person's label before it ("PC1: 16.0.x", "Anna - 16.0.x",
 * "Kiosk 3 → 16.0.x", "10.20.4.117 16.0.x", "alice@contoso.com: 16.0.x") and at most a short note without numbers after it
 * ("16.0.x (Anna, on-prem)", "16.0.x ok?", "16.0.x — mailbox in Exchange Online"): the build stands alone (red-team round
 * 351). A label that names a product, a note with a threshold's or a plan's words are read by the rules before this.
 */
function quickCheck(line: string, s: number, e: number, record = false): boolean {
  if (s > QUICK_LABEL_LIMIT || line.length - e > QUICK_TAIL_LIMIT) return false;
  const label = line.slice(0, s);
  const tail = line.slice(e);
  if (QUICK_TAIL_DOUBT.test(tail)) return false;
  // (Only one that names the mailbox or offline IM: "Is 16.0.x enough?" may ask of anything.)
  if (!record && QUICK_QUESTION.test(label) && QUICK_QUESTION_TAIL.test(tail)) return QUICK_QUESTION_TOPIC.test(tail);
  if (!record && /^[\s¿]*$/.test(label) && QUICK_QUESTION_AFTER.test(tail)) return true;
  // (A record's "Version : 16.0.x" is its product's, whatever the record names: only a machine's or a person's key there.)
  return (label.trim() === '' || ((QUICK_LABEL.test(label) || (QUICK_PERSON.test(label) && !QUICK_NAME_NOT.test(label))) && !(record && QUICK_VERSION_WORD.test(label)))) && QUICK_TAIL.test(tail);
}

const QUICK_VERSION_WORD = /^\s*(?:v|ver\.?|build|version|версия|сборка)\s*[:=]?\s*$/iu;

/** A note that may take the build away or put it off: an old or gone machine, a plan, a need, an example. */
const QUICK_TAIL_DOUBT = /old|alt|стар|ancien|vecchi|return|retir|remov|gone|\bwas\b|\bwere\b|wipe|plan|target|ziel|soll|need|requir|нуж|миним|will|would|should|example|beisp|пример|bis|until|до\s/i;

/** A machine's or a user's key with its number or letter ("PC1", "WS-01", "Kiosk 3", "user A"), an address, an e-mail, a version's word. */
const QUICK_LABEL =
  /^\s*(?:(?:pc|ws|lt|nb|vm|kiosk|host|user|rechner|computer|компьютер|пк|пользователь|poste|equipo)\s*[-#]?\s*(?:\d{1,5}|\p{L}(?!\p{L}))?|[\w.+-]+@[\w.-]+|\d{1,3}(?:\.\d{1,3}){3}|v|ver\.?|build|version|версия|сборка|after (?:the )?update|nach dem update|после обновления|po aktualizacji|après (?:la )?mise à jour|tras la actualización|después de la actualización|na de update|dopo l['’]aggiornamento|após a atualização)\s*(?:[:=→>–—-]|->)?\s*$/iu;
/** A person's name, capitalised ("Anna", "Anna B.", "Иванова"): case matters. */
// (After a chat's time stamp too: "[11:20] Anna:", "[14.06.2024 10:02] Ben Ortiz:".)
const QUICK_PERSON = /^\s*(?:\[[\d.:/ -]{4,24}\]\s*)?\p{Lu}\p{Ll}{1,20}(?:\s+\p{Lu}(?:\.|\p{Ll}{1,20}))?\s*(?:[:=→>–—-]|->)?\s*$/u;
/** Words a capitalised label may hold that name a value or a product, not a person: "Current Version", «Текущая версия», "Project", "Runtime". */
const QUICK_NAME_NOT =
  /version|build|release|current|install|product|client|aktuell|actuel|текущ|верси|сборк|установ|access|project|publisher|office|runtime|engine|redistributable|server|service|driver|tool|module|plug-?in|add-?in|sdk|agent|setup|update|package|component|library|framework|shell|studio|connector|gateway|app/i;
// (Or the writer's own: "16.0.x here", "16.0.x on my laptop".)
const QUICK_TAIL = /^\s*(?:[?.]?|ok\s*\?|\s+(?:here|on my (?:laptop|pc|machine|desktop|notebook|computer|workstation))\s*[.!]?|(?:\s+(?:c2r|msi|x86|x64|32[- ]?bit|64[- ]?bit|click-to-run))+\s*\??|[(（][^()（）\d]{1,60}[)）]\s*\??|[—–-]\s+[^\d]{1,60})\s*$/iu;
/** A question about the one build and the mailbox: "is 16.0.x ok for on-prem?", "reicht 16.0.x für Exchange Online?" (its tail ends with "?"). */
const QUICK_QUESTION = /^\s*(?:is|are|does|will|can|ist|reicht|genügt|geht|est-ce que|¿?es|¿?sirve|¿?basta|подходит ли|годится ли|хватит ли|хватает ли|достаточно ли|а)\s*$/iu;
const QUICK_QUESTION_TAIL = /^[^\d]{0,60}\?\s*$/u;
/** The same question asked after the build ("16.0.x suffit-il pour l'on-prem ?", "¿16.0.x basta?", "16.0.x で十分ですか"). */
const QUICK_QUESTION_AFTER = /^\s*(?:suffit|basta|bastará|è sufficiente|é suficiente|é o suficiente|wystarczy|volstaat|is genoeg|reicht|genügt|enough|хватит|достаточно|で十分|で足り)[^\d]{0,60}[?？]\s*$/iu;
// (Or whether it is enough, the one requirement this question asks of a build here: "Is 16.0.x enough?", "Reicht 16.0.x?",
// «Хватит ли 16.0.x?», "Est-ce que 16.0.x suffit ?", red-team round 390.)
const QUICK_QUESTION_TOPIC = /on-?prem|exchange|\bexo\b|online|lokal|local|локальн|облак|offline|офлайн|оффлайн|mailbox|postfach|ящик|enough|sufficient|suffi|ausreich|suficiente|достаточн|^\s*\?\s*$/i;
const QUICK_LABEL_LIMIT = 40;
const QUICK_TAIL_LIMIT = 64;

function aloneSide(line: string, from: number, step: 1 | -1): boolean {
  let blanks = 0;
  let letters = false;
  let address = false;
  // Past this many characters of numbers and marks, no word is near enough to matter.
  const stop = step < 0 ? Math.max(-1, from - CELL_REACH) : Math.min(line.length, from + CELL_REACH);
  for (let i = from; i !== stop; i += step) {
    const c = line.charCodeAt(i);
    if (isCellBreak(c)) return !letters || address;
    if (isBlank(c) || isInvisible(c)) {
      if (letters && !address) return false;
      letters = address = false;
      if (++blanks >= 2) return true;
      continue;
    }
    blanks = 0;
    if (c === 64 || c === 92) address = true;
    // A "v" right before the number ("v16.0.…") is part of it.
    else if (isAnyLetter(c) && !(step < 0 && i === from && (c | 0x20) === 0x76)) letters = true;
  }
  return !letters || address;
}

/**
 * One scan's state. A class rather than closures inside scan(): its methods
 * are the same functions on every call, which the JIT can inline and keep
 * optimised from one scan to the next.
 */
class Scanner {
  findings: FindingRecord[] = [];
  unrecognized: Unrecognized[] = [];
  private carry: ScanCarry = newScanCarry();
  /** Prerequisites read by this scan (the carry holds all so far). */
  prerequisites: Prerequisite[] = [];
  private versions = new Set<string>();
  /** Findings per verdict as judged by push: online by COUNTED's order, then on-premises. */
  private readonly counts = new Int32Array(2 * COUNTED.length);
  /** Numbers each scan, so that a cached run's version is added to `versions` once per scan. */
  private scanId = 0;
  private thresholds: Thresholds = THRESHOLDS;
  private input = '';
  /** Where the scanned part of input ends. */
  private end = 0;
  private base = 0;
  // The next run: [runStart, runEnd) with `dots` dots, or runStart = -1 when there is none.
  private runStart = -1;
  private runEnd = 0;
  private dots = 0;
  private runHash = 0;
  // Next "." and "．" at or after runFrom (-1: none left); each only moves forward.
  private runFrom = 0;
  private nextDot = -1;
  private nextWideDot = -1;
  // Next LF and CR at or after lineStart (-1: none left) and the next registry value name (NOT_SEARCHED until first needed); each only moves forward.
  private nextLf = -1;
  private nextCr = -1;
  private registryAt = -1;
  // Next ":" and "REG_" (the latter NOT_SEARCHED until first needed) at or after lineStart (-1: none left), for isRecordLine; each only moves forward.
  private nextColon = -1;
  private nextReg = -1;
  // Next "@" and "\\" at or after lineStart (-1: none left; NOT_SEARCHED until first needed), for namesUser; each only moves forward.
  private nextAt = -1;
  private nextBackslash = -1;
  // Next ",", ";", tab and "|" at or after lineStart (-1: none left; NOT_SEARCHED until first needed), for rowHasSeparator.
  private readonly nextSeparator = new Int32Array(4);
  /** Whether line rowSeparatorOf holds a cell separator (rowHasSeparator), once asked. */
  private rowSeparatorSeen = false;
  private rowSeparatorOf = -1;
  // The end of the next server switch's name ("EnableOfflineIM") after lineStart (-1: none left; NOT_SEARCHED until first needed), for switches written inside a line.
  private nextSwitch = -1;
  // Since the last blank line (a table, a list of installed programs), in this input: the suite's builds it gave
  // (indices into findings, their lines' bounds), which a client's same build found later replaces.
  private readonly blockSuites: number[] = [];
  private readonly blockSuiteLines: number[] = [];
  private readonly blockSuiteKeys: number[] = [];
  // The first line of the block under way in this input, and whether it began above this input (carry.block holds its findings there).
  private blockStartLine = 0;
  private blockFromAbove = true;
  // The line under way's first cell (rowKey), read once: the line it was read for, and the key.
  private keyLine = -1;
  private lineKey = 0;
  // The finding a client registry value of the record under way gave (an index into findings, -1 none), and its run.
  private recordRegistryFinding = -1;
  private recordRegistryInfo: RunInfo | undefined;
  // The same for a row of a table (not a record line), its line and its row's owner: a row of the same owner right
  // after it may leave the client out ("ACC-PC05 … VersionToReport 16.0.x" / "ACC-PC05 … ExcludedApps groove,lync").
  private rowRegistryFinding = -1;
  private rowRegistryInfo: RunInfo | undefined;
  private rowRegistryLine = -1;
  // The last line that gave findings none of which is a user agent's (status-below.ts): its number, its first finding's
  // index and how many it gave; and the versions this input was the first to add to the carry's.
  private statusTargetLine = -1;
  private statusTargetFrom = 0;
  private statusTargetCount = 0;
  private statusTargetWritten = false;
  private statusTargetProse = false;
  private ruleRowOf = -1;
  private packageOf = -1;
  private packageSeen = 0;
  private ruleRowSeen = false;
  // Its bounds in this input, and the row of a grid copied one cell per line it stands in (-1 for none): a state's cell
  // further down the same row speaks for it too.
  private statusTargetStart = 0;
  private statusTargetEnd = 0;
  private statusTargetRow = -1;
  private readonly carryNewVersions = new Set<string>();
  private versionsTaken = false;
  lines = 0;
  private lineNo = 0;
  private lineStart = 0;
  // Per-line state: findings on the line, the agent tokens standing together
  // (parallel arrays reused from line to line), runs waiting for the line's
  // words, and the first run that is no client build, kept to explain an
  // unrecognised line.
  private found = 0;
  /** The line under scan ends here (scanAll sets it before the line's runs are read). */
  private lineEnd = 0;
  /** The line above the one under way, within this part ([start, end); -1 for none). */
  private lineAboveStart = -1;
  private lineAboveEnd = -1;
  /** Whether the line's user was looked for (at its first finding), and who it is. */
  private userSearched = false;
  private lineUser: string | undefined = undefined;
  private readonly groupProduct: AgentProduct[] = [];
  private readonly groupStart: number[] = [];
  private readonly groupRunEnd: number[] = [];
  private readonly groupRun: RunInfo[] = [];
  private groupSize = 0;
  private groupEnd = 0;
  /** Where the last agent read as a query's or a rule's ended ("Version >= 'UCCAPI/…"): the token right after it is too. */
  private quotedAgentEnd = -1;
  private agentProduct: AgentProduct = 'OC';
  /** Candidate records reused from line to line; the first candidateCount are this line's. */
  private readonly candidates: Candidate[] = [];
  private candidateCount = 0;
  // The line's mentions by role, reused from line to line (decideLine).
  private readonly owners: Mention[] = [];
  /** Where loggedBefore stopped on the line that starts at loggedLine, with its digit and agent counts so far. */
  private loggedLine = -1;
  private loggedAt = 0;
  private loggedDigits = 0;
  private loggedAgent = 0;
  private readonly after: Mention[] = [];
  private readonly before: Mention[] = [];
  private readonly past: Mention[] = [];
  private readonly negations: Mention[] = [];
  /** Where this line's agents (with their comments) stand; the first agentCount entries are this line's. */
  private readonly agentFrom: number[] = [];
  private readonly agentTo: number[] = [];
  private agentCount = 0;
  /** The runs of this line's agents, every part's (UCCAPI's and OC's), the first agentRunCount. */
  private readonly agentRuns: RunInfo[] = [];
  private agentRunCount = 0;
  /** This line's agents written in a sentence (proseBefore): their findings, spans and runs, the first proseAgentCount. */
  private readonly proseAgentFinding: number[] = [];
  private readonly proseAgentFrom: number[] = [];
  private readonly proseAgentTo: number[] = [];
  private readonly proseAgentInfo: RunInfo[] = [];
  private proseAgentCount = 0;
  private readonly clientFrom: (Mention | undefined)[] = [];
  private readonly negativeFrom: (Mention | undefined)[] = [];
  private noteStart = -1;
  private noteEnd = -1;
  /** decideLine's line end, and the line's spaced text once made (lineText). */
  private spacedEnd = 0;
  private spacedText: string | undefined;
  /**
   * Whole-line tests made on the line under decision, kept so that each is made once per line, not once per build (lineHas):
   * the line's turn times two, plus one when the pattern matched. A new turn makes the old entries stale without clearing
   * the map (clearing it on every line cost more than the tests it saves).
   */
  private readonly lineTests = new Map<RegExp, number>();
  private lineTestTurn = 0;
  /** This line's findings read as clients on the line's word (leaveAllButCurrent): the findings, their runs and spans in the line. */
  private readonly lineConfirmedFinding: Finding[] = [];
  private readonly lineConfirmedInfo: RunInfo[] = [];
  private readonly lineConfirmedFrom: number[] = [];
  private readonly lineConfirmedTo: number[] = [];
  private lineConfirmedCount = 0;
  /** The last build this line gives only in a sentence (evidence "prose"), and its span in the line. */
  private lineProseVersion: string | undefined;
  private lineProseFrom = 0;
  private lineProseTo = 0;
  /**
   * Clients read on earlier lines of this text, the newest last (at most RECENT_KEPT), for a later line that tells of an
   * update made ("Updated. Now it's 16.0.y") or an e-mail's quoted part below a reply: their findings, runs and lines.
   */
  private readonly recentFinding: Finding[] = [];
  private readonly recentInfo: RunInfo[] = [];
  private readonly recentLine: number[] = [];
  private readonly recentLineStart: number[] = [];
  /** Whether a client kept above was told in a sentence (PROSE_WORDS), so that a later line may say its machine is gone. */
  private recentProse = false;
  /** The builds of the clients the reply above a quoted e-mail reads (at most RECENT_KEPT), and whether a quoted part has begun. */
  private readonly replyVersions: string[] = [];
  /** Builds a reply's lines denied ("Correction to my mail below: 16.0.y, not 16.0.x"): the quoted part's are then of the past. */
  private readonly replyNegated: string[] = [];
  /** Whether the clients kept to weigh (recentFinding) are all a quoted part's, at the text's top. */
  private recentQuoted = false;
  private quotedMail = false;
  /** Whether a line above the quoted part told of a change made or of the build there now (weighAgainstLinesAbove). */
  private replyChanged = false;
  /** Whether a reply's line said its build is the one there now ("… – this is the current one"). */
  private replySaidNow = false;
  /** The last line that said a change did not go through ("Status: Cancelled"), or -1. */
  private notDoneLine = -1;
  /** The last line where a build was read as a quoted threshold (a correction just below it corrects the quote). */
  private thresholdLine = -1;
  /** The reply's lines with clients, not yet read for a change (at most RECENT_KEPT, each up to REPLY_LINE_READ characters). */
  private readonly replyLineFrom: number[] = [];
  private readonly replyLineTo: number[] = [];
  /**
   * The order a history's label gives its entries (ORDER_LABEL: "newest first", «сначала новые», "oldest first", "(desc)"):
   * 'newest' or 'oldest', else undefined; and the build each entry's owner (the line's user, else '' for one machine's
   * history) was last read with, with its finding (at most ORDER_KEPT owners: a history is one machine's or a few users').
   */
  private order: 'newest' | 'oldest' | undefined;
  /** Under a "newest first" label, whether an entry above the history's first client said the machine is gone (machineGone). */
  private orderGone = false;
  /** Whether the order under way was set by a history of one machine (SAME_DEVICE): it ends with its block. */
  private deviceOrder = false;
  /** The date of the last dated row of such a history, as entryTime sorts it, and the line it was read on; -1 for none. */
  private rowTime = -1;
  private rowTimeLine = -1;
  /** Whether a reply's line above its quoted part said the quoted build is wrong or gone (machineGone). */
  private replyInvalidates = false;
  private readonly orderSeen = new Map<string, { version: string; finding: Finding; info: RunInfo }>();
  /** The time of a ticket stream's last dated entry header (TICKET_ENTRY), as a sortable number; -1 before the first. */
  private entryTime = -1;
  /** thresholdConcerns' place in the line's phrases: the line it is for, and the first phrase not wholly before the last build. */
  private concernLine = -1;
  private concernFrom = 0;
  /** Whether the line under decision has a status cell saying its install is not there (ROW_NOT_INSTALLED), once asked. */
  private rowNotInstalledSeen: boolean | undefined;
  /** Where the row's state that rowNotInstalled found stands, or -1. */
  private rowStateAt = -1;
  /** Whether line ruleLineOf is a client version policy rule's (RULE_LINE), once asked. */
  private ruleLineSeen = false;
  private ruleLineOf = -1;
  /** Where the line's last agent quoted as a threshold ends, or -1: an agent listed right after it is quoted too. */
  private agentQuotedEnd = -1;
  private removalSeen = false;
  /** Where "nstaller" next stands in the input (-1: nowhere further), for removalEventLine. */
  private nextInstaller = 0;
  /** Where "emoval" next stands in the input (-1: nowhere further), for removalEventLine. */
  private nextRemoval = 0;
  private removalOf = -1;
  /** The line whose words of an install now were read (speaksOfInstallNow), and what they said. */
  private installNowOf = -1;
  private installNowSaid = false;
  /** Whether that line speaks of offline IM itself (its install words count anywhere on it). */
  private installNowTopic = false;
  private uncheckedSeen = false;
  private uncheckedOf = -1;

  /** The reason for the line's first passed-over run, when known before whyNot. */
  private noteWhy: Message | undefined;

  /** Makes the scanner ready for a new text; every field is set again. */
  reset(input: string, start: number, end: number, base: number, firstLine: number, thresholds: Thresholds, carry: ScanCarry): void {
    this.findings = [];
    this.recordRegistryFinding = -1;
    this.statusTargetLine = -1;
    this.loggedLine = -1;
    this.carryNewVersions.clear();
    this.versionsTaken = false;
    this.blockSuites.length = 0;
    this.blockSuiteLines.length = 0;
    this.blockSuiteKeys.length = 0;
    this.keyLine = -1;
    this.blockStartLine = firstLine;
    this.ruleLineOf = -1;
    this.ruleRowOf = -1;
    this.packageOf = -1;
    this.statusTargetRow = -1;
    this.uncheckedOf = -1;
    this.removalOf = -1;
    // (Keyed by a line's start: a text scanned before may have had a line starting there.)
    this.concernLine = -1;
    this.installNowOf = -1;
    this.blockFromAbove = true;
    this.unrecognized = [];
    this.carry = carry;
    this.prerequisites = [];
    this.versions = new Set();
    this.counts.fill(0);
    this.scanId++;
    this.thresholds = thresholds;
    const key = `${thresholds.online} ${thresholds.onprem}`;
    if (key !== cachedThresholds) {
      // Judgements depend on the thresholds: start the caches afresh.
      runCache.fill(undefined);
      aboutCache.fill(undefined);
      cachedThresholds = key;
    }
    this.input = input;
    this.end = end;
    this.base = base - start;
    this.runStart = -1;
    this.runEnd = 0;
    this.dots = 0;
    this.nextLf = input.indexOf('\n', start);
    this.nextInstaller = 0;
    this.nextRemoval = 0;
    this.nextCr = input.indexOf('\r', start);
    // Searched on first need: a mark a text never holds would otherwise cost a pass over all of it.
    this.registryAt = NOT_SEARCHED;
    this.nextColon = input.indexOf(':', start);
    this.nextReg = NOT_SEARCHED;
    this.nextAt = NOT_SEARCHED;
    this.nextSeparator.fill(NOT_SEARCHED);
    this.rowSeparatorOf = -1;
    this.nextBackslash = NOT_SEARCHED;
    this.nextSwitch = NOT_SEARCHED;
    this.rowRegistryFinding = -1;
    this.proseAgentCount = 0;
    // (Per text or chunk: a finding of a chunk already handed on is not judged again.)
    this.clearRecent();
    this.replyVersions.length = 0;
    this.replyNegated.length = 0;
    this.quotedMail = false;
    this.replyChanged = false;
    this.replySaidNow = false;
    this.notDoneLine = -1;
    this.thresholdLine = -1;
    this.deviceOrder = false;
    this.rowTime = -1;
    this.rowTimeLine = -1;
    this.order = undefined;
    this.orderSeen.clear();
    this.orderGone = false;
    this.replyInvalidates = false;
    this.entryTime = -1;
    this.replyLineFrom.length = 0;
    this.replyLineTo.length = 0;
    this.lines = 0;
    this.lineNo = firstLine - 1;
    this.lineStart = start;
    this.lineAboveStart = -1;
    this.lineAboveEnd = -1;
    this.found = 0;
    this.userSearched = false;
    this.groupSize = 0;
    this.groupEnd = 0;
    this.quotedAgentEnd = -1;
    this.candidateCount = 0;
    this.noteStart = -1;
    this.noteEnd = -1;
    this.noteWhy = undefined;
    this.runFrom = start;
    this.nextDot = input.indexOf('.', start);
    // A full-width dot cannot stand in a one-byte string: V8 answers this indexOf without reading it.
    this.nextWideDot = input.indexOf('\uFF0E', start);
  }

  /** Lets go of the last text and result, so that they can be collected. */
  release(): void {
    this.input = '';
    this.spacedText = undefined;
    this.lineTests.clear();
    this.lineTestTurn = 0;
    this.findings = [];
    this.recordRegistryFinding = -1;
    this.statusTargetLine = -1;
    this.carryNewVersions.clear();
    this.versionsTaken = false;
    this.blockSuites.length = 0;
    this.blockSuiteLines.length = 0;
    this.blockSuiteKeys.length = 0;
    this.keyLine = -1;
    this.blockStartLine = 0;
    this.blockFromAbove = true;
    this.unrecognized = [];
    this.prerequisites = [];
    this.versions = new Set();
    this.groupRun.length = 0;
    this.candidates.length = 0;
    this.candidateCount = 0;
    this.owners.length = 0;
    this.after.length = 0;
    this.before.length = 0;
    this.past.length = 0;
    this.clientFrom.length = 0;
    this.negativeFrom.length = 0;
    this.carry = newScanCarry();
  }

  scanAll(): void {
    const input = this.input;
    const end = this.end;
    this.nextRun();
    for (;;) {
      this.lineNo++;
      this.lines++;
      const lineStart = this.lineStart;
      // CRLF, LF and lone CR each end a line; indexOf is far cheaper than a regex per line.
      if (this.nextLf !== -1 && this.nextLf < lineStart) this.nextLf = input.indexOf('\n', lineStart);
      if (this.nextCr !== -1 && this.nextCr < lineStart) this.nextCr = input.indexOf('\r', lineStart);
      const lf = this.nextLf;
      const cr = this.nextCr;
      // A break at or past `end` is outside the scanned part (end is a line end): the line ends at `end`.
      const lineEnd = Math.min(end, cr === -1 ? (lf === -1 ? end : lf) : lf === -1 ? cr : Math.min(cr, lf));
      const hasBreak = lineEnd < end;
      const next = !hasBreak ? lineEnd : lineEnd === cr && lf === lineEnd + 1 && lf < end ? lineEnd + 2 : lineEnd + 1;
      this.lineEnd = lineEnd;
      let resumeAt = lineStart;
      const hadRun = this.runStart !== -1 && this.runStart < lineEnd;
      while (this.runStart !== -1 && this.runStart < lineEnd) {
        if (this.runStart >= resumeAt) resumeAt = this.classify(this.runStart, this.runEnd, lineEnd);
        this.nextRun();
      }
      this.finishLine(lineEnd, hadRun);
      if (!hasBreak || next === end) {
        // The line above the next slice's first line.
        this.carry.above = input.slice(Math.max(lineStart, lineEnd - WRAP_ABOVE), lineEnd);
        this.carry.aboveTouched = true;
        this.carry.vertical.sliceEnd(input);
      }
      if (!hasBreak) break;
      this.lineAboveStart = lineStart;
      this.lineAboveEnd = lineEnd;
      this.lineStart = next;
      // A text that ends with a line break has no further line.
      if (next === end) break;
    }
  }

  /**
   * Finds the next run: a maximal run of digits joined by single dots, with
   * at least one dot. Only dots are searched for (indexOf), so numbers
   * without a dot, the most common, cost nothing here; a dot with a digit on
   * each side is inside a run, whose start is found by walking back over the
   * digits. A run found past `end` is never classified: scanAll stops at the
   * line that ends there.
   */
  private nextRun(): void {
    const input = this.input;
    let from = this.runFrom;
    for (;;) {
      if (this.nextDot !== -1 && this.nextDot < from) this.nextDot = input.indexOf('.', from);
      if (this.nextWideDot !== -1 && this.nextWideDot < from) this.nextWideDot = input.indexOf('\uFF0E', from);
      const ascii = this.nextDot;
      const wide = this.nextWideDot;
      const dot = wide === -1 ? ascii : ascii === -1 ? wide : Math.min(ascii, wide);
      if (dot === -1) {
        this.runStart = -1;
        return;
      }
      if (!isDigit(input.charCodeAt(dot - 1)) || !(isDigit(input.charCodeAt(dot + 1)) || invisibleBeforeDigit(input, dot + 1))) {
        from = dot + 1;
        continue;
      }
      let s = dot - 1;
      while (isDigit(input.charCodeAt(s - 1))) s--;
      // A URL's encoded character before the build ("%2016.0.x", "Build%206965.2058"): its two hex digits are not the build's.
      if (input.charCodeAt(s - 1) === 37 && s + 2 < dot) s += 2;
      // Forward to the run's end, counting its dots and hashing it for the run caches on the way.
      let i = s;
      let dots = 0;
      let hash = 0;
      for (;;) {
        const c = input.charCodeAt(i);
        if (isDigit(c)) hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
        else if (isDot(c) && (isDigit(input.charCodeAt(i + 1)) || invisibleBeforeDigit(input, i + 1))) {
          hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
          dots++;
        } else if (invisibleInRun(input, i) && i > s) {
          // A web copy's zero-width mark inside the build ("16.0.\u200b6920.1000"): part of the run as written.
          hash = (Math.imul(hash, 31) + c) & 0x3fffffff;
        } else break;
        i++;
      }
      this.runStart = s;
      this.runEnd = i;
      this.dots = dots;
      this.runHash = hash;
      this.runFrom = i;
      return;
    }
  }

  /** The run's judgement for this product, family and evidence, made once and kept on the run. */
  private judgedEntry(info: RunInfo, family: FamilyId, product: string, evidence: Evidence): JudgedEntry {
    // A run meets one or two products (UCCAPI and OC): a short list beats a Map.
    const judged = info.judged;
    for (let k = 0; k < judged.length; k++) {
      const e = judged[k]!;
      if (e.product === product && e.family === family && e.evidence === evidence) return e;
    }
    const judgement = judge(family, info.parts, product, this.thresholds, evidence);
    const text = product ? `${product}/${info.text}` : info.text;
    const entry = { product, family, evidence, judgement, text, onlineIndex: verdictIndex(judgement.verdicts.online), onpremIndex: COUNTED.length + verdictIndex(judgement.verdicts.onprem) };
    judged.push(entry);
    return entry;
  }

  private push(start: number, end: number, info: RunInfo, family: FamilyId, source: FindingSource, product: string, evidence: Evidence, text?: string, userIndex = 0): void {
    // The kept judgement looked up here (the hot path), made by judgedEntry on a miss.
    const judged = info.judged;
    let entry: JudgedEntry | undefined;
    for (let k = 0; k < judged.length; k++) {
      const e = judged[k]!;
      if (e.product === product && e.family === family && e.evidence === evidence) {
        entry = e;
        break;
      }
    }
    entry ??= this.judgedEntry(info, family, product, evidence);
    if (info.seen !== this.scanId) {
      info.seen = this.scanId;
      this.versions.add(info.version);
      const carried = this.carry.versions;
      if (!carried.has(info.version)) {
        carried.add(info.version);
        this.carryNewVersions.add(info.version);
      }
    }
    const j = entry.judgement;
    const counts = this.counts;
    counts[entry.onlineIndex] = counts[entry.onlineIndex]! + 1;
    counts[entry.onpremIndex] = counts[entry.onpremIndex]! + 1;
    // The finding's text is the input as written ("oc\\/16.0…", "OC%2F16.0…"), so that it slices back exactly.
    // A bare run (no product) is its cached text, which cached() checked against the input in place. So is
    // the run after a product token: the token is as cached when it is spelt so and joined by one "/", the
    // only separator one character long.
    const written =
      text ?? (product === '' || (end - start === entry.text.length && sameText(this.input, start, start + product.length, product)) ? entry.text : this.input.slice(start, end));
    // Whose clients these are: the user the line names, looked for once per line, at its first finding.
    // The second agent of a report row (From, then To) is the second user's; a row has no third.
    const user = userIndex === 0 ? this.userOfLine() : userIndex > 0 ? nthUserIn(this.input, this.lineStart, this.lineEnd, userIndex) : undefined;
    this.findings.push(new FindingRecord(this.lineNo, start + this.base, end + this.base, written, info.version, family, source, j.verdicts, j.reasons, user));
    this.found++;
    // The client's About page gives its build twice (its MSO line, its "Version YYMM (Build …)" line): noted for the line below.
    if ((source === 'about' || source === 'named') && evidence !== 'suite' && (family === 'win16' || family === 'win16-msi-range')) this.noteClientAbout(info.version, source === 'about');
    if (this.blockSuites.length > 0 && evidence !== 'suite') this.dropBlockSuites(info.version);
  }

  /**
   * Notes a client's About build for the line below (the same build number there is the same client): from a
   * "Version YYMM (Build …)" line (`versionLine`), or from a line that names the client with its MSO.
   */
  private noteClientAbout(version: string, versionLine: boolean): void {
    // (Or the client's name and its build in brackets, ending the line: "Skype for Business 2016 (16.0.x)", its MSO line below.)
    const bracketed = !versionLine && !this.lineHas(MSO_ABOUT) && this.lineHas(BRACKETED_BUILD_END);
    if (!versionLine && !bracketed && !this.lineHas(MSO_ABOUT)) return;
    this.carry.app = { note: { key: CLIENT_ABOUT, params: { text: version, product: versionLine ? 'version' : bracketed ? 'named' : 'mso', line: String(this.lineNo) } }, line: this.lineNo };
    this.carry.appTouched = true;
  }

  /**
   * Whether the name `owner` heads a list of builds reaching to line offset s: "Skype builds seen: x, y", or a label
   * of at most two words and a colon ("Skype for Business: x, y, z", "Skype for Business のバージョン：x、y").
   */
  private listsBuilds(owner: Mention, s: number): boolean {
    const label = this.lineText().slice(owner.end, Math.min(s, owner.end + 40));
    return BUILDS_LISTED.test(label) || LIST_LABEL.test(label);
  }

  /** Whether the negation `n` denies the clause that reaches to line offset s: "none of", "nobody", "no one". */
  private clauseDenied(n: Mention, s: number): boolean {
    return CLAUSE_NEGATIONS.has(n.text.toLowerCase().replace(/['’]/g, ' ')) && !CLAUSE_BREAK.test(this.lineText().slice(n.end, s));
  }

  /** The user the line under way names, looked for once per line (at its first finding or batch label). */
  private userOfLine(): string | undefined {
    if (!this.userSearched) {
      this.userSearched = true;
      this.lineUser = this.namesUser(this.lineStart, this.lineEnd) ? findUserIn(this.input, this.lineStart, this.lineEnd, this.nextAt, this.nextBackslash) : undefined;
    }
    return this.lineUser;
  }

  /**
   * Whether the line under decision leaves the client out ({"ExcludedApps": "groove,lync"}, «исключён Скайп»): read
   * only where its words name the client or a client left out, so a registry line costs a look at its mentions.
   */
  private excludesClient(mentions: readonly Mention[]): boolean {
    for (const m of mentions) if (isClientKind(m.kind) || (m.kind === 'other' && LEFT_OUT_WORD.test(m.text))) return this.lineHas(EXCLUDED_CLIENT);
    return false;
  }

  /**
   * The line of a finding of the block under way (not a suite's) with `version` and a row of the same owner, among
   * the block's last BLOCK_KEPT such findings: this input's, then those kept from above it; -1 for none. Asked only
   * for a suite's build, so the findings' rows are read back only then.
   */
  private blockClientWith(version: string): number {
    const key = this.rowKeyOfLine();
    const findings = this.findings;
    let seen = 0;
    for (let i = findings.length - 1; i >= 0 && seen < BLOCK_KEPT; i--) {
      const f = findings[i]!;
      if (f.line < this.blockStartLine) return -1;
      if (this.blockSuites.includes(i)) continue;
      seen++;
      if (f.version === version && sameRowOwner(this.keyOfFinding(f), key)) return f.line;
    }
    if (!this.blockFromAbove) return -1;
    const block = this.carry.block;
    for (let i = block.versions.length - 1; i >= 0 && seen < BLOCK_KEPT; i--, seen++) if (block.versions[i] === version && sameRowOwner(block.keys[i]!, key)) return block.lines[i]!;
    // A part scanned before the block above it is known: that block may hold the client.
    if (this.carry.recordStartUnknown && !this.carry.blockBlank) this.carry.recordDepended = true;
    return -1;
  }

  /** rowKey of the line a finding of this input stands on (0 when its start is further back than ROW_LOOKBACK: bounded). */
  private keyOfFinding(f: Finding): number {
    const input = this.input;
    const at = f.start - this.base;
    let start = at;
    while (start > 0 && at - start < ROW_LOOKBACK && !isLineBreak(input.charCodeAt(start - 1))) start--;
    if (start > 0 && !isLineBreak(input.charCodeAt(start - 1))) return 0;
    // rowKey stops at the line's end itself.
    return rowKey(input, start, input.length);
  }

  /** Keeps the block under way's last BLOCK_KEPT findings (not a suite's) for the input after this one. */
  private keepBlock(): void {
    const block = this.carry.block;
    const versions: string[] = [];
    const lines: number[] = [];
    const keys: number[] = [];
    const findings = this.findings;
    for (let i = findings.length - 1; i >= 0 && versions.length < BLOCK_KEPT; i--) {
      const f = findings[i]!;
      if (f.line < this.blockStartLine) break;
      if (this.blockSuites.includes(i)) continue;
      versions.push(f.version);
      lines.push(f.line);
      keys.push(this.keyOfFinding(f));
    }
    versions.reverse();
    lines.reverse();
    keys.reverse();
    const from = this.blockFromAbove ? block.versions.length : 0;
    block.versions = [...block.versions.slice(0, from), ...versions].slice(-BLOCK_KEPT);
    block.lines = [...block.lines.slice(0, from), ...lines].slice(-BLOCK_KEPT);
    block.keys = [...block.keys.slice(0, from), ...keys].slice(-BLOCK_KEPT);
  }

  /**
   * The client's row came after the suite's rows of the same build in its block: those rows were that client's suite.
   * Each is taken back (its counts too) and listed as unrecognised with the reason, in line order.
   */
  private dropBlockSuites(version: string): void {
    const client = this.findings[this.findings.length - 1]!;
    for (let k = this.blockSuites.length - 1; k >= 0; k--) {
      const at = this.blockSuites[k]!;
      const f = this.findings[at]!;
      if (f.version !== version || f.line === client.line || !sameRowOwner(this.blockSuiteKeys[k]!, this.rowKeyOfLine())) continue;
      this.findings.splice(at, 1);
      if (this.recordRegistryFinding > at) this.recordRegistryFinding--;
      else if (this.recordRegistryFinding === at) this.recordRegistryFinding = -1;
      if (this.rowRegistryFinding > at) this.rowRegistryFinding--;
      else if (this.rowRegistryFinding === at) this.rowRegistryFinding = -1;
      const online = verdictIndex(f.verdicts.online);
      const onprem = COUNTED.length + verdictIndex(f.verdicts.onprem);
      this.counts[online] = this.counts[online]! - 1;
      this.counts[onprem] = this.counts[onprem]! - 1;
      const entry: Unrecognized = { line: f.line, text: this.unrecognizedText(this.blockSuiteLines[2 * k]!, this.blockSuiteLines[2 * k + 1]!), note: { key: 'ignored_suite_counted', params: { text: f.text, line: String(client.line) } } };
      let to = this.unrecognized.length;
      while (to > 0 && this.unrecognized[to - 1]!.line > f.line) to--;
      this.unrecognized.splice(to, 0, entry);
      this.blockSuites.splice(k, 1);
      this.blockSuiteLines.splice(2 * k, 2);
      this.blockSuiteKeys.splice(k, 1);
      for (let m = k; m < this.blockSuites.length; m++) this.blockSuites[m] = this.blockSuites[m]! - 1;
    }
  }

  /** The line's findings may be taken back by a state on the line below (status-below.ts), unless one is a user agent's: traffic is proof. */
  /** Whether a build of the line above's findings (the status target) is a threshold in force. */
  private statusTargetInForce(): boolean {
    for (let i = this.statusTargetFrom; i < this.statusTargetFrom + this.statusTargetCount && i < this.findings.length; i++) {
      if (this.versionInForce(this.findings[i]!.version)) return true;
    }
    return false;
  }

  private markStatusTarget(): void {
    const from = this.findings.length - this.found;
    for (let i = from; i < this.findings.length; i++) {
      if (this.findings[i]!.source === 'user-agent') {
        this.statusTargetLine = -1;
        return;
      }
    }
    this.statusTargetLine = this.lineNo;
    this.statusTargetFrom = from;
    this.statusTargetCount = this.found;
    this.statusTargetStart = this.lineStart;
    this.statusTargetEnd = this.lineEnd;
    this.statusTargetRow = -1;
    // Only a build written by hand (named, or standing alone) is one a typo may be owned up to: an About line's or a registry value's is copied.
    const source = this.findings[from]!.source;
    this.statusTargetWritten = source === 'named' || source === 'bare';
    // A line of prose or a log's (no cell separator): the line of words under it may speak of it (isStatusBelow).
    this.statusTargetProse = this.statusTargetWritten && !this.rowHasSeparator();
  }

  /**
   * The line under way (starting at lineStart) says the install of the item above is not there (status-below.ts, no
   * finding of its own), or corrects its build (correction-below.ts): the line above's findings are taken back (their
   * counts too) and that line is listed as unrecognised with `why`. Within one input only: a line in the next slice
   * comes too late.
   */
  private takeBackStatusTarget(lineStart: number, why: 'ignored_not_installed' | 'ignored_corrected' | 'ignored_threshold' | 'ignored_replaced'): void {
    const from = this.statusTargetFrom;
    const count = this.statusTargetCount;
    const above = this.statusTargetLine;
    this.statusTargetLine = -1;
    const findings = this.findings;
    // The line above's findings, and after them only this line's (this.found of them).
    if (findings.length !== from + count + this.found || findings[from]?.line !== above || findings[from + count - 1]?.line !== above || this.statusTargetStart >= lineStart) return;
    const taken = findings.splice(from, count);
    const shifted = (at: number): number => (at < from ? at : at < from + count ? -1 : at - count);
    this.recordRegistryFinding = shifted(this.recordRegistryFinding);
    this.rowRegistryFinding = shifted(this.rowRegistryFinding);
    for (let k = this.blockSuites.length - 1; k >= 0; k--) {
      const at = shifted(this.blockSuites[k]!);
      if (at >= 0) {
        this.blockSuites[k] = at;
        continue;
      }
      this.blockSuites.splice(k, 1);
      this.blockSuiteLines.splice(2 * k, 2);
      this.blockSuiteKeys.splice(k, 1);
    }
    for (const f of taken) {
      const online = verdictIndex(f.verdicts.online);
      const onprem = COUNTED.length + verdictIndex(f.verdicts.onprem);
      this.counts[online] = this.counts[online]! - 1;
      this.counts[onprem] = this.counts[onprem]! - 1;
    }
    // Out of the distinct builds; result() puts back those another finding gave.
    for (const f of taken) {
      this.versions.delete(f.version);
      if (this.carryNewVersions.delete(f.version)) this.carry.versions.delete(f.version);
    }
    this.versionsTaken = true;
    this.unrecognized.push({ line: above, text: this.unrecognizedText(this.statusTargetStart, this.statusTargetEnd), note: { key: why, params: { text: taken[0]!.text } } });
  }

  /**
   * Whether the line under way, a line of words without a build of its own (no table's row), names the client the line
   * above named and says it was taken away after it (saysTakenAway), of the same machine: every machine's name on it
   * (PC-61) stands on the line above too.
   */
  private goneBelow(lineStart: number, lineEnd: number): boolean {
    if (!this.statusTargetWritten) return false;
    const line = this.input.slice(lineStart, lineEnd);
    // (Most lines name no client: a cheap look first. A comma is a sentence's as well as a row's; a tab, ";" or "|" a row's.)
    if (!CLIENT_NAME.test(line) || DOTTED_RUN.test(line) || ROW_CELL_BREAK.test(line)) return false;
    const client = mentionsIn(this.input, lineStart, lineEnd).find((m) => isClientKind(m.kind));
    return client !== undefined && saysTakenAway(line.slice(client.end)) && sameSubject(line, this.input.slice(this.statusTargetStart, this.statusTargetEnd), client);
  }

  /**
   * Whether the line under way (its own build found) is a dated history's next entry that updates, rolls back or
   * supersedes the client of the entry above: both lines open with a date, this one says so before its build, names
   * the client the line above named or none, and every machine it names (PC-60) stands on the line above too.
   */
  private updatedBelow(first: number, lineEnd: number): boolean {
    const input = this.input;
    if (!isDigit(input.charCodeAt(first))) return false;
    const line = input.slice(first, lineEnd);
    const above = input.slice(this.statusTargetStart, this.statusTargetEnd).trimStart();
    if (!DATED.test(line) || !DATED.test(above) || !UPDATED_TO.test(line)) return false;
    return sameSubject(line, above, mentionsIn(input, first, lineEnd).find((m) => isClientKind(m.kind)));
  }

  /** The first cell of the line under way (see rowKey), read once per line. */
  private rowKeyOfLine(): number {
    if (this.keyLine !== this.lineNo) {
      this.keyLine = this.lineNo;
      this.lineKey = rowKey(this.input, this.lineStart, this.lineEnd);
    }
    return this.lineKey;
  }

  /** Ends the block under way (a blank line, a new computer's heading): its rows no longer speak for the next ones. */
  private endBlock(): void {
    if (this.deviceOrder) {
      this.deviceOrder = false;
      this.order = undefined;
      this.orderSeen.clear();
      this.rowTime = -1;
    }
    this.carry.blockBlank = true;
    this.blockStartLine = this.lineNo + 1;
    this.blockFromAbove = false;
    if (this.blockSuites.length > 0) {
      this.blockSuites.length = 0;
      this.blockSuiteLines.length = 0;
      this.blockSuiteKeys.length = 0;
    }
    // (An update's "now" speaks of the lines of its own block: a chat, a ticket's notes.)
    // (Not a quoted part's, at a text's top: the reply below it speaks of them, after a blank line.)
    if (this.recentFinding.length > 0 && !this.recentQuoted) this.clearRecent();
  }

  /** An unrecognised line's text as listed: the line, cut at UNRECOGNIZED_TEXT_LIMIT characters. */
  private unrecognizedText(lineStart: number, lineEnd: number): string {
    const input = this.input;
    if (lineEnd - lineStart <= UNRECOGNIZED_TEXT_LIMIT) return input.slice(lineStart, lineEnd);
    let cut = lineStart + UNRECOGNIZED_TEXT_LIMIT;
    // Never split a surrogate pair.
    if ((input.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--;
    return `${input.slice(lineStart, cut)}…`;
  }

  /** One client per user agent: the platform token, else OC (the application), else UCCAPI. */
  private flushGroup(): void {
    if (this.groupSize === 0) return;
    let pick = 0;
    let rank = -1;
    for (let k = 0; k < this.groupSize; k++) {
      const product = this.groupProduct[k]!;
      const r = product === 'OC' ? 2 : product === 'UCCAPI' ? 1 : product === 'UCWA' ? 0 : 3;
      if (r > rank) {
        pick = k;
        rank = r;
      }
    }
    const product = this.groupProduct[pick]!;
    const info = this.groupRun[pick]!;
    const size = this.groupSize;
    this.groupSize = 0;
    // "requires at least OC/16.0.6920.1000", "Allow … OC/16.0.6920.1000 (Skype for Business) and later": a threshold in
    // force written as an agent, with a threshold phrase just before it or just after it, is the rule, not a client.
    // Only those windows are read, and not on a log's line (more than LOG_DIGITS digits before the agent: a date, a
    // time, an address): real agents carry these builds too, on every line of some logs.
    // (So is one that opens a line continuing the sentence above: "Need at least UCCAPI/16.0.x" / "OC/16.0.x (Skype for Business)".)
    // (And so is the next of a list it opens: "Minimum supported: OC/16.0.6701.1000 (EXO) / OC/16.0.6920.1000 (on-prem)".)
    // (And the other threshold in force after one quoted, in the same sentence: "OC/16.0.6701.1000 is the minimum for EXO
    // mailboxes; OC/16.0.6920.1000 for on-prem", red-team round 295.)
    const listed =
      this.agentQuotedEnd >= 0 &&
      (AGENT_LIST_GAP.test(this.input.slice(this.agentQuotedEnd, this.groupStart[0])) || (this.isThresholdInForce(this.groupRun[pick]!) && !SENTENCE_END.test(this.input.slice(this.agentQuotedEnd, this.groupStart[0]))));
    // (Any agent with "or later" right after it, no log's fields before it: "OC/16.0.x (Skype for Business) or newer", red-team round 283.)
    if (listed || (!this.loggedBefore(this.groupStart[0]!) && (this.isThresholdInForce(info) ? this.thresholdPhraseAround(this.groupStart[0]!, this.groupEnd) : this.orLaterRightAfter(this.groupEnd))) || (this.firstNonBlank(this.lineStart, this.lineEnd) === this.groupStart[0] && this.wrappedQuoteBefore(this.groupStart[0], true))) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_threshold', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      this.agentQuotedEnd = this.groupEnd;
      return;
    }
    // "changed from OC/16.0.x to OC/16.0.y": the agent left (the one after it is judged on its own).
    if (this.agentReplaced(this.groupStart[0]!, this.groupEnd)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_replaced', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // "OC/16.0.x (planned, not yet installed)", "UCCAPI/… OC/… (Skype for Business) uninstalled from VDI gold image": a plan or
    // an uninstall said right after the agent.
    if (remarkQuotes(this.input, this.groupEnd)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_threshold', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // A history's row marked as superseded after its agent ("… (Skype for Business)  (superseded)", "(old image, retired
    // 06-20)", "旧バージョン"): the build left (red-team round 382).
    if (AGENT_SUPERSEDED.test(this.input.slice(this.groupEnd, Math.min(this.lineEnd, this.groupEnd + SUPERSEDED_REACH)))) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_past', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    if (this.notInstalledAfterAgent(this.groupEnd)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_not_installed', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // A label before it that says so ("Pending install:", "Old agent (removed):", "Target client:").
    if (this.labelledNotThere(this.groupStart[0]!)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_not_installed', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // A key right before it that says it is the one before ('"previousUserAgent":"UCCAPI\/…"', "old_ua=…", red-team round 396).
    if (PREVIOUS_AGENT_KEY.test(this.input.slice(Math.max(this.lineStart, this.groupStart[0]! - PREVIOUS_AGENT_KEY_REACH), this.groupStart[0]))) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_past', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // A row whose status cell says the install is not there ("WS-0144;\"UCCAPI/… OC/… (Skype for Business)\";geplant").
    if (this.groupEnd < this.lineEnd && this.rowHasSeparator() && this.agentRowNotInstalled(this.groupEnd)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_not_installed', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // An unchecked item of a checklist ("- [ ] UCCAPI/… OC/… rolled out"): still to be done.
    if (this.uncheckedItem()) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_not_installed', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // An example's ("Example (from the KB): User-Agent: UCCAPI/… OC/…", red-team round 339).
    // (Read on the text just before the agent: a megabyte line of agents is not read again for each of them.)
    const exampleFrom = Math.max(this.lineStart, this.groupStart[0]! - EXAMPLE_REACH);
    if (this.exampleBefore(this.input.slice(exampleFrom, this.groupStart[0]), this.groupStart[0]! - exampleFrom, false)) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_threshold', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // Under a change's "before" column ("Previous user agent | Current user agent", «Предыдущий агент | Текущий агент»): the
    // agent left (red-team round 362).
    if (!this.carry.headings.empty && this.carry.headings.changeColumn(this.input, this.lineStart, this.lineEnd, this.groupStart[pick]!) === 'old') {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_past', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // Under a plan's section label ("Minimum for on-prem:" / "OC/16.0.6920.1000 (Skype for Business)"): a build to reach.
    if (!this.carry.headings.empty && this.carry.headings.planAbove(this.input, this.lineStart, this.lineEnd, this.groupStart[pick]!, this.rowHasSeparator())) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_threshold', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // "UserAgent: OC/16.0.x CompareOp: GEQ Action: Allow": a client version policy's rule, written as an agent (its key first);
    // "UserAgentFullName : UCCAPI/… OC/…", `-UserAgentFullName "…"`, "Rule 0: … -> Allow", a rule table's column: its pattern.
    RULE_AGENT_KEY.lastIndex = this.firstNonBlank(this.lineStart, this.lineEnd);
    if ((RULE_AGENT_KEY.test(this.input) && this.ruleLine()) || this.agentOfRule()) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_threshold', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]) } });
      return;
    }
    // "(Skype for Business Room System)": a meeting room's device, not a user's client (its comment is longer than a client's).
    if (this.groupEnd - this.groupRunEnd[size - 1]! > ROOM_COMMENT_LEAST && ROOM_SYSTEM.test(this.input.slice(this.groupRunEnd[size - 1], this.groupEnd))) {
      this.noteWith(this.groupStart[pick]!, this.groupRunEnd[pick]!, { key: 'ignored_product', params: { text: this.input.slice(this.groupStart[pick], this.groupRunEnd[pick]), product: 'Skype Room System' } });
      return;
    }
    // Every part's build ("UCCAPI/16.0.x OC/16.0.y"), for a "Client version" cell on the row that repeats either.
    for (let k = 0; k < size; k++) this.agentRuns[this.agentRunCount++] = this.groupRun[k]!;
    // An agent's "(comment)" names its own product, not a build elsewhere on the line (an "Office build" cell beside it).
    this.agentFrom[this.agentCount] = this.groupStart[0]!;
    this.agentTo[this.agentCount++] = this.groupEnd;
    // Agents come first on their line (the line's other findings wait for its end), so `found` counts the agents before this one.
    // (A row has no third agent's user: -1.)
    const family = familyOfAgent(product, info.parts);
    const userIndex = this.found <= 1 ? this.found : -1;
    // The same agent again on its line, no other user named for it (an IIS line's query string and its User-Agent field, a
    // retry's header): the same client, counted once.
    // A UCCAPI token without its OC token (a truncated agent, a library's own request): the client's communications
    // library, whose build may be newer or older than the application's (UCCAPI/16.0.6965.5308 OC/16.0.6965.2117).
    const evidence: Evidence = product === 'UCCAPI' ? 'library' : 'confirmed';
    if (!this.sameAgentAgain(info.version, family, userIndex)) {
      this.push(this.groupStart[pick]!, this.groupRunEnd[pick]!, info, family, 'user-agent', product, evidence, undefined, userIndex);
      // (Under a history's label of its order, the entries' agents too: "registrations (newest first):", weighAgainstLinesAbove.)
      if (this.order !== undefined && evidence === 'confirmed') {
        this.readRowTime();
        this.weighOneByOrder(this.findings[this.findings.length - 1]!, info);
      }
    }
    // An agent written in a sentence ("should report UCCAPI/… OC/…", "fixed in OC/… and later") is read again at the line's end.
    if (this.proseAgentCount < PROSE_AGENTS_KEPT && this.proseBefore(this.groupStart[0]!)) {
      const at = this.proseAgentCount++;
      this.proseAgentFinding[at] = this.findings.length - 1;
      this.proseAgentFrom[at] = this.groupStart[0]!;
      this.proseAgentTo[at] = this.groupEnd;
      this.proseAgentInfo[at] = info;
    }
  }

  /**
   * Whether the line's agents are a client version policy rule's patterns: the line names the rule's agent key, its
   * comparison or its action ("UserAgentFullName", "CompareOp", "Action=Block", "-> Allow"), or a heading above does
   * (a rule table's "UserAgentFullName" column).
   */
  private agentOfRule(): boolean {
    // (Read before the line is decided: its spaced text is not made yet.)
    if (this.lineEnd - this.lineStart <= RULE_AGENT_LINE_LIMIT) {
      const line = this.input.slice(this.lineStart, this.lineEnd);
      // A filter's log of a client's request ("User-Agent '…' matched rule OC < 16.0.x, action=Block"): the client is real.
      if (RULE_AGENT_WORD.test(line) && RULE_AGENT_CONTEXT.test(line) && (RULE_AGENT_COLUMN.test(line) || !FILTER_LOG.test(line))) return true;
    }
    if (this.carry.headings.empty) return false;
    // (A rules table's header speaks only for a row that names an action.)
    return this.carry.headings.some(RULE_AGENT_COLUMN) || (this.carry.headings.ruleTableAbove() && RULE_ACTION.test(this.input.slice(this.lineStart, Math.min(this.lineEnd, this.lineStart + RULE_AGENT_LINE_LIMIT))));
  }

  /** Whether the agent [from, to) is the one a change left: "from" right before it, "to" and another agent right after it. */
  private agentReplaced(from: number, to: number): boolean {
    const input = this.input;
    return from - this.lineStart >= 3 && AGENT_FROM.test(input.slice(Math.max(this.lineStart, from - AGENT_FROM_REACH), from)) && AGENT_TO.test(input.slice(to, Math.min(this.lineEnd, to + AGENT_TO_REACH)));
  }

  /**
   * Whether a word of a sentence stands right before an agent at `at` ("signed in with UCCAPI/…", "Tuesday: OC/…"): a
   * word of two letters or more, blanks, ":" or "," between, and before the word a blank or the line's start (not an
   * address's "contoso.com", a path, a log's fields).
   */
  private proseBefore(at: number): boolean {
    const input = this.input;
    const lineStart = this.lineStart;
    let i = at;
    // (A quote too: Snooper's `filter: "OC/…"`, a German „OC/…“, a French « OC/… ».)
    while (i > lineStart && (isBlank(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) === 58 || input.charCodeAt(i - 1) === 44 || input.charCodeAt(i - 1) === 34 || OPENING_QUOTES.includes(input[i - 1]!))) i--;
    if (i === at) return false;
    // (And a label's bracketed note: "Example user agent (from KB, not from our logs): OC/…".)
    if (input.charCodeAt(i - 1) === 41 && at - i <= 3) {
      const open = input.lastIndexOf('(', i - 1);
      if (open > lineStart && i - open <= LABEL_NOTE_LIMIT && SOURCE_NOTE.test(input.slice(open, i))) {
        i = open;
        while (i > lineStart && isBlank(input.charCodeAt(i - 1))) i--;
      }
    }
    let end = i;
    while (i > lineStart && isAnyLetter(input.charCodeAt(i - 1))) i--;
    // "For example, User-Agent: UCCAPI/…", "No REGISTER with User-Agent OC/…": the key's words are not the sentence's.
    if (end - i === 5 && i - 5 >= lineStart && input.startsWith('-', i - 1) && USER_AGENT_KEY.test(input.slice(i - 5, end))) {
      i -= 5;
      if (i === lineStart) return false;
      while (i > lineStart && (isBlank(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) === 58 || input.charCodeAt(i - 1) === 44)) i--;
      end = i;
      while (i > lineStart && isAnyLetter(input.charCodeAt(i - 1))) i--;
    }
    if (end - i < 2) return false;
    return i === lineStart || isBlank(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) === 40;
  }

  /**
   * The line's agents written in a sentence, against the line's words: a plan, a target, a rule, a fix or a past build
   * in the agent's clause ("should report", "rollout", "fixed in … and later", "previously signed in with") makes the
   * agent's build one the line speaks of, not a client in use: judged again as unknown, in place, counts kept.
   */
  private readProseAgents(mentions: readonly Mention[]): void {
    const lineStart = this.lineStart;
    const line = spacedLine(this.input.slice(lineStart, this.lineEnd));
    for (let a = 0; a < this.proseAgentCount; a++) {
      const from = this.proseAgentFrom[a]! - lineStart;
      const to = this.proseAgentTo[a]! - lineStart;
      let said = false;
      for (const m of mentions) {
        const kind = m.kind;
        if (kind === 'negation') {
          // "not on UCCAPI/…": the word right before it ("Not affected: UCCAPI/…" negates nothing of the agent).
          if (m.end <= from && NEGATED_GAP.test(line.slice(m.end, from))) said = true;
        } else if (kind === 'threshold-before' || kind === 'past') {
          // ("Since December every PC reports OC/…" tells since when the agent is there, not a bound: "since" quotes only the
          // build right after it. Other such words keep their reach: "Ab Montag melden sich alle Clients mit OC/… an" is a plan.)
          if (m.end <= from && from - m.end <= PROSE_AGENT_REACH && !CLAUSE_BREAK.test(line.slice(m.end, from)) && (quotesNext(line, m, from) || !SINCE_WORDS.has(m.text.toLowerCase()))) said = true;
          // (Not words that close the agent before it: "oc/15.0.x (microsoft lync) on the old pc and oc/16.0.y …", red-team round 391.)
          if (said && a > 0 && this.proseAgentTo[a - 1]! - lineStart <= m.start && AND_ONLY.test(line.slice(m.end, from))) said = false;
          // (Not an update told as done, nor the agent's sender: "after yesterday's C2R update jdoe's EWS calls show OC/…",
          // "ответ 200 OK от UCCAPI/…", red-team round 385.)
          if (said && kind === 'threshold-before' && ((UPDATE_WORD.test(m.text) && AFTER_DONE_BEFORE.test(line.slice(Math.max(0, m.start - 48), m.start))) || (FROM_SENDER.test(m.text) && line.slice(m.end, from).trim() === ''))) said = false;
        } else if (kind === 'threshold-after' && m.start >= to && m.start - to <= PROSE_AGENT_REACH && !CLAUSE_BREAK.test(line.slice(to, m.start)) && !messageStateAt(line, to, m.start)) said = true;
        if (said) break;
      }
      // An example, an agent looked for and not found, or one the sentence only supposes ("If you still see OC/…").
      if (!said) said = EXAMPLE_OR_ABSENT.test(line) || CONDITION_FIRST.test(line) || speaksOfElsewhere(line, from);
      // Or the agent a client will show once updated ("After the update the UA will read OC/…", "Der Client wird sich … als OC/… melden"),
      // not a label's value ("The SIP trace will show you: User-Agent: …").
      if (said) this.judgeAgain(this.proseAgentFinding[a]!, this.proseAgentInfo[a]!, 'threshold-on-line');
      else {
        const clause = clauseAround(line, from, to);
        if (clause !== undefined && !clause.whole.includes(':') && speaksOfWhatWouldBe(clause)) this.judgeAgain(this.proseAgentFinding[a]!, this.proseAgentInfo[a]!, 'hypothetical');
        // (Or of the past: "Bob was on OC/16.0.x until last Tuesday; … now shows OC/16.0.y", red-team round 345.)
        else if (clause !== undefined && !clause.whole.includes(':') && speaksOfThePast(clause)) this.judgeAgain(this.proseAgentFinding[a]!, this.proseAgentInfo[a]!, 'past');
        // (Weighed with the line's other clients: "OC/16.0.x from March (before his upgrade) and … OC/16.0.y … from today".)
        else if (this.findings[this.proseAgentFinding[a]!] !== undefined) this.keepLineConfirmed(this.findings[this.proseAgentFinding[a]!]!, this.proseAgentInfo[a]!, from, to);
      }
    }
    this.proseAgentCount = 0;
  }

  /**
   * Whether the agent under way, whose "(comment)" has closed, is complete
   * before a token `next`: a desktop agent ("UCCAPI/… OC/… (Skype for
   * Business)") ends with its comment, and UCCAPI or OC starts a new one; a
   * mobile agent may go on ("iPadLync/6.26.0.12 (iPad iOS 13.3) UCWA/16.0.0.0").
   */
  private agentComplete(next: string): boolean {
    if (next === 'UCCAPI' || next === 'OC') return true;
    for (let k = 0; k < this.groupSize; k++) if (this.groupProduct[k] === 'UCCAPI' || this.groupProduct[k] === 'OC') return true;
    return false;
  }

  /**
   * Whether a client registry value's name ends just before `start`
   * (`"VersionToReport":"16.0.x"`, `VersionToReport    REG_SZ    16.0.x`,
   * `VersionToReport = 16.0.x`): the name says whose build it is, whatever
   * else the line names.
   */
  private registryValueBefore(start: number): boolean {
    if (!this.isRegistryLine(this.lineEnd)) return false;
    // Searched in a window that ends at the build: a search back through the whole input would make long pastes quadratic.
    const from = Math.max(this.lineStart, start - REGISTRY_MARK.length - REGISTRY_VALUE_GAP);
    const near = this.input.slice(from, start);
    const at = near.lastIndexOf(REGISTRY_MARK);
    return at >= 0 && REGISTRY_VALUE_SEPARATORS.test(near.slice(at + REGISTRY_MARK.length));
  }

  /** Whether a client registry value's name stands right before `start`, and a clause break and a word between `from` and the name. */
  private registryValueInOwnClause(start: number, from: number): boolean {
    if (!this.registryValueBefore(start)) return false;
    const near = this.input.slice(Math.max(from, start - REGISTRY_CLAUSE_REACH), start);
    const at = near.lastIndexOf(REGISTRY_MARK);
    // ("Minimum required: VersionToReport 16.0.x" has its break right before the name: a label's, not a clause's.)
    return at > 0 && OWN_CLAUSE_GAP.test(near.slice(0, at));
  }

  private isRegistryLine(lineEnd: number): boolean {
    if (this.registryAt !== -1 && this.registryAt < this.lineStart) this.registryAt = this.input.indexOf(REGISTRY_MARK, this.lineStart);
    return this.registryAt !== -1 && this.registryAt + REGISTRY_MARK.length <= lineEnd;
  }

  /**
   * Start of the "/" that joins a product token to the run at `start`, as
   * written: "/", JSON's "\/" (or "\\\/", JSON in a JSON string: Splunk's `_raw`) or URL-encoded "%2F"; -1 when there is none.
   */
  private slashBefore(start: number): number {
    const input = this.input;
    const c = input.charCodeAt(start - 1);
    if (c === 47) {
      let i = start - 1;
      while (i > this.lineStart && start - i <= 4 && input.charCodeAt(i - 1) === 92) i--;
      return i;
    }
    if ((c | 0x20) === 0x66 && input.charCodeAt(start - 2) === 50 && input.charCodeAt(start - 3) === 37) return start - 3;
    return -1;
  }

  /** Start of the word ending at `slash` (letters only), or -1. */
  private wordBefore(slash: number): number {
    const input = this.input;
    const lineStart = this.lineStart;
    let i = slash;
    const stop = Math.max(lineStart, slash - AGENT_LOOKBACK);
    while (i > stop && isLetter(input.charCodeAt(i - 1))) i--;
    if (i === slash) return -1;
    const before = i > lineStart ? input.charCodeAt(i - 1) : 32;
    // "%20OC/…" is a space before the token, not a digit glued to it.
    const encodedSpace = before === 48 && input.charCodeAt(i - 2) === 50 && input.charCodeAt(i - 3) === 37;
    if (isLetter(before) || (before >= 48 && before <= 57 && !encodedSpace)) return -1;
    return i;
  }

  /** Start of an agent product name joined to the run by `slash` (the product goes to agentProduct), else -1. */
  private agentBefore(slash: number): number {
    const i = this.wordBefore(slash);
    if (i < 0) return -1;
    const product = productAt(this.input, i, slash);
    if (!product) return -1;
    this.agentProduct = product;
    return i;
  }

  /** Start of "(Build " standing right before `at` (a two-part run to `end`), as in an About dialog, else -1. */
  private aboutKeywordBefore(at: number, end: number): number {
    const input = this.input;
    const lineStart = this.lineStart;
    const i = skipSpacesBack(input, lineStart, at);
    if (i === lineStart || !(isLetter(input.charCodeAt(i - 1)) || input.charCodeAt(i - 1) > 127)) {
      // A label's value with Office's version label after it, the client named in the label: "SfB client = 6965.2058 (Version 1605)".
      const sign = input.charCodeAt(i - 1);
      const labelled = i > lineStart && (sign === 58 || sign === 61) && VERSION_LABEL_AFTER.test(input.slice(end, Math.min(this.lineEnd, end + 24)));
      if (labelled && CLIENT_THEN_VALUE.test(input.slice(Math.max(lineStart, at - TYPED_BUILD_REACH), at))) return at;
      // A row's cell labelled "Build:" after the client's cell: "Product: Skype for Business 2016 | Build: 7167.2060" (red-team round 310).
      if (sign === 58 && officeBuildRun(input, at, end)) {
        const label = skipSpacesBack(input, lineStart, i - 1);
        for (const word of ABOUT_KEYWORDS) {
          if (endsWithWord(input, Math.max(lineStart, label - ABOUT_LOOKBACK), label, word) && CLIENT_CELL_BEFORE.test(input.slice(Math.max(lineStart, label - word.length - 48), label - word.length))) return label - word.length;
        }
      }
      return i > lineStart && officeBuildRun(input, at, end) && CLIENT_RIGHT_BEFORE.test(input.slice(Math.max(lineStart, at - 40), at)) ? at : -1;
    }
    for (const word of ABOUT_KEYWORDS) {
      if (!endsWithWord(input, Math.max(lineStart, i - ABOUT_LOOKBACK), i, word)) continue;
      const k = skipSpacesBack(input, lineStart, i - word.length);
      const c = input.charCodeAt(k - 1);
      if (k > lineStart && (c === 40 || c === 0xff08 /* ( or （ */ || (c === 56 && input.charCodeAt(k - 2) === 50 && input.charCodeAt(k - 3) === 37) /* %28 */)) return i - word.length;
      // Typed from the dialog without its brackets: "Version 2408 build 17928.20114", "1605 build 6965.2058",
      // "Skype for Business build 6965.2058", "Lync 2013 build 5023.1000".
      // (Or with commas: "Skype for Business, Version 2202, Build 14931.20132", «версия 2008, сборка …».)
      const listed = input.charCodeAt(k - 1) === 44 ? skipSpacesBack(input, lineStart, k - 1) : k;
      if (k !== i - word.length && (officeVersionBefore(input, lineStart, listed) || CLIENT_BEFORE_BUILD.test(input.slice(Math.max(lineStart, k - 32), k)))) return i - word.length;
      // Or the client named right after it: "Build 6769.2017 in Skype's About box" (red-team round 288).
      if (CLIENT_AFTER_BUILD.test(input.slice(end, Math.min(this.lineEnd, end + 32)))) return i - word.length;
    }
    // Typed in a sentence that names the client: "my Skype for Business build is 8201.2102", "Skype: I am on build
    // 6741.2048" (red-team round 288).
    const from = Math.max(lineStart, at - TYPED_BUILD_REACH);
    const typed = TYPED_BUILD.exec(input.slice(from, at));
    if (typed) return from + typed.indices![1]![0];
    // Or the client's name right before it, in a chat: "S4B 6965.2058 here", «у неё скайп 8067.2115» (red-team rounds 298, 302).
    if (officeBuildRun(input, at, end) && CLIENT_RIGHT_BEFORE.test(input.slice(Math.max(lineStart, at - 40), at))) return at;
    // Swedish names the build "version" too: "Version 1805 (version 9330.2087 Klicka och kör)", read only with Click-to-Run after it.
    if (endsWithWord(input, Math.max(lineStart, i - ABOUT_LOOKBACK), i, 'version')) {
      let k = i - 7;
      while (k > lineStart && isSpace(input.charCodeAt(k - 1))) k--;
      if (k > lineStart && input.charCodeAt(k - 1) === 40 && CLICK_TO_RUN.test(input.slice(at, Math.min(this.lineEnd, at + 60)))) return i - 7;
    }
    return -1;
  }

  /**
   * Whether the group under way is one UCCAPI token and the OC token at `nameStart` is its other half, only cell
   * separators, quotes, a backslash or HTML tags between them ("UCCAPI/x;OC/y", "\"UCCAPI/x\",\"OC/y\"", "| UCCAPI/x | OC/y |").
   */
  private splitAgent(nameStart: number): boolean {
    if (this.groupSize !== 1 || this.groupProduct[0] !== 'UCCAPI' || this.agentProduct !== 'OC' || nameStart - this.groupEnd > SPLIT_AGENT_GAP) return false;
    return SPLIT_AGENT.test(this.input.slice(this.groupEnd, nameStart));
  }

  /** Index after the spaces, "+", "%20", "&nbsp;" and invisible marks starting at `from` (up to `to`). */
  private skipSeparators(from: number, to: number): number {
    const input = this.input;
    let i = from;
    while (i < to) {
      const c = input.charCodeAt(i);
      if (isBlank(c) || c === 43 || isInvisible(c)) i++;
      else if (c === 37 || c === 38) {
        const encoded = encodedSpaceAt(input, i);
        if (encoded === 0) break;
        i += encoded;
      } else break;
    }
    return i;
  }

  /** End of a "(comment)" following a user agent token, if one closes nearby, else -1. "%28…%29" and full-width brackets too. */
  private commentEnd(from: number, lineEnd: number): number {
    const input = this.input;
    let i = this.skipSeparators(from, lineEnd);
    const stop = Math.min(lineEnd, i + COMMENT_LIMIT);
    let depth = 0;
    for (; i < stop; i++) {
      const c = input.charCodeAt(i);
      const encoded = c === 37 && input.charCodeAt(i + 1) === 50 ? input.charCodeAt(i + 2) : 0;
      if (c === 40 || c === 0xff08 || encoded === 56) depth++;
      else if (c === 41 || c === 0xff09 || encoded === 57) {
        if (--depth === 0) return i + (encoded ? 3 : 1);
      } else if (depth === 0) return -1;
    }
    return -1;
  }

  private noteRun(start: number, end: number): void {
    if (this.noteStart < 0) {
      this.noteStart = start;
      this.noteEnd = end;
    }
  }

  /** Like noteRun, with the reason already known. */
  private noteWith(start: number, end: number, why: Message): void {
    if (this.noteStart < 0) this.noteWhy = why;
    if (why.key === 'ignored_threshold') this.thresholdLine = this.lineNo;
    if (why.key === 'ignored_office_app') {
      this.carry.app = { note: why, line: this.lineNo };
      this.carry.appTouched = true;
    }
    this.noteRun(start, end);
  }

  /** Why the run input[start, end) is no client build. */
  private whyNot(start: number, end: number): Message | undefined {
    const input = this.input;
    let dotCount = 0;
    for (let i = start; i < end && dotCount <= 3; i++) if (isDot(input.charCodeAt(i))) dotCount++;
    if (dotCount > 3) return { key: 'ignored_too_many_parts', params: { text: input.slice(start, Math.min(end, start + 40)) } };
    if (couldBeClient(input, start, dotCount)) return cached(runCache, input, start, end, hashRange(input, start, end), runInfo).note;
    // A number no client has (a date, an address, a Windows version): its reason alone, kept out of the run
    // cache, where mostly unique numbers would only push out the builds worth keeping.
    const inPlace = whyNotARun(input, start, end);
    if (inPlace) return inPlace;
    const text = asciiRun(input.slice(start, end));
    const raw = text.split('.');
    return whyNotABuild(raw, raw.map(canonicalPart), text);
  }

  /**
   * A passed-over number's reason by the product the line names, when its
   * number alone only suggests one ("6.0.9319.562 looks like a Windows
   * version" on a Skype for Business Server line, "1.6.00.4472 looks like a
   * date" on a Teams line): the nearest product named before the run, else
   * the first after it, else the product of the record under way. Read only
   * for a line left unrecognised, so it costs nothing on lines with clients.
   */
  private namedOwner(why: Message | undefined, lineEnd: number, recordLine: boolean, mentions: readonly Mention[] | undefined): Message | undefined {
    if (why === undefined || !guessed(why)) return why;
    const s = this.noteStart - this.lineStart;
    let owner: Mention | undefined;
    for (const m of mentions ?? mentionsIn(this.input, this.lineStart, lineEnd)) {
      if (!isNegativeKind(m.kind)) continue;
      if (m.end <= s) owner = m;
      else if (owner === undefined) {
        owner = m;
        break;
      }
    }
    if (owner === undefined && recordLine) owner = this.carry.record.other;
    if (owner === undefined) return why;
    const key = owner.kind === 'app' ? 'ignored_office_app' : owner.kind === 'windows' ? 'ignored_windows' : 'ignored_product';
    return { key, params: { text: why.params.text!, product: owner.text } };
  }

  /** Classifies the run input[start, end); returns where the next run may start. */
  private classify(start: number, end: number, lineEnd: number): number {
    const input = this.input;
    if (this.dots > 3) {
      this.noteRun(start, end);
      return end;
    }
    // A table's cell cut short before its build number ends ("16.0.1252…", "OC/16.0.1…"): no build. (One cut in its revision,
    // "16.0.17928.2…", still shows its build number whole.)
    if (this.dots < 3 && (input.charCodeAt(end) === 0x2026 || (input.charCodeAt(end) === 46 && input.startsWith('..', end + 1)))) {
      this.noteWith(start, end, { key: 'ignored_cut', params: { text: input.slice(start, end) } });
      return end;
    }

    const slash = start > this.lineStart ? this.slashBefore(start) : -1;
    const nameStart = slash > this.lineStart ? this.agentBefore(slash) : -1;
    // An agent in a pattern ("LIKE 'OC/16.0.%'") or a comparison ("Version < 'UCCAPI/16.0.6920.1000'"): a query's, no client.
    // (So is the token right after one such: ">= UCCAPI/16.0.6920.1000 OC/16.0.6920.1000".)
    if (nameStart >= 0 && (this.wildcardAfter(end) || (this.quotedAgentEnd >= this.lineStart && this.skipSeparators(this.quotedAgentEnd, nameStart) === nameStart) || (this.groupSize === 0 && this.quotedOrSpacedBefore(nameStart) && (this.comparedBefore(nameStart) || this.queriedBefore(nameStart))))) {
      // "LIKE 'UCCAPI/16.0.6920.1000%'", "OC/16.0.*": a pattern that matches agents, not an agent.
      this.flushGroup();
      this.noteWith(start, end, { key: 'ignored_threshold', params: { text: input.slice(start, end) } });
      this.quotedAgentEnd = end;
      // The whole quoted agent is the query's ("= 'UCCAPI/… OC/… (Skype for Business)'"): resume after its quote.
      const quote = input.charCodeAt(nameStart - 1);
      const close = quote === 39 || quote === 34 ? input.indexOf(quote === 39 ? "'" : '"', end) : -1;
      return close > 0 && close < lineEnd ? close : end;
    }
    // A server's agent ("RTCC/6.0.0.0 UCWA/6.0.9319.0 (Skype for Business Server)", "Microsoft.Rtc.Internal.UCWA/6.0.9319.0"):
    // its web tokens are the server's, no client (red-team rounds 286, 290).
    if (nameStart >= 0 && (this.agentProduct === 'UCWA' || this.agentProduct === 'LWA' || this.agentProduct === 'CWA') && SERVER_AGENT_BEFORE.test(input.slice(Math.max(this.lineStart, nameStart - 32), nameStart))) {
      this.flushGroup();
      this.noteWith(start, end, { key: 'ignored_server', params: { text: input.slice(start, end) } });
      return end;
    }
    if (nameStart >= 0) {
      // A token after other text, or after a closed "(comment)", starts the next agent: report rows
      // (Get-CsUserSession, User Activity) put the From and To agents side by side.
      // (Not a UCCAPI token and its OC token written in two cells: "UCCAPI/x;OC/y (…)", "<td>UCCAPI/x</td><td>OC/y</td>": one client.)
      if (this.groupSize > 0 && ((this.groupEnd > this.groupRunEnd[this.groupSize - 1]! && this.agentComplete(this.agentProduct)) || (this.skipSeparators(this.groupEnd, nameStart) < nameStart && !this.splitAgent(nameStart)))) this.flushGroup();
      const k = this.groupSize++;
      this.groupProduct[k] = this.agentProduct;
      this.groupStart[k] = nameStart;
      this.groupRunEnd[k] = end;
      this.groupRun[k] = cached(runCache, input, start, end, this.runHash, runInfo);
      const close = this.commentEnd(end, lineEnd);
      this.groupEnd = close < 0 ? end : close;
      return this.groupEnd;
    }
    this.flushGroup();

    if (this.dots === 1) {
      const keyword = this.aboutKeywordBefore(start, end);
      if (keyword < 0) return end;
      let info = cached(aboutCache, input, start, end, this.runHash, aboutInfo);
      // "Version 1509 (Build 6001.1043 Click-to-Run)": a four-digit build Windows also shipped, but Click-to-Run says
      // Office's (Windows 10's five-digit builds with a short revision stay Windows').
      // So does the client's name before it ("Skype for Business version 1509 build 6001.1038").
      if (info.note?.key === 'ignored_windows' && info.parts[2]!.length === 4 && WINDOWS_BUILDS.has(info.parts[2]!) && (CLICK_TO_RUN.test(input.slice(end, Math.min(lineEnd, end + 40))) || CLIENT_NAME.test(input.slice(Math.max(this.lineStart, keyword - 48), keyword)))) info = officeAboutInfo(info);
      if (info.family) this.addCandidate(start, end, info, keyword);
      else if (info.note) this.noteWith(start, end, info.note);
      return end;
    }

    // Most dotted numbers in a report (dates, IPs, Windows versions) fail on their first two parts.
    if (!couldBeClient(input, start, this.dots)) {
      this.noteRun(start, end);
      return end;
    }
    const info = cached(runCache, input, start, end, this.runHash, runInfo);
    if (info.family) this.addCandidate(start, end, info, -1);
    else this.noteRun(start, end);
    return end;
  }

  private addCandidate(start: number, end: number, info: RunInfo, keyword: number): void {
    const k = this.candidateCount++;
    const c = this.candidates[k];
    if (c === undefined) this.candidates.push({ start, end, info, keyword });
    else {
      c.start = start;
      c.end = end;
      c.info = info;
      c.keyword = keyword;
    }
  }

  /**
   * Whether the run [s, e) of `line` stands alone in its cell: between it and
   * the line's ends, a cell break (, ; | tab = :) or a gap of two blanks stand
   * no words, only numbers, marks and the user's address ("alice@contoso.com",
   * "CONTOSO\\alice"), which say nothing about the product; nor does a bitness right after it ("(32-bit)", "x64").
   */
  private standsAlone(line: string, s: number, e: number): boolean {
    return aloneSide(line, s - 1, -1) && aloneSide(line, bitnessEnd(line, e), 1);
  }

  /** Whether the line opens with a short label and its colon right before `at`, that says the build is not there (labelSaysNotThere). */
  private labelledNotThere(at: number): boolean {
    const input = this.input;
    let i = at;
    while (i > this.lineStart && isBlank(input.charCodeAt(i - 1))) i--;
    const c = input.charCodeAt(i - 1);
    return (c === 58 || c === 0xff1a) && at - this.lineStart <= AGENT_LABEL_LIMIT && labelSaysNotThere(input.slice(this.lineStart, at));
  }

  /** Whether the line above holds one finding and nothing else (a grid's cell). */
  private aboveIsBuildAlone(): boolean {
    const f = this.findings[this.statusTargetFrom];
    if (this.statusTargetCount !== 1 || f === undefined || (f.source !== 'bare' && f.source !== 'named')) return false;
    const input = this.input;
    for (let i = f.end - this.base; i < this.lineAboveEnd; i++) if (!isBlank(input.charCodeAt(i))) return false;
    // (A card's "Version 16.0.x" is its build alone too.)
    return f.start - this.base - this.lineAboveStart <= VERSION_WORD_LIMIT && VERSION_WORD_ONLY.test(input.slice(this.lineAboveStart, f.start - this.base));
  }

  /** Whether input[start, end) is all the line under decision holds, blanks aside. */
  private onlyOnLine(start: number, end: number, lineEnd: number): boolean {
    const input = this.input;
    for (let i = this.lineStart; i < start; i++) if (!isBlank(input.charCodeAt(i))) return false;
    for (let i = end; i < lineEnd; i++) if (!isBlank(input.charCodeAt(i))) return false;
    return true;
  }

  /**
   * Whether the line under decision (its spaced text) matches `pattern` (no /g or /y flag), tested once per line: a
   * test per build would read a long line once per build on it (quadratic on a megabyte line of builds).
   */
  private lineHas(pattern: RegExp): boolean {
    const turn = this.lineTestTurn * 2;
    const kept = this.lineTests.get(pattern);
    if (kept !== undefined && kept - turn >= 0) return kept === turn + 1;
    const has = pattern.test(this.lineText());
    this.lineTests.set(pattern, turn + (has ? 1 : 0));
    return has;
  }

  /** Makes the line under scan the one lineText and lineHas read. */
  private beginLineText(lineEnd: number): void {
    this.spacedText = undefined;
    this.lineTestTurn++;
    this.spacedEnd = lineEnd;
  }

  /** The text of the line under decision with spacedLine applied, made on first use. */
  private lineText(): string {
    return (this.spacedText ??= spacedLine(this.input.slice(this.lineStart, this.spacedEnd)));
  }

  /** Decides the line's waiting runs by the words on the line (docs/evidence.md). */
  private decideLine(lineEnd: number, recordLine: boolean): Mention[] {
    const candidates = this.candidates;
    const candidateCount = this.candidateCount;
    const lineStart = this.lineStart;
    // The line's words are read in place; its spaced text is made only for a run that needs it (lineText).
    const mentions = mentionsIn(this.input, lineStart, lineEnd);
    dropFinishedProcesses(mentions, this.input, lineStart, lineEnd);
    // Agents are pushed as they are read, before the line's other findings.
    const agents = this.found;
    this.beginLineText(lineEnd);
    this.rowNotInstalledSeen = undefined;
    let clientNamed = false;
    for (const m of mentions) if (isClientKind(m.kind)) clientNamed = true;
    // Names of what a run may belong to, and threshold phrases, each in line order;
    // the pointers below only move forward, as the runs do.
    const owners = this.owners;
    const after = this.after;
    const before = this.before;
    // The arrays are reused, so their first ownerCount, afterCount and beforeTotal entries are this line's
    // (setting an array's length costs a call into the runtime on every line).
    let ownerCount = 0;
    let afterCount = 0;
    let beforeTotal = 0;
    const past = this.past;
    let pastCount = 0;
    const negations = this.negations;
    let negationCount = 0;
    // Words of a status cell or a version rule's terms (ROW_NOT_INSTALLED, RULE_LINE): those are read only where one stands.
    let statusCount = 0;
    // A client named only in a column of apps left out (ExcludedApps).
    let clientLeftOut = false;
    // This line's agents, walked along with the mentions (both in line order).
    let agentAt = 0;
    for (const m of mentions) {
      while (agentAt < this.agentCount && this.agentTo[agentAt]! <= lineStart + m.start) agentAt++;
      const inAgent = agentAt < this.agentCount && this.agentFrom[agentAt]! <= lineStart + m.start;
      if (m.kind === 'threshold-after') after[afterCount++] = m;
      else if (m.kind === 'threshold-before') {
        // "Update: the pilot group got 16.0.x": a message's news, not an update to make.
        // A rollout wave quotes the builds of a plan; on a user's row (a migration's status sheet) it is the user's batch.
        if (!this.isNewsLabel(m) && !(BATCH_LABELS.has(m.text.toLowerCase()) && this.userOfLine() !== undefined)) before[beforeTotal++] = m;
      } else if (m.kind === 'past') past[pastCount++] = m;
      else if (m.kind === 'negation') negations[negationCount++] = m;
      else if (m.kind === 'status') statusCount++;
      // (Not the client denied right before: "16.0.x (that's Outlook, not SfB)", «это Outlook, а не Skype», red-team round 284.)
      // (A client named in a column of apps left out is the suite's install without it: "FIN-PC-102  16.0.x  groove,lync", red-team round 338.)
      // (Another app there is left out too, no product on the row: "WS-7  16.0.x  O365ProPlusRetail  groove,teams".)
      else if ((isClientKind(m.kind) || m.kind === 'other' || m.kind === 'app') && !inAgent && !this.carry.headings.empty && this.carry.headings.inExcludedColumn(this.input, lineStart, lineEnd, lineStart + m.start)) {
        if (isClientKind(m.kind)) clientLeftOut = true;
      }
      else if (names(m.kind) && !(clientNamed && m.kind === 'windows') && !inAgent && !(isClientKind(m.kind) && negationCount > 0 && this.deniedRightBefore(negations[negationCount - 1]!, m))) owners[ownerCount++] = m;
    }
    // A row whose status cell says it is installed ("…|Skype for Business 16.0.x|Succeeded", "…;Installé"): a word in another
    // cell than a build (a deployment's name, "SfB_Update_1803 | …") quotes nothing; one in a build's own cell still
    // does ("Required: 16.0.6920.1000").
    if (beforeTotal > 0 && this.rowHasSeparator() && ROW_INSTALLED.test(this.input.slice(lineStart, lineEnd))) beforeTotal = this.keepCellQuotes(before, beforeTotal);
    const hasThreshold = afterCount + beforeTotal > 0;
    // For each owner index, the first client name and the first negative name at or after it.
    const clientFrom = this.clientFrom;
    const negativeFrom = this.negativeFrom;
    while (clientFrom.length <= ownerCount) clientFrom.push(undefined);
    while (negativeFrom.length <= ownerCount) negativeFrom.push(undefined);
    clientFrom[ownerCount] = undefined;
    negativeFrom[ownerCount] = undefined;
    for (let i = ownerCount - 1; i >= 0; i--) {
      const m = owners[i]!;
      clientFrom[i] = isClientKind(m.kind) ? m : clientFrom[i + 1];
      negativeFrom[i] = isNegativeKind(m.kind) ? m : negativeFrom[i + 1];
    }
    let ownersBefore = 0;
    let negativeBefore: Mention | undefined;
    let afterAt = 0;
    let beforeCount = 0;
    let pastAt = 0;
    let negationAt = 0;
    // A named product stands for one client: the first run it names (VersionInfo's ProductVersion and FileVersion, an About line's app and MSO).
    let usedMention: Mention | undefined;
    // Items of a list of users met so far on the line (its first user is the line's).
    let listItem = 0;
    // The run before this one was left for it ("from … to …").
    let replacing = false;
    // The run before this one was the build installed before a planned change: this one is the change's target.
    let targetNext = false;
    // The build after a change the line says failed: not reached.
    let failedNext = false;
    // Where the build before this one ends when a threshold phrase quoted it, else -1.
    let quotedBuildEnd = -1;
    // The build before this one began a range that this one ends.
    let rangeEnd = false;
    // Whether the line is a release note's (RELEASE_CHANGE), looked for at its first candidate.
    let releaseNote: boolean | undefined;
    for (let k = 0; k < candidateCount; k++) {
      const c = candidates[k]!;
      const s = c.start - lineStart;
      const e = c.end - lineStart;
      let info = c.info;
      let userIndex = 0;
      const text = info.text;
      while (ownersBefore < ownerCount && owners[ownersBefore]!.end <= s) {
        const m = owners[ownersBefore++]!;
        // A client named after another product takes the suite after it back ("SQL Server 16.0.x … Skype for Business 2016 MSO (16.0.y)").
        if (isNegativeKind(m.kind)) negativeBefore = m;
        else if (isClientKind(m.kind)) negativeBefore = undefined;
      }
      while (afterAt < afterCount && after[afterAt]!.start < e) afterAt++;
      while (beforeCount < beforeTotal && before[beforeCount]!.end <= s) beforeCount++;
      while (pastAt < pastCount && past[pastAt]!.end <= s) pastAt++;
      while (negationAt < negationCount && negations[negationAt]!.end <= s) negationAt++;

      // "Chrome/16.0.…", "OPR/16.0.…": another product's token.
      const slash = this.slashBefore(c.start);
      if (slash >= 0) {
        const word = this.wordBefore(slash);
        this.noteWith(c.start, c.end, { key: 'ignored_product', params: { text, product: word >= 0 ? this.input.slice(word, slash) : '/' } });
        continue;
      }
      // A release note's build: a change described after the client's name, or a release date right after the build.
      releaseNote ??= clientNamed && ((this.lineHas(RELEASE_CHANGE_WORD) && this.lineHas(RELEASE_CHANGE)) || updateArticle(this.lineText()));
      // (A release date follows an About build only: update histories write their releases so.)
      // (So is an update catalog's title: "Microsoft 365 Apps Update - Current Channel Version 2412 for x64 based Edition (Build
      // …)", WSUS's and ConfigMgr's, «… версия 2412 для выпуска на базе x64 (сборка …)», red-team round 311; one a device
      // installed is the suite's build there: "unknown".)
      if (releaseNote || (c.keyword >= 0 && (releaseDateAfter(this.input, c.end, lineEnd) || (UPDATE_EDITION_BEFORE.test(this.lineText().slice(Math.max(0, c.keyword - lineStart - 40), c.keyword - lineStart)) && !this.lineHas(INSTALLED_WORD)))) || remarkQuotes(this.input, c.end)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // "configuration-sfb-16.0.17928.20114.xml": part of a file's name.
      const fileEnd = this.fileNameAfter(c.end, lineEnd);
      if (fileEnd > 0) {
        let name = c.start;
        while (name > lineStart && !isBlank(this.input.charCodeAt(name - 1)) && this.input.charCodeAt(name - 1) !== 47 && this.input.charCodeAt(name - 1) !== 92) name--;
        this.noteWith(c.start, c.end, { key: 'ignored_product', params: { text, product: this.input.slice(name, fileEnd) } });
        continue;
      }
      // "\\fs01\distr\SfB\16.0.x\setup.exe": a folder of a path, an installer's source, not an installed client.
      // (So is the path's last folder: "UpdateUrl : \\fs01\OfficeUpdates\16.0.x", red-team round 297.)
      if (this.input.charCodeAt(c.start - 1) === 92 && (this.input.charCodeAt(c.end) === 92 || this.pathEndsAt(c.end, lineEnd)) && c.start > lineStart) {
        let path = c.start;
        while (path > lineStart && !isBlank(this.input.charCodeAt(path - 1))) path--;
        let pathEnd = c.end;
        while (pathEnd < lineEnd && !isBlank(this.input.charCodeAt(pathEnd))) pathEnd++;
        this.noteWith(c.start, c.end, { key: 'ignored_product', params: { text, product: this.input.slice(path, pathEnd) } });
        continue;
      }
      // "https://intranet.contoso.com/sfb-16.0.6965.2058": part of an address.
      const url = this.urlAround(c.start);
      if (url >= 0) {
        this.noteWith(c.start, c.end, { key: 'ignored_product', params: { text, product: this.input.slice(url, Math.min(lineEnd, url + 80)).split(/\s/)[0]! } });
        continue;
      }
      // "откатили её на 16.0.x (на 16.0.y падала надстройка)", "auf 16.0.x zurückgerollt (mit 16.0.y stürzte … ab)": the build in
      // brackets right after a rollback's target is the one left (red-team round 307).
      // So is a later build said to have failed ("rolled back to 16.0.x …, 16.0.y broke add-ins", "…, die 16.0.y hat Probleme gemacht").
      if (k > 0 && (ROLLBACK_BRACKET_GAP.test(this.lineText().slice(candidates[k - 1]!.end - lineStart, s)) || (FAILED_BEFORE.test(this.lineText().slice(Math.max(candidates[k - 1]!.end - lineStart, s - 24), s)) && FAILED_AFTER.test(this.lineText().slice(e, e + 40)))) && this.lineHas(ROLLBACK_WORD)) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // "После 16.0.x у бухгалтерии падал клиент, откатили … обратно на 16.0.y", "Ставили обновление на 16.0.x — прервалось, Скайп
      // откатился сам. В О программе сейчас … 16.0.y": the build before a rollback made to a later one is the one left (red-team round 325).
      if (k + 1 < candidateCount && candidates[k + 1]!.start - c.end <= ROLLBACK_GAP_REACH) {
        const gap = this.lineText().slice(e, candidates[k + 1]!.start - lineStart);
        if (ROLLBACK_HINT.test(gap) && ROLLBACK_WORD.test(gap) && ROLLBACK_TARGET_BEFORE.test(gap)) {
          this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
          continue;
        }
      }
      // "was 16.0.x, now Skype for Business 2016 (16.0.y) …", «было 16.0.x, сейчас 16.0.y»: the build before the one now, which
      // would otherwise take the client named after it (red-team round 392).
      if (k + 1 < candidateCount && candidates[k + 1]!.start - c.end <= WAS_NOW_REACH && WAS_BEFORE.test(this.lineText().slice(Math.max(k > 0 ? candidates[k - 1]!.end - lineStart : 0, s - 16), s)) && NOW_NEXT.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // "Before/after on PC-12: 16.0.x / 16.0.y", «до/после: 16.0.x / 16.0.y»: the first of the pair is the build left (red-team round 396).
      if (k + 1 < candidateCount && this.lineHas(BEFORE_AFTER_PAIR) && PAIR_GAP.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      if (this.odtAddVersion(c.start)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // "… MSO (16.0.y)": the Office library of the client named before it, not a second client.
      // A client named after the run before is this run's own ("SQL Server 2022 16.0.x … Skype for Business 2016 MSO (16.0.y)").
      if (this.found + k > 0 && /mso[\s(（]*$/i.test(this.lineText().slice(Math.max(0, s - 8), s)) && !(this.found === 0 && clientNamedAfter(owners, ownersBefore, candidates[k - 1]!.end - lineStart))) continue;
      // A report's "Client version" cell beside the agent it was read from (the Client Version Summary): that agent's client.
      if (agents > 0 && c.keyword < 0 && this.agentOnLineHas(info.version, agents)) continue;
      // Windows Installer's removal event ("Windows Installer removed the product. Product Name: … Product Version: 16.0.x."):
      // the product it names is gone.
      if (this.removalEventLine()) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // A build struck through ("~~16.0.x~~ 16.0.y", "<del>16.0.x</del>"): one no longer in force.
      if (this.struckThrough(c.start, c.end)) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // An unchecked item of a checklist ("- [ ] Skype for Business 16.0.x rolled out"): still to be done.
      if (this.uncheckedItem()) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // A diff's line taken out ("-SkypeForBusiness=16.0.x"): a build no longer there.
      if (this.removedLine()) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // "Upgraded from 16.0.x last week", "Vorher war 16.0.x installiert": the build before, with no other build between;
      // "upgraded from 16.0.x to 16.0.y" says the change is made, so y is judged as any client (not as a plan's "from … to").
      // "Lync was 15.0.x before the refresh": a "before …" right after the build says the same.
      const pastNext = pastAt < pastCount && past[pastAt]!.start >= e ? past[pastAt] : undefined;
      // (A row's state cell says it across the cell break: "FIN-PC700;Skype for Business 2016;16.0.x;Uninstalled 2024-08-30".)
      // (Not a label of the build after it: "16.0.y (before rollback: 16.0.x)" — y is the one there now.)
      const pastAfter = (pastNext !== undefined && (pastNext.start - e <= PAST_AFTER_GAP || (pastNext.start - e <= PAST_AFTER_WORDS_REACH && PAST_AFTER_WORDS.test(this.lineText().slice(e, pastNext.start)))) && PAST_AFTER.test(pastNext.text) && !CLAUSE_BREAK.test(this.lineText().slice(e, pastNext.start)) && !LABEL_OF_NEXT.test(this.lineText().slice(e, e + 48))) || uninstalledAfter(this.input, c.end, lineEnd) || (pastNext !== undefined && this.uninstalledLater(pastNext, e, this.nextBuildStart(k), owners, ownersBefore, ownerCount));
      // "16.0.6920.1000以前のビルドは非対応", "16.0.6701.1000 之前的版本": right after a build, "before" bounds the builds before it.
      if (pastNext !== undefined && pastNext.start - e <= 1 && BOUND_BEFORE.has(pastNext.text)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      const named = ownersBefore > 0 ? owners[ownersBefore - 1] : undefined;
      const pastLabel = (this.labelledAt(c.start) || (named !== undefined && isClientKind(named.kind) && s - named.end <= 8 && this.labelledAt(lineStart + named.start))) && PAST_LABEL.test(this.lineText().slice(Math.max(k > 0 ? candidates[k - 1]!.end - lineStart : 0, s - 48), s));
      // "Old 16.0.x → New 16.0.y", "Alt: … / Neu: …", "変更前: 16.0.x": the build an "old" label stands right before is the one left.
      // (Its "new" one is judged as any build: a change the line plans drops it too, "old: x, new: y (planned for Friday)".)
      // "it was 16.0.x yesterday, …", «был 16.0.x вчера»: the build of a day gone by (red-team round 317).
      const wasThen = WAS_RIGHT_BEFORE.test(this.lineText().slice(Math.max(k > 0 ? candidates[k - 1]!.end - lineStart : 0, s - 16), s)) && THEN_AFTER.test(this.lineText().slice(e, e + 32));
      const oldLabel = wasThen || OLD_LABEL.test(this.lineText().slice(Math.max(k > 0 ? candidates[k - 1]!.end - lineStart : 0, s - 48), s));
      // (Not the build a failed change started from: "x sürümünden y sürümüne güncellenemedi", x is still there.)
      if (((pastAfter && !(k + 1 < candidateCount && this.lineHas(CHANGE_FAILED) && FROM_TO.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart)))) || pastLabel || oldLabel || (pastAt > 0 && this.pastBefore(past[pastAt - 1]!, k > 0 ? candidates[k - 1]!.end - lineStart : 0, s)))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // "not 16.0.x", "NOT on 16.0.x", «не 16.0.x», "nicht auf 16.0.x": the client is not on it.
      // A negation right before the build, or one that denies the whole clause before it ("None of our Skype for
      // Business clients are on 16.0.x", "Nobody runs …").
      // "build 16.0.x is not a Skype client in our environment — it's the number from the docs" (red-team round 360).
      if (NOT_A_CLIENT_AFTER.test(this.lineText().slice(e, e + NOT_A_CLIENT_READ))) {
        this.noteWith(c.start, c.end, { key: 'ignored_negated', params: { text } });
        continue;
      }
      if (negationAt > 0 && (NEGATED_GAP.test(this.lineText().slice(negations[negationAt - 1]!.end, s)) || this.clauseDenied(negations[negationAt - 1]!, s))) {
        this.noteWith(c.start, c.end, { key: 'ignored_negated', params: { text } });
        // (A reply's "the build is 16.0.y, not 16.0.x" takes back the quoted part's 16.0.x: weighAgainstLinesAbove.)
        if (!this.quotedMail && this.replyNegated.length < RECENT_KEPT && this.input.charCodeAt(this.firstNonBlank(lineStart, lineEnd)) !== 62 /* > */) this.replyNegated.push(info.version);
        continue;
      }
      // "from 16.0.x to 16.0.y", "16.0.x -> 16.0.y": a build left (an update, a rollback); the one after it is the
      // client's, but only once the change is made (the line may plan it): it is never "eligible" on the line's word.
      // "was 16.0.x, now 16.0.y": the first is the one left; the line says the second is there now.
      // "теперь 16.0.x, был 16.0.y", "now 16.0.x, was 16.0.y": the build said after "was" is the one left (red-team round 291).
      if (k > 0 && WAS_GAP.test(this.lineText().slice(candidates[k - 1]!.end - lineStart, s))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // So "on 16.0.x — updated to 16.0.y and it works now" (red-team round 288).
      if (k + 1 < candidateCount && (NOW_GAP.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart)) || AFTER_CHANGE_GAP.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart)) || UPDATED_TO_GAP.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart)))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // A change the line plans ("Geplantes Upgrade von x auf y", "x → y (planned)", "обновление с x на y запланировано"):
      // x is the build installed now, judged as any; y the target.
      if (targetNext) {
        targetNext = false;
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      if (failedNext) {
        failedNext = false;
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      if (k + 1 < candidateCount && FROM_TO.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart)) && !this.pendingAfter(after, afterCount, candidates[k + 1]!.end - lineStart)) {
        const made = this.lineHas(CHANGE_MADE);
        // A change the line says failed ("Update … from x to y failed", "… z x do y nie powiodła się", "x sürümünden y sürümüne
        // güncellenemedi"): x is still there, judged as any; y was never reached (red-team round 359).
        if (this.lineHas(CHANGE_FAILED) && !this.lineHas(PLANNED_CHANGE)) failedNext = true;
        else if (!made && (this.lineHas(PLANNED_CHANGE) || this.lineHas(PLANNED_LATER))) targetNext = true;
        else {
          this.noteWith(c.start, c.end, { key: 'ignored_replaced', params: { text } });
          // A change the line says is made ("Обновили … с x до y", "x から y に更新しました", "已将 … 从 x 升级到 y") gives y as it is.
          replacing = !made;
          continue;
        }
      }
      // A value in a script ("$MinBuild = '16.0.6920.1000'", "[version]'16.0.x'", "set MINVER=16.0.x", "new Version(\"…\")"):
      // code's, a rule's or a test's, not an installed client's.
      if (this.codeValueBefore(c.start)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        quotedBuildEnd = e;
        continue;
      }
      // An install's state as the line's label ("ダウンロード中: Skype for Business 16.0.x", "설치 실패: …", "Yükleme başarısız: …").
      if (k === 0 && this.stateLabelBefore(mentions, s) && !this.lineHas(CLIENT_RAN)) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // An image's or a ring's state in brackets on the build's label ("v4 (retired 2016-08-31): 16.0.x", "v6 (in test, not
      // released): 16.0.x", "Vorgänger v11 (ausgemustert): Skype for Business 16.0.x", red-team round 359): not there now.
      const labelGap = this.lineText().slice(k > 0 ? candidates[k - 1]!.end - lineStart : 0, s);
      const lifecycle = labelGap.includes(':') || labelGap.includes('：') ? STATE_IN_BRACKETS.exec(labelGap) : null;
      if (lifecycle !== null) {
        this.noteWith(c.start, c.end, { key: lifecycle[1] !== undefined ? 'ignored_past' : 'ignored_not_installed', params: { text } });
        continue;
      }
      // A plan said further on in its clause ("… 16.0.x wird am 10.06.2016 ausgerollt").
      if ((hasThreshold || negationCount > 0) && this.plannedLater(e, k + 1 < candidateCount ? candidates[k + 1]!.start - lineStart : lineEnd - lineStart) && !(CELL_BREAK.test(this.lineText().slice(e, e + 2)) && this.otherColumnAt(c.end + 1))) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // A range's ends ("16.0.6701.1000–16.0.6919.9999", "16.0.x..16.0.y", "[16.0.x, 16.0.y)") or a pattern ("16.0.7070.*",
      // "16.0.6919.x"): a rule's bounds, no client.
      const rangeAfter = k + 1 < candidateCount && this.rangeTo(s, e, candidates[k + 1]!.start - lineStart, candidates[k + 1]!.end - lineStart);
      if (rangeEnd || rangeAfter || this.patternAfter(c.end, lineEnd) || this.truncatedLaterAfter(c.end) || this.queryComparedBefore(c.start)) {
        rangeEnd = rangeAfter;
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // A sentence wrapped before the build ("… must be at" / "least 16.0.x"): its threshold stands on the line above.
      if (k === 0 && (this.wrappedQuoteBefore(c.start, false) || this.listValueQuotes(c.start)) && !this.planGridCell(c, lineEnd)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        quotedBuildEnd = e;
        continue;
      }
      // A list right after a quoted build goes on quoting ("Certified builds for Skype for Business: 16.0.x, 16.0.y").
      // (Not a CSV row's next quoted cell after a rule's cell that quoted a build inside its words: "Greater than or equal
      // 16.0.6920.1000","16.0.6741.2048" gives the rule, then the value found; a JSON array's items start their strings.)
      const listQuoted = quotedBuildEnd >= 0 && this.listGoesOn(quotedBuildEnd, s);
      // A client registry value read in a clause of its own after a plan or a pinned build ("We plan … next week; today they
      // report VersionToReport 16.0.x", "…, but this laptop never picked it up: VersionToReport is still 16.0.x"): the value's.
      const ownRegistryValue = hasThreshold && beforeCount > 0 && this.registryValueInOwnClause(c.start, lineStart + Math.max(before[beforeCount - 1]!.end, k > 0 ? candidates[k - 1]!.end - lineStart : 0));
      if (listQuoted || this.exampleBefore(this.lineText(), s) || (statusCount > 0 && RULE_OPERATOR_BEFORE.test(this.lineText().slice(Math.max(0, s - 24), s))) || (!ownRegistryValue && (hasThreshold || this.plusAfter(c.end, lineEnd) || this.comparedThreshold(info, c.start) || this.comparedAfter(c.end, lineEnd)) && this.quotesThreshold(this.lineText(), afterAt < afterCount ? after[afterAt] : undefined, beforeCount > 0 ? before[beforeCount - 1] : undefined, s, e, k > 0 ? candidates[k - 1]!.end - lineStart : 0, info, ownersBefore > 0 ? owners[ownersBefore - 1] : undefined))) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        quotedBuildEnd = e;
        continue;
      }
      quotedBuildEnd = -1;

      // The product the run belongs to: the nearest name before it ("Outlook for
      // Microsoft 365": the app, not the suite); with none before, a client named
      // after it, else another product named after it, else the suite.
      let owner: Mention | undefined = ownersBefore > 0 ? owners[ownersBefore - 1] : undefined;
      // (Not Windows in an earlier cell: the row's OS column, "WKS-0612\tWindows 10\t…\tMicrosoft 365 Apps\t16.0.x".)
      // (Nor Windows that a later cell break leaves behind: "…\Windows\CurrentVersion\Uninstall\O365ProPlusRetail,DisplayVersion,16.0.x".)
      if (owner?.kind === 'suite' && negativeBefore && !(negativeBefore.kind === 'windows' && CELL_BREAK.test(this.lineText().slice(negativeBefore.end, s)))) owner = negativeBefore;
      // "Skype for Business for Microsoft 365 MSO (Version 2410 Build 16.0.x)": the client's own About line names its suite after it.
      // So a client named as part of the suite ("Skype for Business (part of Microsoft 365 Apps) 16.0.x", "… from Office 365 ProPlus, 16.0.x").
      if (owner?.kind === 'suite' && ownersBefore > 1) owner = this.clientOfSuite(owners, ownersBefore) ?? owner;
      // "Skype for Business (Office 365 ProPlus, Deferred Channel) build 16.0.x": the suite in brackets after the client is its own.
      if (owner?.kind === 'suite') owner = this.clientBeforeBrackets(owners, ownersBefore, s) ?? owner;
      // Windows in an earlier cell is the row's OS column ("WS-0412,…,Windows,10.0.19045,…,16.0.x").
      // (The product named in a cell before it still owns it: "sharepoint_server_2019,Windows,microsoft,16.0.x", a
      // Defender software inventory's row.)
      if (owner?.kind === 'windows' && CELL_BREAK.test(this.lineText().slice(owner.end, s))) owner = ownersBefore > 1 && owners[ownersBefore - 2]!.kind !== 'windows' ? owners[ownersBefore - 2] : undefined;
      // A list of Click-to-Run product IDs that holds the client's ("SkypeforBusinessRetail,ProjectProRetail,VisioProRetail"):
      // the apps beside it take nothing from it.
      if (owner?.kind === 'app' && PRODUCT_ID.test(owner.text)) {
        for (let o = ownersBefore - 2; o >= 0 && PRODUCT_ID.test(owners[o]!.text); o--) {
          if (isClientKind(owners[o]!.kind)) {
            owner = owners[o];
            break;
          }
        }
      }
      if (owner?.kind === 'client' && ownersBefore > 1) owner = this.serverNamed(owners[ownersBefore - 2]!, owner) ?? owner;
      // A server product that serves the client, named right before it ("Office Online Server for Skype for Business: 16.0.x",
      // "SharePoint 2019 farm with Skype for Business presence: 16.0.x"): the build is the server's.
      if (owner?.kind === 'client' && ownersBefore > 1) {
        // (Past an app the brackets name: "Office Online Server (PowerPoint sharing in SfB meetings)".)
        const served = owners[ownersBefore - 2]!.kind === 'app' && ownersBefore > 2 ? owners[ownersBefore - 3]! : owners[ownersBefore - 2]!;
        const between = this.lineText().slice(served.end, owner.start);
        if (served.kind === 'other' && SERVING_PRODUCT.test(served.text) && (SERVES.test(between) || (SERVES_IN_BRACKETS.test(between) && CLOSES_BRACKETS.test(this.lineText().slice(owner.end, s))))) owner = served;
      }
      // The client named in brackets right after it is its own, past another product named before it in an earlier clause
      // ("Exchange 2016 CU23 (15.1.x); клиент отправителя 16.0.y (Skype for Business, C2R)").
      if (owner !== undefined && isNegativeKind(owner.kind) && ownersBefore < ownerCount && CLAUSE_BREAK.test(this.lineText().slice(owner.end, s))) {
        const next = owners[ownersBefore]!;
        if (isClientKind(next.kind) && next.start >= e && next.start - e <= 8 && /^\s*[(（]\s*$/.test(this.lineText().slice(e, next.start))) owner = next;
      }
      // A build labelled the client's, in a later clause than a Skype or Lync server and other products with their builds
      // ("Skype for Business Server 2015 CU4 (6.0.x). Exchange 2016 CU3 (15.1.x). Клиент: 16.0.y", "SfB Server 6.0.x,
      // клиент отправителя 16.0.y"): the Skype client's (red-team round 285).
      // (So after the mailbox's Exchange server, on a line about offline IM or the Drafts it fills: "Exchange 2016 CU23 (15.1.x)
      // on-prem, client 16.0.y. Offline IM should work?", red-team round 390; without them, "Client" may be Outlook.)
      if (owner !== undefined && isNegativeKind(owner.kind) && CLIENT_LABEL_BEFORE.test(this.lineText().slice(Math.max(owner.end, s - 32), s)) && (CLAUSE_BREAK.test(this.lineText().slice(owner.end, s)) || PART_JOIN.test(this.lineText().slice(owner.end, s))) && (this.lineHas(SKYPE_SERVER_NAMED) || (owner.kind === 'other' && /^(?:microsoft\s+)?exchange(?:\s+(?:server\s+)?20\d\d)?$/i.test(owner.text) && (this.lineHas(OFFLINE_IM_TOPIC) || this.lineHas(DRAFTS_WORD))))) {
        owner = { kind: 'client', start: s, end: s, text: '' };
      }
      // Another product named in brackets right after the build is its own ("Skype for Business: 16.0.x (Anna), 16.0.y
      // (Outlook)", "… 16.0.y on SPSE-APP01 (SharePoint Server SE)").
      if (owner !== undefined && isClientKind(owner.kind) && ownersBefore < ownerCount) {
        const next = owners[ownersBefore]!;
        // (Not a product that has its own build in the brackets: "Skype for Business 16.0.x (Outlook 16.0.x)".)
        const ownBuild = (k + 1 < candidateCount && candidates[k + 1]!.start - lineStart - next.end <= 12) || OWN_NUMBER_AFTER.test(this.lineText().slice(next.end, next.end + 24));
        // (Nor one the bracket says shares the build: "Skype for Business 16.0.x (Outlook and Word report the same build)".)
        if (isNegativeKind(next.kind) && next.start >= e && next.start - e <= 40 && !ownBuild && PRODUCT_IN_BRACKETS_AFTER.test(this.lineText().slice(e, next.start)) && !SAME_BUILD_AFTER.test(this.lineText().slice(next.end, next.end + 48))) owner = next;
      }
      // "Faulting module name: UccApi.dll, version: 16.0.x": a library's file version (its program, lync.exe, names the client).
      if (owner?.kind === 'client' && /^\.dll\b/i.test(this.lineText().slice(owner.end, owner.end + 5))) {
        this.noteWith(c.start, c.end, { key: 'ignored_product', params: { text, product: `${owner.text}.dll` } });
        continue;
      }
      if (!owner) {
        let from = ownersBefore;
        while (from < ownerCount && owners[from]!.start < e) from++;
        owner = clientFrom[from] ?? negativeFrom[from] ?? (from < ownerCount ? owners[from] : undefined);
        // "16.0.x — это Word у меня, скайпа нет вообще", "16.0.x, that's Outlook": the product the build is said to be, first.
        if (from < ownerCount && owner !== owners[from] && isNegativeKind(owners[from]!.kind) && SAID_TO_BE.test(this.lineText().slice(e, owners[from]!.start))) owner = owners[from];
        // "… (Build 9126.2116 Click-to-Run) shown in Excel. Where do I find the Skype version?", «… — это из окна «О программе»
        // Word, Skype у меня не установлен»: the app the build was read from, named first, before the client (red-team round 317).
        else if (from < ownerCount && owner !== owners[from] && owners[from]!.kind === 'app' && READ_FROM_APP.test(this.lineText().slice(e, owners[from]!.start))) owner = owners[from];
        // A name in brackets right after the next build is that build's: "The fix … is in 16.0.x; the user still runs 16.0.y
        // (Skype for Business, Deferred Channel)" (red-team round 405).
        // (Past a sentence's or a clause's stop between the two: along a list, "Anna 16.0.x, Ben 16.0.y (Lync 2013)", it is left as it was.)
        if (owner !== undefined && k + 1 < candidateCount && candidates[k + 1]!.end - lineStart <= owner.start && BRACKET_OPEN_ONLY.test(this.lineText().slice(candidates[k + 1]!.end - lineStart, owner.start)) && STOP_BETWEEN.test(this.lineText().slice(e, candidates[k + 1]!.start - lineStart))) owner = undefined;
        // A name in a later sentence is said of something else: "… (Build 6741.2048 Click-to-Run). Mailbox on Exchange 2016."
        if (owner && SENTENCE_END.test(this.lineText().slice(e, owner.start))) owner = undefined;
        // Windows in a later cell is the row's OS column ("…;16.0.x;Windows 10 Enterprise 10.0.19045").
        if (owner?.kind === 'windows' && CELL_BREAK.test(this.lineText().slice(e, owner.start))) owner = undefined;
        // So is Exchange in a later cell the row's mailbox column ("PC-103;paul;16.0.x;Exchange 2013"): its builds are 15.x
        // below Lync 2013's, never a client's (red-team rounds 271, 275).
        if (owner?.kind === 'other' && EXCHANGE_NAME.test(owner.text) && (info.family === 'win16' || info.family === 'win16-msi-range' || info.family === 'lync2013') && CELL_BREAK.test(this.lineText().slice(e, owner.start))) owner = undefined;
        // Nor, in a sentence about offline IM, does Exchange after a 16.0 build own it: it is the mailbox's place ("reicht
        // 16.0.x für Offline-Chat mit lokalem Exchange?", red-team round 293).
        if (owner?.kind === 'other' && EXCHANGE_NAME.test(owner.text) && (info.family === 'win16' || info.family === 'win16-msi-range') && this.lineHas(OFFLINE_IM_TOPIC)) owner = undefined;
        // A client registry value's build is not the suite's named after it on its line ("VersionToReport": …, "ProductReleaseIds": "O365ProPlusRetail").
        if (owner?.kind === 'suite' && this.isRegistryLine(lineEnd) && this.registryAt < c.start) owner = undefined;
      }
      // A table's VersionToReport column ("VersionToReport  Platform ProductReleaseIds" over "16.0.x x86 O365ProPlusRetail"):
      // a client registry value, whatever suite the row names after it.
      const registryColumn = c.keyword < 0 && (owner === undefined || (owner.kind === 'suite' && owner.start >= e)) && !recordLine && !this.carry.headings.empty && this.carry.headings.registryColumn(this.input, lineStart, lineEnd, c.start);
      if (registryColumn) owner = undefined;
      // The 40 characters before the run (before the keyword of an About run), where a version label stands.
      const labelEnd = c.keyword < 0 ? s : c.keyword - lineStart;
      const labelStart = Math.max(0, labelEnd - 40);
      // A foreign label ("Version 15.20 (Build …") only ever stands before an About "(Build".
      const foreignLabel = c.keyword >= 0 && mayHoldForeignLabel(this.lineText(), labelStart, labelEnd) ? FOREIGN_LABEL.exec(this.lineText().slice(labelStart, labelEnd)) : null;
      // "Skype for Business on Windows 8.1 (Build 9600.17415)": Windows named right before the About "(Build" is its label.
      if (c.keyword >= 0 && WINDOWS_LABEL.test(this.lineText().slice(labelStart, labelEnd))) {
        this.noteWith(c.start, c.end, { key: 'ignored_windows', params: { text } });
        continue;
      }
      if (foreignLabel) {
        const exchange = foreignLabel[1]!.startsWith('15.') || foreignLabel[1]!.startsWith('14.') || foreignLabel[1]!.startsWith('8.');
        this.noteWith(c.start, c.end, { key: exchange ? 'ignored_exchange' : 'ignored_windows', params: { text } });
        continue;
      }
      // Office's revisions have four digits or five: an About "(Build 7472.19)", "(Build 1544.4)" is a server's (Exchange's
      // "Version 15.20" on the line above it).
      if (c.keyword >= 0 && info.parts[3]!.length < 4) {
        this.noteWith(c.start, c.end, { key: 'ignored_server', params: { text } });
        continue;
      }
      // Nothing on the line names it: a heading above may (a CSV header's column, a command, "About Outlook").
      // A program file named before it ("Faulting module name: wwlib.dll, version: …") owns it, also a library of the
      // suite's ("mso20win32client.dll"): a file's version, not an installed client's. (The suite's service,
      // "OfficeClickToRun.exe", gives the suite's build.)
      if (!owner || (owner.kind === 'suite' && ownersBefore > 0)) {
        const file = this.fileBefore(s);
        // The file stands nearer than the suite ("Office 2016 … file version table: mso.dll 16.0.x"), or is the suite's library.
        if (file && (!owner || file.start >= owner.end || (file.start <= owner.start && owner.end <= file.end && /\.dll$/i.test(file.text)))) owner = file;
      }
      // A client registry value's name right before the build decides, whatever else the line names (JSON exports).
      if (owner && c.keyword < 0 && this.registryValueBefore(c.start)) owner = undefined;
      // A grid copied one cell per line: the label of the build's column says whose it is, or that it is a target.
      // (A label that says none of these, "Installed version", is the grid's word when its labels are a version report's; else
      // the headings above speak, as for any bare build: a page's menu read as labels is no grid's header.)
      let columnSaid = false;
      if (!owner && !recordLine && c.keyword < 0 && this.onlyOnLine(c.start, c.end, lineEnd)) {
        const columnLabel = this.carry.vertical.column();
        // An earlier cell of its row said the install is not there ("Name / Status / Version" … "Not installed" / "16.0.x").
        if (columnLabel !== undefined && this.carry.vertical.rowGone()) {
          this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
          continue;
        }
        if (columnLabel !== undefined) {
          owner = columnOwner(columnLabel, this.carry.vertical.rowProduct());
          columnSaid = owner === undefined && this.carry.vertical.versionReport();
        }
      }
      // The suite named in a later cell than the build ("…,16.0.4266.1001,…,Blocked - MSI Office") under a column the
      // header gives the client ("SfB client"): the column says whose build it is.
      if (owner?.kind === 'suite' && owner.start >= e && !recordLine && !this.carry.headings.empty && CELL_BREAK.test(this.lineText().slice(e, owner.start))) {
        const column = this.carry.headings.ownerOf(this.input, lineStart, lineEnd, c.start, c.keyword >= 0);
        if (column !== undefined && isClientKind(column.kind)) owner = column;
      }
      // (Whether the line itself names no owner: a heading's client over an About page's lines is the page's title.)
      const ownerOnLine = owner !== undefined;
      if (!owner && !columnSaid && !recordLine && !registryColumn && !this.carry.headings.empty) {
        owner = this.carry.headings.ownerOf(this.input, lineStart, lineEnd, c.start, c.keyword >= 0);
        // An update to make told above, and the build said to be there now below it ("I'll push the update" / "now it says
        // 16.0.x", "reply with the new build" / "done, now 16.0.x"): the update's result, not its target (red-team round 369).
        if ((owner?.kind === 'threshold-before' || owner?.kind === 'threshold-after') && ((this.lineHas(NOW_ANY) && saidToBeNow(this.lineText(), s, e)) || (this.lineHas(CHECKED_STEM) && this.lineHas(CHECKED_ON_MACHINE)))) owner = undefined;
      }
      // A record of another product under its heading ("reg query …\Microsoft SQL Server\…"): the heading may only defeat.
      else if (!owner && recordLine && !this.carry.headings.empty && !this.carry.record.client && !this.carry.record.suite && this.carry.record.other === undefined && !this.isRegistryLine(lineEnd)) {
        const heading = this.carry.headings.ownerOf(this.input, lineStart, lineEnd, c.start, c.keyword >= 0);
        // So may a heading that names the client, over a record that names nothing ("Skype for Business on PC-07:" / "Version: 16.0.x").
        if (heading !== undefined && (isNegativeKind(heading.kind) || isClientKind(heading.kind))) owner = heading;
        // The file version beside the product's in that record is the same client ("ProductVersion : x" / "FileVersion : y").
        // So is the product version below the file version with the same build ("FileVersion : x" / "ProductVersion : x", red-team round 371).
        if (owner !== undefined && isClientKind(owner.kind) && this.carry.record.found !== undefined && (this.lineHas(FILE_VERSION_KEY) || (this.carry.record.found === info.version && this.lineHas(PRODUCT_VERSION_KEY)))) continue;
      }
      // A threshold in force on a line that names a mailbox location or offline IM ("Exchange Online,16.0.6701.1000",
      // "| On-premises | 16.0.6920.1000 |", "OnPrem   16.0.6920.1000"): the published requirement, not a client.
      if (this.isThresholdInForce(info) && lineEnd - lineStart <= LOCATION_LINE_LIMIT && this.lineHas(LOCATION_WORDS) && !ownerWordsLeft(this.lineText())) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // A threshold in force as a range's bound ("from 16.0.6920.1000 upward", "builds after 16.0.6701.1000", «с 16.0.6920.1000»).
      if (this.isThresholdInForce(info) && c.keyword < 0 && boundsARange(this.lineText(), s, e)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // A threshold in force beside another build on its line ("SfB lync.exe build  16.0.6920.1000  16.0.6868.2067  Non-compliant",
      // an expected and a discovered value), or both Microsoft's thresholds on one line ("-Warn 16.0.6920.1000 -Crit 16.0.6701.1000"):
      // a rule's value; a client has one build.
      if (this.isThresholdInForce(info) && c.keyword < 0 && this.ruleValueBeside(k, candidates, candidateCount) && !this.lineHas(CHANGE_BETWEEN)) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // In the old side's column of a header with an old and a new side ("OldVersion,NewVersion", «Было | Стало»): gone now;
      // the new side's is there now, no target.
      const changeSide = (owner === undefined || isClientKind(owner.kind) || owner.kind === 'suite') && !this.carry.headings.empty ? this.carry.headings.changeColumn(this.input, lineStart, lineEnd, c.start) : undefined;
      // Compare-Object's row of the reference side only ("Skype for Business 2016   16.0.x   <="): gone from the difference.
      if (changeSide === 'old' || REFERENCE_ONLY.test(this.input.slice(c.end, lineEnd))) {
        this.noteWith(c.start, c.end, { key: 'ignored_past', params: { text } });
        continue;
      }
      // The new side of a row whose result says the change failed ("Host,Before,After,Status" / "…,16.0.x,16.0.y,Failed
      // 30088-1015"): never reached (red-team round 384).
      if (changeSide === 'new' && this.carry.headings.changeFailed(this.input, lineStart, lineEnd, c.start)) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // Under a plan's section label ("Target state:" / "Skype for Business: 16.0.x"): a build to reach, not one installed.
      // A grid copied one cell per line whose labels hold a plan's column ("Installed version" / "Available version"): the
      // build's own column says whether it is the plan's; the plan's label is no heading over the installed column.
      const columnPlan = columnSaid ? this.carry.vertical.planColumn() : undefined;
      if (columnPlan !== undefined ? columnPlan : changeSide !== 'new' && (owner === undefined || isClientKind(owner.kind) || owner.kind === 'suite') && !this.carry.headings.empty && this.carry.headings.planAbove(this.input, lineStart, lineEnd, c.start, this.rowHasSeparator())) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // A client version policy's rule: a record of one ("RuleId : …" above), or a line of one ("OC 16.0.x GEQ Allow",
      // "UserAgentFullName : …", "Match: Older than", "Client version filter: allow …"): the rule's build, no client.
      if ((recordLine && this.carry.record.rule) || ((statusCount > 0 || hasThreshold) && this.ruleLine()) || (this.planLabelLine() && !NOW_SENTENCE_BEFORE.test(this.lineText().slice(Math.max(0, s - NOW_SENTENCE_REACH), s))) || this.ruleTableRow()) {
        this.noteWith(c.start, c.end, { key: 'ignored_threshold', params: { text } });
        continue;
      }
      // A folder named after the build in a path ("\\fs01\software\Skype for Business 16.0.x\setup.exe", ODT's
      // "\Office\Data\16.0.x\"): an install source or a download, not an installed client.
      if (this.folderInPath(c.start, c.end, lineStart)) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // A package listed by a search or shown ("winget search", "winget show"), or a configuration's pinned version
      // (`<Product ID=… Version="16.0.x">`): a package, not an installed client.
      const packageSays = this.packageLine();
      if (packageSays === PACKAGE_PINNED || packageSays === PACKAGE_FAILED || (!this.carry.headings.empty && this.carry.headings.promptQueriesPackages())) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // A row that answers "no" in its header's installed flag ("| PC-21 | Скайп для бизнеса | 16.0.x | нет |" under "… | Установлено |").
      if ((owner === undefined || isClientKind(owner.kind) || owner.kind === 'suite') && !this.carry.headings.empty && this.rowHasSeparator() && (this.carry.headings.flagSaysNo(this.input, lineStart, lineEnd) || this.carry.headings.clientCellSaysNo(this.input, lineStart, lineEnd, c.start))) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // A row whose status cell says the install is not there ("PC-0401,Skype for Business,16.0.x,Scheduled",
      // "…;Nicht installiert", {"installState":"notInstalled"}): a deployment's target, not an installed client.
      // So do the cells after the build in the words of another state ("WS-114;Skype for Business;16.0.x;uitgesteld",
      // "…,16.0.x,never got it - greyed out in Software Center").
      // (Not where the line says the client still runs it: "… update to 16.0.y failed, rolled back; still on 16.0.x", red-team round 361.)
      if ((owner === undefined || isClientKind(owner.kind) || owner.kind === 'suite') && (((hasThreshold || pastCount + negationCount + statusCount > 0) && this.rowNotInstalled() && this.rowStateReaches(c.start) && !this.lineHas(CLIENT_RAN) && !STILL_CLAUSE.test(this.lineText().slice(Math.max(0, s - STILL_REACH), s))) || this.cellsAfterNotThere(c.end)) && !(!this.carry.headings.empty && (this.carry.headings.installedColumn(this.input, lineStart, lineEnd, c.start) || this.carry.headings.beforeKept(this.input, lineStart, lineEnd, c.start)))) {
        this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
        continue;
      }
      // "Microsoft Outlook 2016 MSO (16.0.8431.2110) 32-bit" / "Version 1708 (Build 8431.2079 Click-to-Run)", or the build
      // again on its own line: the app's About page, its build given twice (the same build number, the MSO's revision may differ).
      // (A client's, only on the line right below it: the client's About page gives its build twice, one line after the other.)
      const clientAbout = this.carry.app?.note.key === CLIENT_ABOUT;
      const clientAboutAbove = clientAbout && this.lineNo - this.carry.app!.line === 1;
      // (Its two lines differ: the MSO line, then "Version YYMM (Build …)", or the other way round; two "Version" lines are two.)
      if ((owner === undefined || (clientAbout && !ownerOnLine && isClientKind(owner.kind))) && !recordLine && (!clientAbout || (clientAboutAbove && this.carry.app!.note.params.product === 'mso')) && this.appBuildAbove(info)) {
        const app = this.carry.app!;
        // The client's About page: its build again is the client counted above, not a second client.
        if (clientAbout) this.noteWith(c.start, c.end, { key: 'ignored_suite_counted', params: { text, line: app.note.params.line ?? '' } });
        else this.noteWith(c.start, c.end, { key: 'ignored_office_app', params: { text, product: app.note.params.product ?? '' } });
        continue;
      }
      // So is its MSO line under its "Version YYMM (Build …)" line ("Version 1705 (Build 8201.2213 Click-to-Run)" / "Microsoft®
      // Skype® for Business MSO (16.0.8201.2209) 32-bit").
      // (So under "Skype for Business 2016 (16.0.x)", the dialog's first line copied on its own: red-team round 361.)
      if ((owner === undefined || isClientKind(owner.kind)) && (owner !== undefined || this.carry.app?.note.params.product === 'named') && !recordLine && clientAboutAbove && (this.carry.app!.note.params.product === 'version' || this.carry.app!.note.params.product === 'named') && this.lineHas(MSO_ABOUT) && this.appBuildAbove(info)) {
        this.noteWith(c.start, c.end, { key: 'ignored_suite_counted', params: { text, line: this.carry.app!.note.params.line ?? '' } });
        continue;
      }
      // Portuguese "no" ("in the") before the client's name and its build ("estava no Skype for Business 16.0.x"): no negation.
      if (owner?.kind === 'other' && owner.end <= s && NO_BEFORE_CLIENT.test(owner.text) && CLIENT_THEN_BUILD.test(this.lineText().slice(owner.end, s))) {
        owner = { kind: 'client', start: owner.start + 3, end: owner.end, text: owner.text.slice(3) };
      }
      // "Outlook or Skype?", «в Outlook или в Skype», "aus Outlook oder aus Skype": the line leaves open whose build it is
      // (red-team rounds 307, 308).
      // So does "Skype is on 16.0.x, but the screenshot is Outlook's About box" (red-team round 308).
      const either = owner !== undefined && (isClientKind(owner.kind) || owner.kind === 'app') ? eitherPartner(owners, ownerCount, owner, this.lineText(), ownersBefore) ?? (isClientKind(owner.kind) && owner.end <= s ? appAfterBut(owners, ownersBefore, ownerCount, owner, this.lineText(), e) : undefined) : undefined;
      if (either !== undefined && owner!.kind === 'app') owner = either;
      // "Skype for Business and Outlook both show 16.0.x": the client's build too (the suite's, shared).
      else if (owner?.kind === 'app') owner = bothPartner(owners, ownerCount, owner, this.lineText(), ownersBefore) ?? owner;
      let evidence: Evidence = either !== undefined ? 'either' : 'confirmed';
      let family: FamilyId = info.family!;
      let source: FindingSource = c.keyword >= 0 ? 'about' : 'bare';
      // "Mailbox is on Exchange 2016 on-prem so we need 16.0.6920.1000+, user has 16.0.x": the mailbox's server is named, the
      // build after "user has" is the user's client (red-team round 361).
      // (Only Exchange, the mailbox's: after another product's name, "users have 16.0.x" may be that product's build.)
      if (owner?.kind === 'other' && /exchange/i.test(owner.text) && USER_HAS_END.test(this.lineText().slice(Math.max(owner.end, s - USER_HAS_REACH), s))) owner = undefined;
      if (owner) {
        const kind = owner.kind;
        // A key that names the client and a target in one word ("SfBClientTargetVersion : 16.0.x", red-team round 346).
        if ((kind === 'threshold-before' || kind === 'threshold-after' || kind === 'past') || (isClientKind(kind) && TARGET_KEY.test(owner.text))) {
          // Only a heading gives such an owner: "UpdateToVersion", "Minimum build", a "PreviousBuild" column.
          this.noteWith(c.start, c.end, { key: kind === 'past' ? 'ignored_past' : 'ignored_threshold', params: { text } });
          continue;
        }
        if (kind === 'other' || kind === 'app' || kind === 'windows') {
          const key = kind === 'other' ? 'ignored_product' : kind === 'app' ? 'ignored_office_app' : 'ignored_windows';
          this.noteWith(c.start, c.end, { key, params: { text, product: owner.text } });
          continue;
        }
        // A named product stands for one client, except along a list of users and their builds ("Anna 16.0.x, Jens 16.0.y").
        // A name standing between the build before and this one, nearer to this one, is this one's, though the build
        // before took it as named after itself ("jdoe 16.0.x; bwong Lync 2013 15.0.y"; not "16.0.x (SfB),16.0.y").
        if (usedMention === owner && !(k > 0 && owner.start >= candidates[k - 1]!.end - lineStart && owner.end <= s && s - owner.end < owner.start - (candidates[k - 1]!.end - lineStart))) {
          const gap = k > 0 ? this.lineText().slice(candidates[k - 1]!.end - lineStart, s) : '';
          const counted = k > 0 && COUNT_GAP.test(gap);
          // (Two About builds, each with its own version label, are two installs: "Laptop: Version 2001 (Build x), desktop:
          // Version 1808 (Build y) — both Skype for Business", red-team round 288.)
          const twoAbouts = k > 0 && c.keyword >= 0 && candidates[k - 1]!.keyword >= 0 && candidates[k - 1]!.info.version !== info.version && OWN_VERSION_LABEL.test(gap);
          // (Two builds whose build numbers differ are two installs, not one client's two numbers, which share theirs:
          // "me: 16.0.17928.20114, boss: 16.0.16731.20170, both sfb", red-team rounds 298, 299.)
          const twoInstalls = k > 0 && c.keyword < 0 && candidates[k - 1]!.keyword < 0 && info.parts.length === 4 && candidates[k - 1]!.info.parts.length === 4 && candidates[k - 1]!.info.parts[2] !== info.parts[2] && TWO_INSTALLS_GAP.test(gap) && !stateBetween(mentions, candidates[k - 1]!.end - lineStart, s);
          if (!(k > 0 && (counted || twoAbouts || twoInstalls || isListItem(gap) || ALSO_GAP.test(gap) || (LIST_GAP.test(gap) && this.listsBuilds(owner, s))))) continue;
          // The n-th item of a list of users is the n-th user's ("alice@… — 16.0.x; bob@… — 16.0.y").
          if (!counted && !ALSO_GAP.test(gap)) userIndex = ++listItem;
        }
        // "Product version: 16.0.x, UCCAPI version: 16.0.y" (a client log): the client's own API library, not a second client.
        // So on the next line, under the product's version ("Product version: 16.0.x" / "UCCAPI version : 16.0.y").
        if (kind === 'client' && ((usedMention !== undefined && isClientKind(usedMention.kind)) || this.clientFoundAbove()) && /^uccapi$/i.test(owner.text)) continue;
        // "Skype for Business 2015 Basic 15.0.x on Office 2013 SP1 (15.0.y)": the suite the client runs on, not a second client.
        if (kind === 'suite' && usedMention !== undefined && isClientKind(usedMention.kind)) continue;
        // The suite's build beside an agent on its row ("…(Skype for Business),16.0.x" under "Office build"): the client's suite.
        if (kind === 'suite' && agents > 0) continue;
        usedMention = owner;
        // The suite's build ("Microsoft 365 Apps … (Build …)", an update's title, a channel's release) is the client's only where it is installed.
        if (kind === 'suite') evidence = 'suite';
        const named = NAMED_FAMILY[kind];
        // A label never beats the number: the Mac client is numbered 16.x (16.28.0.147), never with a Windows build's four
        // parts, so "Mac: 16.0.17726.20160" (a chat's speaker named Mac) holds a Windows build (red-team round 399). (Not
        // "16.0.0.0", the UCWA number Mac and phone agents carry.)
        if (named && !(kind === 'mac' && info.family === 'win16' && info.parts.length === 4 && Number(info.parts[2]) >= 4000)) family = named;
        if (kind !== 'suite' && c.keyword < 0) source = 'named';
        // "Lync 2010 (Build 7577.4051)", "Lync 2013 build 5023.1000": an older client's About build is its own (4.0.x, 15.0.x), not 16.0.x.
        if (kind === 'client' && c.keyword >= 0) {
          const between = this.lineText().slice(owner.start, c.keyword - lineStart);
          const found = OLDER_CLIENT_YEAR.exec(between);
          // "Skype for Business: Version 2010 (Build 13127.20408 …)": 2010 there is the October 2020 label, not Lync 2010.
          const year = found !== null && !VERSION_LABEL_BEFORE.test(between.slice(0, found.index)) ? found[1] : undefined;
          if (year !== undefined) {
            info = runInfo(`${year === '2010' ? '4.0' : '15.0'}.${info.parts[2]}.${info.parts[3]}`);
            family = info.family ?? family;
          }
        }
      } else if (c.keyword >= 0) {
        // "(Build 6965.2058)" with neither Office's "Version 1605" label nor "Click-to-Run" says too little.
        const parenthesis = this.lineText().slice(c.keyword - lineStart, Math.min(lineEnd - lineStart, e + 40));
        // With the label and no install form ("Click-to-Run", "Microsoft Store"), it is how update histories and release
        // notes list a release of the suite ("Version 2408 (Build 17928.20114)"), not an installed client.
        if (!CLICK_TO_RUN.test(parenthesis)) evidence = OFFICE_LABEL.test(this.lineText().slice(labelStart, labelEnd)) ? 'suite' : 'prose';
      } else if (recordLine && this.carry.record.found === info.version) {
        continue;
      } else if (registryColumn || this.isRegistryLine(lineEnd)) {
        source = 'registry';
        // VersionToReport is the suite's build: in a record that names other Office apps and no client, not the client's;
        // so on a line that leaves the client out ({"VersionToReport": …, "ExcludedApps": "groove,lync"}).
        // Apps named beside the suite that holds the client ("O365ProPlusRetail,VisioProRetail") take nothing from it.
        const other = this.carry.record.other;
        const record = this.carry.record;
        // So does a line, or a heading just above, that leaves the client out ({"ExcludedApps": "groove,lync"}, an ODT's <ExcludeApp ID="Lync" />).
        if ((recordLine && (record.leftOut || (other && !record.client && !(other.kind === 'app' && record.suite)))) || clientLeftOut || this.lineHas(CLIENT_EXCLUDED_FLAG) || this.excludesClient(mentions) || this.carry.headings.excludeClient()) evidence = 'suite';
        // So does a line that lists the suite's apps without the client ({"VersionToReport": …, "apps": "Word,Excel,Outlook"}, red-team round 286).
        else if (!clientNamed && listsOtherApps(mentions)) evidence = 'suite';
      } else if (recordLine && this.carry.record.other) {
        const other = this.carry.record.other;
        const key = other.kind === 'app' ? 'ignored_office_app' : other.kind === 'windows' ? 'ignored_windows' : 'ignored_product';
        this.noteWith(c.start, c.end, { key, params: { text, product: other.text } });
        continue;
      } else if (recordLine && this.carry.record.client) {
        source = 'named';
      } else if (recordLine) {
        // "DisplayVersion : 16.0.…", "ProductVersion  REG_SZ  16.0.…": the key says whose build it is, and only a
        // client registry value (above) says a client's; the suite named in the record says no more than the suite.
        // (A key that says it is the client's, nothing else named: "Client version: 16.0.x", «Версия клиента: 16.0.x».)
        evidence = this.carry.record.suite ? 'suite' : this.lineHas(INSTALL_KEY) || this.speaksOfInstallNow(c.start, c.end) || quickCheck(this.lineText(), s, e, true) ? 'confirmed' : 'prose';
      } else if (OFFICE_LABEL.test(this.lineText().slice(labelStart, labelEnd))) {
        source = 'about';
      } else if (this.input.charCodeAt(c.start - 1) === 61 /* = */ && URL_QUERY_BEFORE.test(this.lineText().slice(Math.max(0, s - 40), s)) && this.lineHas(URL_ON_LINE)) {
        // A URL's query parameter ("…start.aspx&spver=16.0.10337.12109"): whose build the name says, not the line (red-team round 289).
        evidence = 'prose';
      } else if ((!this.standsAlone(this.lineText(), s, e) || closesLineAbove(this.lineText(), s, e)) && !this.speaksOfInstallNow(c.start, c.end) && !quickCheck(this.lineText(), s, e)) {
        // (A sentence about offline IM that names no product speaks of the client's build, the only one offline IM
        // depends on: "Is 16.0.x enough for offline IM?", «Подскажите, сборка 16.0.x подходит для офлайн-сообщений?»;
        // not one about a fix and the build it came in: «в какой сборке пофиксили …? Вроде 16.0.x от 14 июня 2016».
        // So does a sentence that says whose install it is now: "she has 16.0.x", "Currently on 16.0.x", «у меня 16.0.x».)
        evidence = 'prose';
      }
      // The suite's build on a line that says the client's offline IM works with it ("Office updated to Version 2408 (Build …);
      // user confirmed Skype for Business offline IM works", red-team round 307): the client has the suite's build.
      // So does the suite's build on a line that says the client is part of the install ("Version 2408 (Build … Click-to-Run),
      // Skype for Business included", "Office … SfB inklusive", red-team round 392).
      if (evidence === 'suite' && clientNamed && !hasThreshold && (this.lineHas(OFFLINE_IM_WORKS) || (this.lineHas(CLIENT_INCLUDED) && !this.lineHas(NOT_INCLUDED) && !clientLeftOut && !this.lineHas(CLIENT_EXCLUDED_FLAG)))) evidence = 'confirmed';
      // A deployment's summary, its package named with its build and machines counted by state ("Deployment: Skype for
      // Business 2016 C2R 16.0.x — Success: 0 | In Progress: 48 | Error: 0", "Installed 0, Failed 14, Pending 3"): the
      // package's build, not a machine's (red-team round 378).
      // (Installed somewhere, a count of successes above zero, it is a client's: "Success: 214 | Error: 11".)
      // (So does a deployment's title: 'Deployment "SfB 2016 C2R 16.0.x" — machines by state'.)
      if (evidence === 'confirmed' && ((this.lineHas(DEPLOYMENT_TITLE) && !this.lineHas(SUCCESS_WORD)) || (this.lineHas(LIST_SEPARATOR) && this.lineHas(STATE_COUNT_STEM) && this.lineHas(STATE_COUNTS) && !this.lineHas(SUCCESS_COUNTED))) && !this.lineHas(ROW_INSTALLED)) evidence = 'prose';
      if (hasThreshold && evidence === 'confirmed' && this.thresholdConcerns(k, after, afterCount, before, beforeTotal)) evidence = 'threshold-on-line';
      // "We ought to get everyone onto Skype for Business 16.0.x", "If we get them to 16.0.x, …": what would be, not what is.
      // "The old VDI golden image had Skype for Business 16.0.x but that image was deleted", "In 2017 the fleet was on 16.0.x".
      if (evidence === 'confirmed' && c.keyword < 0 && !recordLine) {
        const clause = clauseAround(this.lineText(), s, e);
        if (clause !== undefined) evidence = speaksOfWhatWouldBe(clause) ? 'hypothetical' : speaksOfThePast(clause) ? 'past' : evidence;
        // (Or a bracket right after it says so: "16.0.x (ticket is from January; PC has been reimaged since)", red-team round 376.)
        if (evidence === 'confirmed' && bracketSaysGone(this.lineText(), e)) evidence = 'past';
        // (Or its line says the reading is stale: "… had 16.0.x. Haven't pulled a fresh one since", "may be newer now", red-team round 382.)
        if (evidence === 'confirmed' && this.lineHas(STALE_STEM) && this.lineHas(STALE_READING)) evidence = 'past';
        // (Or its own clause calls it stale: "SfB 16.0.x for PC-3001 (last sync 2022-01-07) – stale; live check: …", red-team round 396.)
        if (evidence === 'confirmed' && STALE_AFTER.test(this.lineText().slice(e, e + STALE_AFTER_REACH))) evidence = 'past';
        // (Or it asks whether the build is the one there: "Malte, is your Skype 16.0.x like the others? Please check", red-team round 388.)
        if (evidence === 'confirmed' && this.lineHas(ASKS_WHETHER_NAMED)) evidence = 'hypothetical';
        // (A hedge counts in the whole sentence, past its commas: «Вероятно, у неё … 16.0.x (со слов коллеги, не проверено)».)
        if (evidence === 'confirmed' && this.lineHas(UNSURE_STEM) && speaksUnsure(this.lineText(), s, e)) evidence = 'hypothetical';
        // «сфб 16.0.x ждёт перезагрузки», "sfb 16.0.x bombed out with 30088-4", "kommt erst mit Welle 3": not there now.
        // (A chat's line with several commas is a sentence here.)
        const sentence = evidence === 'confirmed' ? clause ?? clauseAround(this.lineText(), s, e, true) : undefined;
        if (sentence !== undefined && (notThereNow(this.lineText(), s, e, sentence) || notThereLater(sentence)) && !LABEL_OF_NEXT.test(this.lineText().slice(e, e + 48))) {
          this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
          continue;
        }
        // "Skype for Business 16.0.x ยังรอ…", "… 16.0.x נתקע": words the engine cannot read may say it is not there.
        if (evidence === 'confirmed' && sentence !== undefined && speaksUnreadLanguage(sentence)) evidence = 'unread-language';
      } else if (evidence === 'confirmed' && c.keyword < 0 && recordLine && !this.onlyBlanksAfter(c.end, lineEnd) && !BRACKET_NEXT.test(this.lineText().slice(e, e + 8)) && !this.productAfter(owners, ownersBefore, ownerCount)) {
        // A record's value says it after the build: "PC-102: Skype for Business 16.0.x - installation rolled back" (its key
        // before the build is no sentence of a state; a bracket's words are a comment on it, "стало: 16.0.x (откатили)",
        // and another product after it owns them, "PC-11: Skype for Business 16.0.x - se revirtió Outlook").
        const clause = clauseAround(this.lineText(), s, e);
        if (clause !== undefined && (notThereNow(this.lineText(), s, e, { ...clause, whole: '', before: '' }) || notThereLater(clause)) && !LABEL_OF_NEXT.test(this.lineText().slice(e, e + 48))) {
          this.noteWith(c.start, c.end, { key: 'ignored_not_installed', params: { text } });
          continue;
        }
      }
      // "In my lab I run Skype for Business 16.0.x", "Works for me on Version 1705 (Build …)", "the vendor's demo": someone else's machine.
      // (A record's key says it too: "Vendor matrix: …", "Microsoft docs: …"; its value's words are a value's.)
      if (evidence === 'confirmed' && (recordLine ? this.keySpeaksOfElsewhere(s) : speaksOfElsewhere(this.lineText(), s, e))) evidence = 'elsewhere';
      // "…, not sure which window it came from", «скриншот обрезан …, заголовок окна не попал»: the app it was read from is
      // not known, the client's or another Office app's (red-team rounds 330, 333).
      if (evidence === 'confirmed' && this.lineHas(APP_UNKNOWN)) evidence = 'either';
      if (replacing && evidence === 'confirmed') evidence = 'prose';
      // A deployment ring's label and nothing after the build ("Pilot ring: Skype for Business 16.0.x"): the ring's
      // build now or the one it is to get; a state after it ("– deployed", "(done)") or a heading above would say which.
      // (Its reason is a plan's or a supposition's: the line names the client, it may not be the build it has.)
      if (evidence === 'confirmed' && this.lineHas(RING_LABEL) && this.onlyBlanksAfter(c.end, lineEnd)) evidence = 'hypothetical';
      // winget's "Found … [Id] Version 16.0.x": the package about to be installed; the lines below say whether it was.
      if (evidence === 'confirmed' && this.packageLine() === PACKAGE_FOUND) evidence = 'prose';
      replacing = false;
      // The suite's build in a row that gives the same build as another cell's ("OfficeVersion,SfBClientVersion"): that
      // cell speaks for it, a client's or not.
      if (evidence === 'suite' && (this.lineFound(info.version) || sameRunLater(candidates, k, candidateCount, info))) continue;
      // A list of installed programs: the suite's row beside the client's row with the same build is that client's suite.
      if (evidence === 'suite') {
        const counted = this.blockClientWith(info.version);
        if (counted >= 0) {
          this.noteWith(c.start, c.end, { key: 'ignored_suite_counted', params: { text, line: String(counted) } });
          continue;
        }
      }
      // A record that said its install is not there, or left the client out, before this line ("InstallState : NotInstalled"
      // then "Version : 16.0.x"): no client of its own, unless this line names the client itself.
      if (recordLine && evidence === 'confirmed' && this.carry.record.leftOut && !clientNamed) evidence = 'suite';
      if (c.keyword >= 0) {
        // "Version 1605 (Build 6965.2058 …)": the finding reads from the keyword.
        if (family === 'win16-msi-range') family = 'win16';
        this.push(c.keyword, c.end, info, family, source, '', evidence, this.input.slice(c.keyword, c.end), userIndex);
      } else this.push(c.start, c.end, info, family, source, '', evidence, undefined, userIndex);
      if (evidence === 'confirmed') this.keepLineConfirmed(this.findings[this.findings.length - 1]!, info, s, e);
      else if (evidence === 'prose') {
        this.lineProseVersion = info.version;
        this.lineProseFrom = s;
        this.lineProseTo = e;
      }
      if (evidence === 'suite' && this.blockSuites.length < BLOCK_SUITES_KEPT) {
        this.blockSuites.push(this.findings.length - 1);
        this.blockSuiteLines.push(lineStart, lineEnd);
        this.blockSuiteKeys.push(this.rowKeyOfLine());
      }
      if (recordLine) this.carry.record.found = info.version;
      // (Any record's client, not only a registry value's: a state line after it may say it is not installed.)
      if (recordLine && evidence === 'confirmed') {
        this.recordRegistryFinding = this.findings.length - 1;
        this.recordRegistryInfo = info;
      } else if (source === 'registry' && evidence === 'confirmed') {
        this.rowRegistryFinding = this.findings.length - 1;
        this.rowRegistryInfo = info;
        this.rowRegistryLine = this.lineNo;
      }
    }
    this.candidateCount = 0;
    return mentions;
  }

  /**
   * A sentence that says which of its builds a client has now makes its other builds ones of the past: "Old image had Skype
   * for Business 16.0.x; the fresh image reports 16.0.y" has no "now", but "He rolled back to 16.0.x on Monday and it
   * auto-updated to 16.0.y overnight, which is what Skype for Business shows now", «Снимок от марта показывал 16.0.x,
   * сейчас Скайп — 16.0.y» do. Only when one build, and one only, is said to be the one now; the others are judged again
   * as unknown (past), in place, never dropped: two users' builds in one sentence stay, only not "eligible" on its word.
   */
  /**
   * Weighs the line's clients against earlier lines'. An e-mail's quoted part (lines that start with ">", or all below
   * "-----Original Message-----" or "On … wrote:") is an earlier message: a build of the writer's own it gives that the
   * reply above does not is one of the past. A line that tells of an update or a rollback made and the build there now ("Updated. Now it's
   * 16.0.y", "[10:31] 鈴木: 更新しました。今は 16.0.y です") makes the other builds read on the lines just above ones of the
   * past. Either way judged again as unknown (past), kept, never dropped (red-team rounds 325, 328-330).
   */
  private weighAgainstLinesAbove(lineStart: number, lineEnd: number): void {
    const input = this.input;
    const first = this.firstNonBlank(lineStart, lineEnd);
    // (Not a quoted "> On … wrote:": the quote is then marked line by line, and the reply may follow it.)
    if (!this.quotedMail && first < lineEnd && lineEnd - first <= ORIGINAL_MESSAGE_LIMIT && input.charCodeAt(first) !== 62 /* > */) {
      // (Only a line that opens with a dash or a rule, or ends with a colon, is looked at further.)
      let last = lineEnd - 1;
      while (last > first && isBlank(input.charCodeAt(last))) last--;
      const c = input.charCodeAt(first);
      if ((c === 45 || c === 95 || input.charCodeAt(last) === 58) && ORIGINAL_MESSAGE.test(input.slice(first, last + 1))) this.quotedMail = true;
      // (Or Outlook's header block without a separator: "Von: Lang, Sabine" / "Gesendet: Mittwoch, 15. Juni 2016 08:30", red-team round 381.)
      else if (this.lines > 1 && SENT_KEY.test(input.slice(first, Math.min(lineEnd, first + 16))) && FROM_KEY.test(input.slice(this.lineAboveStart, Math.min(this.lineAboveEnd, this.lineAboveStart + 12)))) this.quotedMail = true;
    }
    // A change's status that says it did not go through, on a line of its own ("Status: Cancelled", "Result: Failed").
    if (this.found === 0 && this.lines <= THREAD_LINES && first < lineEnd && this.notDoneStatus(first, lineEnd)) this.notDoneLine = this.lineNo;
    // (A reply's subject, "Subject: RE: Skype 16.0.x – …", holds the earlier message's words: quoted too, red-team round 369.)
    const quoted = this.quotedMail || (first < lineEnd && input.charCodeAt(first) === 62 /* > */ && input.charCodeAt(first + 1) !== 61 /* = */) || (this.found > 0 && REPLY_SUBJECT.test(input.slice(first, Math.min(lineEnd, first + 24))));
    const count = this.lineConfirmedCount;
    // A reply below a quoted part that tells of an update made and gives no build ("after the update last night offline IM
    // works now", "I think the update ran over the weekend"): the quoted builds are of before it (red-team round 369).
    if (count === 0 && this.found === 0 && !quoted && this.recentQuoted && this.recentFinding.length > 0 && first < lineEnd && lineEnd - first <= GONE_LINE_LIMIT) {
      const text = input.slice(first, lineEnd);
      if ((CHANGE_MADE.test(text) || UPDATE_RAN.test(text)) && !PLANNED_CHANGE.test(text)) {
        for (let r = 0; r < this.recentFinding.length; r++) if (isConfirmed(this.recentFinding[r]!)) this.judgeFindingAgain(this.recentFinding[r]!, this.recentInfo[r]!, 'past');
        this.clearRecent();
      }
    }
    // A history's label of its order, on a line of its own ("Skype for Business client version history (newest first)").
    // (Read on the line's own text: a line without builds is not the line under decision, lineText.)
    if (count === 0 && lineEnd - first <= ORDER_LABEL_LIMIT && first < lineEnd) {
      const text = input.slice(first, lineEnd);
      const label = ORDER_WORD.test(text) ? ORDER_LABEL.exec(text) : null;
      // A history of one machine ("Registration history … (same laptop LT-0457 both rows):", "her only PC", «один и тот же ПК»):
      // its rows' dates say which build is the one there now, the newest; in date order unless they run backwards (red-team
      // round 382). Only to the block's end.
      if (label === null && this.order === undefined && endsWithColon(input, first, lineEnd) && SAME_DEVICE_STEM.test(text) && SAME_DEVICE.test(text)) {
        this.order = 'oldest';
        this.orderSeen.clear();
        this.orderGone = false;
        this.deviceOrder = true;
        this.rowTime = -1;
      }
      if (label !== null) {
        this.order = label[1] !== undefined ? 'newest' : 'oldest';
        this.orderSeen.clear();
        this.orderGone = false;
      }
    }
    // A ticket's activity stream whose entries' headers are dated ("2024-05-07 11:02:13 - Olga Kim (Additional comments)"): a
    // header dated before the one above it says the stream lists the newest first (red-team round 365).
    if (count === 0 && this.order === undefined && first < lineEnd && lineEnd - first <= ORDER_LABEL_LIMIT && isAsciiDigit(input.charCodeAt(first))) {
      const entry = TICKET_ENTRY.exec(input.slice(first, lineEnd));
      if (entry !== null) {
        const time = entryTime(entry);
        if (this.entryTime >= 0 && time < this.entryTime) this.newestFirstFound();
        this.entryTime = time;
      }
    }
    if (this.order !== undefined && count > 0 && !quoted) {
      this.readRowTime();
      this.weighByOrder();
    }
    // A line without a client that says the machine or the install is gone, or that the build given is no longer right
    // ("PC died, IT is swapping it tomorrow", "Device wiped and reissued", «ноутбук возвращён на склад», "Ta wersja już
    // nieaktualna"): the clients read just above it are of the past; under a "newest first" label, the entries below it.
    // (Only where it may matter: below a client told in a sentence, in a newest-first history, or at a text's top, a reply's
    // line above its quoted part; a log's or a report's lines pass at once.)
    if (count === 0 && this.lineProseVersion === undefined && first < lineEnd && lineEnd - first <= GONE_LINE_LIMIT && (this.recentProse || this.order === 'newest' || (this.found === 0 && this.lines <= GONE_REPLY_LINES))) {
      const text = input.slice(first, lineEnd);
      if (GONE_WORD.test(text) && GONE_TOLD.test(text) && (PROSE_LINE.test(text) || (SPEAKER.test(text) && CHAT_WORDS.test(text))) && (!OTHER_MACHINE.test(text) || POINTS_BELOW.test(text) || THAT_WAS.test(text)) && !BUILD_ON_LINE.test(text)) this.machineGone(quoted, text);
    }
    // (A build the reply gives unconfirmed is the reply's too: "Sorry, it's actually 16.0.y" over "> my version is 16.0.x",
    // "client is now 16.0.y after the Office update" over a forwarded message's "Skype for Business 16.0.x", red-team round 369.)
    if (!quoted && this.found > count) {
      this.keepReplyBuilds();
      if (count === 0 && this.lineProseVersion === undefined) this.keepReplyLine(lineStart, lineEnd);
    } else if (!quoted && count === 0 && this.found === 0 && this.lines <= GONE_REPLY_LINES && first < lineEnd) {
      // (A reply's line at the text's top that gives no client may tell of the change: "Now on 16.0.y after the update,
      // Outlook too." over "> My Skype for Business is 16.0.x", red-team round 380.)
      this.keepReplyLine(lineStart, lineEnd);
    }
    // A build told as the one now after an update, unconfirmed as a client's ("after Office updated itself overnight it's
    // 16.0.y now": the suite's): the clients just above it are of the past all the same (red-team round 388).
    if (count === 0 && this.lineProseVersion === undefined && !quoted && this.found > 0 && this.recentFinding.length > 0 && this.lines <= THREAD_LINES) this.nowAfterUpdate(lineStart, lineEnd);
    if (count === 0 && this.lineProseVersion === undefined) return;
    if (quoted && this.replyInvalidates) {
      // (The reply above said the quoted build is wrong or gone: "Please ignore the build in the quoted mail".)
      for (let a = 0; a < count; a++) if (isConfirmed(this.lineConfirmedFinding[a]!)) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, this.lineConfirmedInfo[a]!, 'past');
      return;
    }
    if (quoted) {
      // (The writer's own build, quoted: "> My Skype for Business says 16.0.x", «> У меня в Скайпе 16.0.x»; not "Mark's PC has …".)
      // (And only below a reply that tells of a change or of the build now: "Updated, now …", "After the update … is on …";
      // a reply's "Mine is 16.0.x" over "> Mine is 16.0.y" is two people's.)
      // (A quoted part at the text's top, the reply below it: a later line's "now 16.0.y" weighs its builds as any above.)
      if (this.replyVersions.length === 0) this.keepRecent(lineStart, lineEnd, count, false);
      // (A build the reply above denied: "Correction to my mail below: the build is 16.0.y, not 16.0.x".)
      for (let a = 0; a < count && this.replyNegated.length > 0; a++) {
        const info = this.lineConfirmedInfo[a]!;
        if (this.replyNegated.includes(info.version) && isConfirmed(this.lineConfirmedFinding[a]!)) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, info, 'past');
      }
      // (Or the quoted message spoke to the writer: "> In last week's report you have UCCAPI/…", «> у вас …», "> bei Ihnen …".)
      // (Or the reply said its own build is the one now: "Version 1606 (Build …) – this is the current one" over "> Version 1602
      // (Build …)", red-team round 369.)
      // (A reply that gives no build of its own but tells of an update made, "Updated last night, works now", leaves no quoted
      // build of the writer's as the one there.)
      // (A quoted line that names no one, "> Danke, Skype zeigt jetzt 16.0.x an", is the quoted writer's own too.)
      if (!(this.replySaidNow || this.lineHas(FIRST_PERSON) || this.lineHas(SECOND_PERSON) || !this.lineHas(OTHER_PERSON)) || !(this.replyChanged || this.replyLinesChanged())) return;
      for (let a = 0; a < count; a++) {
        const info = this.lineConfirmedInfo[a]!;
        if (!this.replyVersions.includes(info.version) && isConfirmed(this.lineConfirmedFinding[a]!)) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, info, 'past');
      }
      return;
    }
    // The build there now, after an update or a rollback the line says was made.
    // (A line with no word of "now" is passed over after one look: most lines of a report.)
    let now: string | undefined;
    if (this.lineHas(NOW_ANY)) {
      const line = this.lineText();
      let said: string | undefined;
      for (let a = 0; a < count; a++) {
        if (isConfirmed(this.lineConfirmedFinding[a]!) && saidToBeNow(line, this.lineConfirmedFrom[a]!, this.lineConfirmedTo[a]!)) said = this.lineConfirmedInfo[a]!.version;
      }
      // (A build the line gives only in a sentence may say it too: "11:02 Client updated, now 16.0.y" under a ticket's
      // "SfB client 16.0.x"; it stays unknown itself, but the builds above it are no longer the one there.)
      if (said === undefined && this.lineProseVersion !== undefined && saidToBeNow(line, this.lineProseFrom, this.lineProseTo)) said = this.lineProseVersion;
      if (said !== undefined) {
        this.replyChanged = true;
        if (!this.quotedMail) this.replySaidNow = true;
        // (The update may be told on a line between: "10:20 Triggered C2R update" / "11:02 Client now 16.0.y".)
        // (Or on the line itself: "update finished, Help > About now shows 16.0.y", "Update gelaufen, jetzt 16.0.y", red-team round 365.)
        // (Or, below a quoted part, that the quoted build was an earlier one: "that was from February. Today: …", red-team round 369.)
        if (this.lineHas(CHANGE_MADE) || this.lineHas(ROLLBACK_WORD) || this.lineHas(UPDATE_TOLD) || this.updateToldAbove(lineStart) || (this.recentQuoted && this.lineHas(THAT_WAS))) now = said;
      }
    }
    // A correction told further down a chat or a thread, with the build meant ("[10:06] Anna: sorry, typo: 16.0.y"), or a
    // check made on the machine itself ("remote session, About shows 16.0.y", "hab per Fernwartung geschaut"): the builds
    // read above it are not the ones there (red-team round 377).
    // A correction just below a quoted threshold with no client between corrects the quote ("[15:02] Uma: on-prem minimum is
    // 16.0.6290.1000" / "[15:02] Uma: sorry typo, 16.0.6920.1000", red-team round 399): its build is the threshold's.
    if (count > 0 && this.lines <= THREAD_LINES && this.thresholdLine >= 0 && this.thresholdLine >= this.lineNo - 2 && this.thresholdLine < this.lineNo && (this.recentFinding.length === 0 || this.recentLine[this.recentFinding.length - 1]! < this.thresholdLine) && lineEnd - first <= CHECK_LINE_LIMIT && isCorrectionBelow(input, first, lineEnd)) {
      for (let a = 0; a < count; a++) if (isConfirmed(this.lineConfirmedFinding[a]!)) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, this.lineConfirmedInfo[a]!, 'threshold-on-line');
    }
    if (now === undefined && this.lines <= THREAD_LINES && this.recentFinding.length > 0 && lineEnd - first <= CHECK_LINE_LIMIT && this.lineProseOrChat(first, lineEnd)) {
      const meant = count > 0 ? this.lineConfirmedInfo[0]!.version : this.lineProseVersion;
      let one = true;
      for (let a = 1; a < count; a++) if (this.lineConfirmedInfo[a]!.version !== meant) one = false;
      const text = input.slice(first, lineEnd);
      // (Or the line says what the build above was: «это был Outlook на домашнем компьютере. На рабочем в Skype: …».)
      if (meant !== undefined && one && (isCorrectionBelow(input, first, lineEnd) || (CHECKED_STEM.test(text) && CHECKED_ON_MACHINE.test(text)) || THAT_WAS.test(text))) this.leaveRecentBut(meant);
    }
    // (Whether the reply told of a change is read only when a quoted part needs it: replyLinesChanged.)
    this.keepReplyLine(lineStart, lineEnd);
    // "Before: Version 1602 (Build …)" over "After: Version 1605 (Build …)", "user agent before: …" over "user agent after: …"
    // (red-team round 359): the change is made, the build on the "before" line just above is the one left; not where the
    // "after" side is a plan ("After (planned): …").
    if (now === undefined && count > 0 && this.recentFinding.length > 0) {
      const head = input.slice(lineStart, Math.min(lineEnd, lineStart + SIDE_LABEL_READ));
      if (AFTER_HINT.test(head) && AFTER_LABEL.test(head) && !PLANNED_CHANGE.test(head) && !this.lineHas(PLANNED_LATER)) {
        // (A change record whose status above says it did not go through, "Status: Cancelled" / "From: 16.0.x" / "To: 16.0.y":
        // the "to" build was never reached, the "from" build is still there; red-team round 384.)
        // (So does one just below: "From: 16.0.x" / "To: 16.0.y" / "Status: Scheduled".)
        if ((this.notDoneLine >= this.blockStartLine && this.lineNo - this.notDoneLine <= NOT_DONE_REACH) || (this.lines <= THREAD_LINES && this.notDoneBelow(lineEnd))) {
          for (let a = 0; a < count; a++) if (isConfirmed(this.lineConfirmedFinding[a]!)) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, this.lineConfirmedInfo[a]!, 'hypothetical');
          this.keepRecent(lineStart, lineEnd, 0, true);
          return;
        }
        for (let r = 0; r < this.recentFinding.length; r++) {
          const at = this.recentLineStart[r]!;
          if (this.lineNo - this.recentLine[r]! <= 2 && isConfirmed(this.recentFinding[r]!) && BEFORE_LABEL.test(input.slice(at, Math.min(input.length, at + SIDE_LABEL_READ)))) this.judgeFindingAgain(this.recentFinding[r]!, this.recentInfo[r]!, 'past');
        }
      }
    }
    if (now !== undefined) this.leaveRecentBut(now);
    this.keepRecent(lineStart, lineEnd, count, true);
  }

  /** Whether input[first, lineEnd) is a change's status line, short, that says it did not go through ("Status: Cancelled"). */
  private notDoneStatus(first: number, lineEnd: number): boolean {
    return lineEnd - first <= NOT_DONE_LINE_LIMIT && this.keyOnLine(first, lineEnd) && STATE_KEY_FIRST.test(this.input.slice(first, Math.min(lineEnd, first + 24))) && isStatusBelow(this.input, first, lineEnd);
  }

  /** Whether one of the next NOT_DONE_REACH lines, before a blank one, is a change's status that says it did not go through (notDoneStatus). */
  private notDoneBelow(lineEnd: number): boolean {
    const input = this.input;
    let at = lineEnd;
    for (let n = 0; n < NOT_DONE_REACH && at < input.length; n++) {
      // Past the line break ("\r\n" or "\n") to the next line, which is read at most NOT_DONE_LINE_LIMIT characters far.
      if (input.charCodeAt(at) === 13) at++;
      if (input.charCodeAt(at) === 10) at++;
      let end = at;
      while (end < input.length && end - at <= NOT_DONE_LINE_LIMIT && !isLineBreak(input.charCodeAt(end))) end++;
      const first = this.firstNonBlank(at, end);
      if (first >= end) return false;
      if (this.notDoneStatus(first, end)) return true;
      while (end < input.length && !isLineBreak(input.charCodeAt(end))) end++;
      at = end;
    }
    return false;
  }

  /** Whether a key's colon or "=" stands on input[first, lineEnd) (a state line's "Status: …"). */
  private keyOnLine(first: number, lineEnd: number): boolean {
    // (Walked within the line: indexOf would search the rest of the text on every line without one.)
    const input = this.input;
    for (let i = first; i < lineEnd; i++) {
      const c = input.charCodeAt(i);
      if (c === 58 || c === 61 || c === 0xff1a) return true;
    }
    return false;
  }

  /** Whether input[first, lineEnd) is a sentence or a chat's message, not a table's row or a log's (two words in a row, no cell separator). */
  private lineProseOrChat(first: number, lineEnd: number): boolean {
    const text = this.input.slice(first, lineEnd);
    return !CELL_SEPARATOR.test(text) && TWO_WORDS.test(text);
  }

  /** nowAfterUpdate's work: the line's last finding, said to be there now after an update the line tells of. */
  private nowAfterUpdate(lineStart: number, lineEnd: number): void {
    const f = this.findings[this.findings.length - 1]!;
    if (f.line !== this.lineNo) return;
    const line = this.input.slice(lineStart, lineEnd);
    if (!NOW_ANY.test(line) || !(CHANGE_MADE.test(line) || UPDATE_TOLD.test(line))) return;
    if (!saidToBeNow(line, f.start - this.base - lineStart, f.end - this.base - lineStart)) return;
    this.leaveRecentBut(f.version);
  }

  /** Judges the clients kept from the lines just above (RECENT_LINES) as of the past, but those of `version`, the build now. */
  private leaveRecentBut(version: string): void {
    for (let r = 0; r < this.recentFinding.length; r++) {
      if (this.recentInfo[r]!.version !== version && this.lineNo - this.recentLine[r]! <= RECENT_LINES && isConfirmed(this.recentFinding[r]!)) this.judgeFindingAgain(this.recentFinding[r]!, this.recentInfo[r]!, 'past');
    }
    this.clearRecent();
  }

  /** Keeps a reply's line with builds for replyLinesChanged to read, if a quoted part needs it. */
  private keepReplyLine(lineStart: number, lineEnd: number): void {
    if (this.replyChanged || this.quotedMail) return;
    if (this.replyLineFrom.length === RECENT_KEPT) {
      this.replyLineFrom.shift();
      this.replyLineTo.shift();
    }
    this.replyLineFrom.push(lineStart);
    this.replyLineTo.push(Math.min(lineEnd, lineStart + REPLY_LINE_READ));
  }

  /** Keeps the builds of all the line's findings as the reply's (keepRecent keeps its confirmed clients'). */
  private keepReplyBuilds(): void {
    for (let i = this.findings.length - this.found; i < this.findings.length && this.replyVersions.length < RECENT_KEPT; i++) {
      const version = this.findings[i]!.version;
      if (!this.replyVersions.includes(version)) this.replyVersions.push(version);
    }
  }

  /** Keeps the line's confirmed clients for the lines below to weigh (and, from a reply's own lines, as the reply's builds). */
  private keepRecent(lineStart: number, lineEnd: number, count: number, reply: boolean): void {
    const input = this.input;
    this.recentQuoted = !reply && (this.recentQuoted || this.recentFinding.length === 0);
    for (let a = 0; a < count; a++) {
      const f = this.lineConfirmedFinding[a]!;
      if (!isConfirmed(f)) continue;
      if (this.recentFinding.length === RECENT_KEPT) {
        this.recentFinding.shift();
        this.recentInfo.shift();
        this.recentLine.shift();
        this.recentLineStart.shift();
      }
      this.recentFinding.push(f);
      // (A client told in a sentence, not a row or a record: what a later line may say is gone, machineGone.)
      if (!this.recentProse && lineEnd - lineStart <= GONE_LINE_LIMIT) {
        const text = input.slice(lineStart, lineEnd);
        this.recentProse = PROSE_WORDS.test(text) && !CELL_SEPARATOR.test(text);
      }
      this.recentInfo.push(this.lineConfirmedInfo[a]!);
      this.recentLine.push(this.lineNo);
      this.recentLineStart.push(lineStart);
      if (reply && this.replyVersions.length < RECENT_KEPT && !this.replyVersions.includes(this.lineConfirmedInfo[a]!.version)) this.replyVersions.push(this.lineConfirmedInfo[a]!.version);
    }
  }

  /**
   * A machine or an install said to be gone on a line without a client (GONE_TOLD): under a "newest first" label the
   * history's next entry is older, so past; in a reply above a quoted part, the quoted builds are; else the clients read on
   * the lines just above are, unless their line says they are a new machine's ("New laptop: Skype for Business 16.0.x").
   */
  private machineGone(quoted: boolean, text: string): void {
    if (this.order === 'newest') {
      if (!this.orderSeen.has('')) this.orderGone = true;
      return;
    }
    if (!quoted && !this.quotedMail && this.recentFinding.length === 0) {
      this.replyInvalidates = true;
      return;
    }
    const input = this.input;
    for (let r = 0; r < this.recentFinding.length; r++) {
      if (this.lineNo - this.recentLine[r]! > RECENT_LINES || !isConfirmed(this.recentFinding[r]!)) continue;
      const start = this.recentLineStart[r]!;
      let end = input.indexOf('\n', start);
      if (end < 0 || end - start > GONE_LINE_LIMIT) end = Math.min(input.length, start + GONE_LINE_LIMIT);
      const above = input.slice(start, end);
      if (OTHER_MACHINE.test(above) || !sameSubject(text, above, undefined)) continue;
      this.judgeFindingAgain(this.recentFinding[r]!, this.recentInfo[r]!, 'past');
    }
    this.clearRecent();
  }

  /**
   * Under a history's label of its order, an owner's entries after its first are older ("newest first": judged again as
   * unknown, past) or newer ("oldest first": the entry read before is then the past one). The owner is the line's user,
   * else the history's one machine.
   */
  /**
   * A ticket's stream found to list the newest entry first, at its second dated header: the clients read since the first
   * header are the newest entry's, the first of their owner (the one machine: a stream's entries name no user).
   */
  private newestFirstFound(): void {
    this.order = 'newest';
    this.orderSeen.clear();
    this.orderGone = false;
    for (let r = 0; r < this.recentFinding.length; r++) {
      if (!isConfirmed(this.recentFinding[r]!) || this.orderSeen.has('')) continue;
      this.orderSeen.set('', { version: this.recentInfo[r]!.version, finding: this.recentFinding[r]!, info: this.recentInfo[r]! });
    }
  }

  /**
   * A dated row of a history of one machine: a date earlier than the row above says the rows run newest first. Read once a
   * line, before its builds are weighed (an agent's at once, the line's others at its end).
   */
  private readRowTime(): void {
    if (!this.deviceOrder || this.rowTimeLine === this.lineNo) return;
    this.rowTimeLine = this.lineNo;
    const first = this.firstNonBlank(this.lineStart, this.lineEnd);
    const found = ROW_DATE.exec(this.input.slice(first, Math.min(this.lineEnd, first + 24)));
    if (found === null) return;
    const time = found[1] !== undefined ? (Number(found[1]) * 100 + Number(found[2])) * 100 + Number(found[3]) : (Number(found[6]) * 100 + Number(found[5])) * 100 + Number(found[4]);
    if (this.rowTime >= 0 && time < this.rowTime && this.order === 'oldest') this.order = 'newest';
    this.rowTime = time;
  }

  private weighByOrder(): void {
    for (let a = 0; a < this.lineConfirmedCount; a++) this.weighOneByOrder(this.lineConfirmedFinding[a]!, this.lineConfirmedInfo[a]!);
  }

  private weighOneByOrder(f: Finding, info: RunInfo): void {
    if (!isConfirmed(f)) return;
    // (A thread's summary names who wrote each entry: "2021-04-10 Raj: still on Lync 2013 …", "2021-04-09 Mei: …".)
    const owner = this.userOfLine() ?? SPEAKER.exec(this.input.slice(this.lineStart, Math.min(this.lineEnd, this.lineStart + SPEAKER_READ)))?.[1] ?? '';
    const seen = this.orderSeen.get(owner);
    if (seen === undefined) {
      if (this.orderSeen.size < ORDER_KEPT) this.orderSeen.set(owner, { version: info.version, finding: f, info });
      // (Below a newer entry that said the machine is gone: "2023-06-01 Skype for Business uninstalled (Teams-only)".)
      if (this.orderGone && owner === '') this.judgeFindingAgain(f, info, 'past');
      return;
    }
    if (seen.version === info.version) return;
    if (this.order === 'newest') this.judgeFindingAgain(f, info, 'past');
    else {
      if (isConfirmed(seen.finding)) this.judgeFindingAgain(seen.finding, seen.info, 'past');
      this.orderSeen.set(owner, { version: info.version, finding: f, info });
    }
  }

  private clearRecent(): void {
    this.recentQuoted = false;
    this.recentProse = false;
    this.recentFinding.length = 0;
    this.recentInfo.length = 0;
    this.recentLine.length = 0;
    this.recentLineStart.length = 0;
  }

  /** Whether the lines since the oldest client kept above (at most UPDATE_TOLD_READ characters back) tell of an update. */
  private updateToldAbove(lineStart: number): boolean {
    if (this.recentLineStart.length === 0) return false;
    const from = Math.max(this.recentLineStart[0]!, lineStart - UPDATE_TOLD_READ);
    return UPDATE_TOLD.test(this.input.slice(from, lineStart));
  }

  /** Whether one of the reply's lines kept above tells of a change made ("Updated", «Обновился», "After the update …"); read once. */
  private replyLinesChanged(): boolean {
    const input = this.input;
    for (let r = 0; r < this.replyLineFrom.length; r++) {
      const text = input.slice(this.replyLineFrom[r], this.replyLineTo[r]);
      if (CHANGE_MADE.test(text) || ROLLBACK_WORD.test(text) || CORRECTION.test(text) || UPDATE_RAN.test(text) || MACHINE_RESET.test(text)) this.replyChanged = true;
    }
    this.replyLineFrom.length = 0;
    this.replyLineTo.length = 0;
    return this.replyChanged;
  }

  private keepLineConfirmed(f: Finding, info: RunInfo, from: number, to: number): void {
    if (this.lineConfirmedCount >= LINE_CONFIRMED_KEPT) return;
    const at = this.lineConfirmedCount++;
    this.lineConfirmedFinding[at] = f;
    this.lineConfirmedInfo[at] = info;
    this.lineConfirmedFrom[at] = from;
    this.lineConfirmedTo[at] = to;
  }

  private leaveAllButCurrent(): void {
    if (!this.lineHas(NOW_ANY)) return;
    const line = this.lineText();
    let current: string | undefined;
    let at = -1;
    for (let a = 0; a < this.lineConfirmedCount; a++) {
      if (!saidToBeNow(line, this.lineConfirmedFrom[a]!, this.lineConfirmedTo[a]!)) continue;
      const version = this.lineConfirmedInfo[a]!.version;
      if (current !== undefined && current !== version) return;
      current = version;
      at = a;
    }
    if (current === undefined) return;
    for (let a = 0; a < this.lineConfirmedCount; a++) {
      const info = this.lineConfirmedInfo[a]!;
      if (info.version === current) continue;
      // (Only in the same sentence: "… now it's 16.0.y in Skype for Business. Kevin's Skype shows 16.0.z." is two people's.)
      const from = Math.min(this.lineConfirmedTo[a]!, this.lineConfirmedTo[at]!);
      const to = Math.max(this.lineConfirmedFrom[a]!, this.lineConfirmedFrom[at]!);
      if (!SENTENCE_END.test(line.slice(from, to))) this.judgeFindingAgain(this.lineConfirmedFinding[a]!, info, 'past');
    }
  }

  /**
   * A run quoted as a rule, not a client: "16.0.6920.1000 or later", "needs
   * 16.0.6701.1000", "минимум 16.0.6920.1000", or a threshold in force
   * repeated on a line that talks about thresholds.
   */
  private quotesThreshold(line: string, after: Mention | undefined, before: Mention | undefined, s: number, e: number, previousEnd: number, info: RunInfo, named: Mention | undefined): boolean {
    if (this.plusAfter(this.lineStart + e, this.lineStart + line.length) || this.comparedBefore(this.lineStart + s) || this.comparedAfter(this.lineStart + e, this.lineStart + line.length)) return true;
    if (after && after.start - e <= THRESHOLD_AFTER && AFTER_GAP.test(line.slice(e, after.start)) && !LABEL_OF_BUILD.test(line.slice(after.end, after.end + 6))) return true;
    // A phrase before quotes the first build after it, and a list that follows it ("minimum: 16.0.x, 16.0.y"):
    // "updated to 16.0.x last night, Skype still 16.0.y" quotes x only (y is judged, never "eligible" on the line's word).
    // Not across a sentence's end ("Change request: set … next week. Current client: Skype for Business 16.0.x.").
    // Nor across a semicolon or a dash to a build a product's name stands before ("Pushed Office update via SCCM; Skype
    // for Business now at 16.0.x"; a comma keeps it: "After you install this update, the version of … is 16.0.x").
    if (before && (before.end >= previousEnd || this.listGoesOn(previousEnd, s) || LIST_ITEM_GAP.test(line.slice(previousEnd, s))) && s - before.end <= THRESHOLD_BEFORE && quotesNext(line, before, s) && !sentenceBreakAfter(line, before, s) && !STILL_CLAUSE.test(line.slice(before.end, s)) && !(named !== undefined && named.start >= before.end && STRONG_CLAUSE_BREAK.test(line.slice(before.end, named.start))) && !this.presentPastComma(line, before, s, e) && !this.presentBetween(line, before, s)) return true;
    return this.isThresholdInForce(info);
  }

  /**
   * Whether an example's label stands before the build at line offset `s` in its sentence: "Example (from the KB): …",
   * "Info-Dialog (Beispiel): …", "例: バージョン 1605 (ビルド …)", "例如：版本 1605 …", "np. „Wersja 1605 …", "ad esempio «…»"
   * (red-team rounds 339, 340). Looked for only where the line holds such a word (EXAMPLE_WORD).
   */
  private exampleBefore(line: string, s: number, decided = true): boolean {
    // (An agent is read before its line is decided, on the line's own text: lineHas would read the line last decided.)
    if (!(decided ? this.lineHas(EXAMPLE_WORD) : EXAMPLE_WORD.test(line))) return false;
    const before = line.slice(Math.max(0, s - EXAMPLE_REACH), s);
    const m = (decided ? EXAMPLE_MARK : EXAMPLE_MARK_AGENT).exec(before);
    return m !== null && !SENTENCE_END.test(before.slice(m.index + m[0].length));
  }

  /**
   * Whether the build at line offset `s` goes on the list of the build that ends at line offset `previousEnd`
   * (LIST_GAP). Not a CSV row's next quoted cell after a cell that quoted a build inside its words ("Greater than or
   * equal 16.0.6920.1000","16.0.6741.2048": the rule, then the value found); a JSON array's items start their strings.
   */
  private listGoesOn(previousEnd: number, s: number): boolean {
    const line = this.lineText();
    const gap = line.slice(previousEnd, s);
    if (!LIST_GAP.test(gap)) return false;
    if (!QUOTED_CELL_BREAK.test(gap)) return true;
    let start = previousEnd;
    while (start > 0 && (isAsciiDigit(line.charCodeAt(start - 1)) || line.charCodeAt(start - 1) === 46)) start--;
    return isQuote(line.charCodeAt(start - 1));
  }

  /**
   * Whether a time word's phrase ends before a verb of the present state that leads to the build ("As of this morning
   * Skype for Business shows 16.0.x", "Since the reboot SfB is on 16.0.x"): the phrase dates the state, not the build.
   */
  private presentBetween(line: string, phrase: Mention, s: number): boolean {
    // (So does an update told as done: "after the Current Channel update the About shows Version 1605 (Build …)", red-team round 391.)
    return (TIME_WORD.test(phrase.text) || (UPDATE_WORD.test(phrase.text) && AFTER_DONE_BEFORE.test(line.slice(Math.max(0, phrase.start - 48), phrase.start)))) && presentStateFrom(line, phrase.end, s, s, false);
  }

  /**
   * Whether a comma stands between a plan word and the build, and the build's own part of the clause says what is
   * there now ("Roadmap aside, today the user runs Skype for Business 16.0.x"): the plan word speaks of something else.
   */
  private presentPastComma(line: string, phrase: Mention, s: number, e: number): boolean {
    // Looked for back to the phrase only: lastIndexOf would read to the line's start, once per build (quadratic on a long line).
    let comma = s;
    while (comma >= phrase.end && line.charCodeAt(comma) !== 44 /* , */) comma--;
    // "After you install this update, the … build number is 16.0.x" (an update's notes): the copula states the update's build.
    return comma >= phrase.end && presentStateFrom(line, comma + 1, s, e, !UPDATE_WORD.test(phrase.text));
  }

  /**
   * Whether an "after" phrase of a change not made yet stands right after line offset `e` ("16.0.x → 16.0.y pending
   * reboot"): the build before the arrow is still the installed one.
   */
  private pendingAfter(after: readonly Mention[], afterCount: number, e: number): boolean {
    for (let i = 0; i < afterCount; i++) {
      const a = after[i]!;
      if (a.start >= e && a.start - e <= THRESHOLD_AFTER && PENDING.has(a.text.toLowerCase())) return true;
    }
    return false;
  }

  /**
   * Whether the past phrase `p` marks the build at line offset s: no other build stands between them (previousEnd is
   * where the build before ends), and a "before …" right after that build belongs to it ("15.0.x before the refresh,
   * now 16.0.y").
   */
  /** Whether a threshold word labels a message's news ("Update:", "Update 09/20:"): "update" right before a colon, a date at most between. */
  private isNewsLabel(m: Mention): boolean {
    if (m.end - m.start !== 6 || (this.input.charCodeAt(this.lineStart + m.start) | 0x20) !== 0x75 /* u */) return false;
    let i = this.lineStart + m.end;
    while (isBlank(this.input.charCodeAt(i))) i++;
    // (A date may stand between: "Update 09/20: Skype for Business was upgraded to 16.0.x".)
    if (isAsciiDigit(this.input.charCodeAt(i))) {
      const from = i;
      while (i - from < 10 && (isAsciiDigit(this.input.charCodeAt(i)) || this.input.charCodeAt(i) === 47 || this.input.charCodeAt(i) === 46 || this.input.charCodeAt(i) === 45)) i++;
      while (isBlank(this.input.charCodeAt(i))) i++;
    }
    return this.input.charCodeAt(i) === 58 /* : */;
  }

  /** Whether input[lineStart, lineEnd) says the client is left out (EXCLUDED_CLIENT), its exclusion word looked for first. */
  private lineExcludesClient(lineStart: number, lineEnd: number): boolean {
    const line = this.input.slice(lineStart, lineEnd);
    return LEFT_OUT_WORD.test(line) && EXCLUDED_CLIENT.test(line);
  }

  /** Offset of the first character of input[lineStart, lineEnd) that is not blank. */
  private firstNonBlank(lineStart: number, lineEnd: number): number {
    let i = lineStart;
    while (i < lineEnd && isBlank(this.input.charCodeAt(i))) i++;
    return i;
  }

  /** Whether the line above gave a client (not the suite's build). */
  private clientFoundAbove(): boolean {
    const last = this.findings[this.findings.length - 1 - this.found];
    return last !== undefined && last.line === this.lineNo - 1 && last.clientVerdicts.online !== 'unknown';
  }

  /** Whether a ":" or "=" stands right before input[at] (blanks between): a label's, read further only then. */
  private labelledAt(at: number): boolean {
    let i = at - 1;
    while (i > this.lineStart && isBlank(this.input.charCodeAt(i))) i--;
    const c = this.input.charCodeAt(i);
    return c === 58 || c === 61;
  }

  /**
   * Whether the past phrase `p` says the build ending at line offset e was uninstalled, further on in its clause, with
   * no other build (the next starts at nextStart) nor product named between ("… 16.0.x wurde am 03.05.2017 deinstalliert").
   */
  private uninstalledLater(p: Mention, e: number, nextStart: number, owners: readonly Mention[], ownersBefore: number, ownerCount: number): boolean {
    if (p.start - e > UNINSTALLED_REACH || p.start > nextStart || !UNINSTALLED_WORD.test(p.text) || CLAUSE_BREAK.test(this.lineText().slice(e, p.start).replace(DATE_IN_GAP, ' '))) return false;
    for (let o = ownersBefore; o < ownerCount && owners[o]!.start < p.start; o++) if (owners[o]!.start >= e) return false;
    return true;
  }

  /**
   * The client named right before the suite owners[ownersBefore - 1] (its words, "Office 365 ProPlus", read as one) as
   * the suite it comes with: "for", "part of", "from" between (CLIENT_FOR_SUITE).
   */
  private clientOfSuite(owners: readonly Mention[], ownersBefore: number): Mention | undefined {
    const line = this.lineText();
    let first = ownersBefore - 1;
    while (first > 0 && owners[first - 1]!.kind === 'suite' && line.slice(owners[first - 1]!.end, owners[first]!.start).trim() === '') first--;
    const client = first > 0 ? owners[first - 1]! : undefined;
    return client !== undefined && isClientKind(client.kind) && CLIENT_FOR_SUITE.test(line.slice(client.end, owners[first]!.start)) ? client : undefined;
  }

  /**
   * The client named right before the brackets that hold the suite owners[ownersBefore - 1], when those brackets close
   * just before the build at line offset s, its label between ("Skype for Business (Office 365 ProPlus) build 16.0.x").
   */
  private clientBeforeBrackets(owners: readonly Mention[], ownersBefore: number, s: number): Mention | undefined {
    const line = this.lineText();
    const suite = owners[ownersBefore - 1]!;
    // An update channel's name after the client and a comma ("Skype for Business, Monthly Enterprise Channel: 16.0.x").
    const channel = CHANNEL_NAME.test(suite.text);
    if (channel && ownersBefore > 1 && isClientKind(owners[ownersBefore - 2]!.kind) && CHANNEL_AFTER_COMMA.test(line.slice(owners[ownersBefore - 2]!.end, s))) return owners[ownersBefore - 2];
    const open = line.lastIndexOf('(', suite.start);
    const close = line.indexOf(')', suite.end);
    // (A channel's name needs no label after it: "Skype for Business (Current Channel) 16.0.x", red-team round 270.)
    if (open < 0 || close < 0 || close > s || line.lastIndexOf(')', suite.start) > open || !(LABEL_AFTER_BRACKETS.test(line.slice(close + 1, s)) || (channel && /^\s*[,:-]?\s*$/.test(line.slice(close + 1, s))))) return undefined;
    for (let o = ownersBefore - 2; o >= 0; o--) {
      const m = owners[o]!;
      if (m.end > open) continue;
      return isClientKind(m.kind) && line.slice(m.end, open).trim() === '' ? m : undefined;
    }
    return undefined;
  }

  /** Whether the line's agent found last has this version and family, and the agent about to be pushed would name no other user. */
  private sameAgentAgain(version: string, family: FamilyId, userIndex: number): boolean {
    if (this.found === 0) return false;
    const last = this.findings[this.findings.length - 1]!;
    if (last.line !== this.lineNo || last.source !== 'user-agent' || last.version !== version || last.family !== family) return false;
    const user = userIndex > 0 ? nthUserIn(this.input, this.lineStart, this.lineEnd, userIndex) : userIndex === 0 ? this.userOfLine() : undefined;
    return user === undefined || user === last.user;
  }

  /** Whether a build after candidate k starts within THRESHOLD_BEFORE after line offset `at` (a comparison's own build). */
  private buildRightAfter(k: number, at: number): boolean {
    for (let n = k + 1; n < this.candidateCount; n++) {
      const start = this.candidates[n]!.start - this.lineStart;
      if (start >= at) return start - at <= THRESHOLD_BEFORE;
    }
    return false;
  }

  /** Where the build after candidate k starts on the line (a date between, "wurde am 03.11. deinstalliert", is none), or the line's length. */
  private nextBuildStart(k: number): number {
    const input = this.input;
    for (let n = k + 1; n < this.candidateCount; n++) {
      const next = this.candidates[n]!;
      DAY_MONTH.lastIndex = next.start;
      if (!(DAY_MONTH.test(input) && DAY_MONTH.lastIndex >= next.end)) return next.start - this.lineStart;
    }
    return this.lineEnd - this.lineStart;
  }

  /** Whether the line under decision has a status cell that says its install is not there (ROW_NOT_INSTALLED), read once. */
  private rowNotInstalled(): boolean {
    if (this.rowNotInstalledSeen === undefined) {
      const line = this.input.slice(this.lineStart, this.lineEnd);
      // (A ticket's row states the ticket's state, "INC0012345,…,In Progress": not the install's.)
      const state = ROW_NOT_INSTALLED.exec(line);
      // (Nor another product's column's state: "PC-07 / 16.0.x / Not installed" under "Computer / SfB version / Visio version".)
      this.rowNotInstalledSeen = state !== null && !TICKET_ID.test(line) && !this.channelCell(state[0]) && !this.otherColumnAt(this.lineStart + state.index + 1);
      this.rowStateAt = state === null ? -1 : this.lineStart + state.index;
    }
    return this.rowNotInstalledSeen;
  }

  /**
   * Whether the row's state (rowNotInstalled) speaks of the build at `start`: not across a sentence's end ("Previous
   * client: Lync 2013 (15.0.x) – uninstalled. Now: SfB 2016 16.0.y.", red-team round 375).
   */
  private rowStateReaches(start: number): boolean {
    const at = this.rowStateAt;
    if (at < 0) return true;
    // (Past ROW_REACH the text between is not read again for each build: the row's state reaches it, as it always did.)
    if (Math.abs(start - at) > ROW_REACH) return true;
    return !SENTENCE_END.test(this.input.slice(Math.min(at, start), Math.max(at, start)));
  }

  /**
   * Whether the cell right after a row's build at `end` says, in the words of another state, that it is not installed
   * (state-clause.ts): "WS-114;Skype for Business;16.0.x;uitgesteld", "…,16.0.x,never got it - greyed out in Software
   * Center". Cells split by a tab, "|", or ";" or "," with no blank after it (a sentence's have one).
   */
  private cellsAfterNotThere(end: number): boolean {
    const input = this.input;
    let i = end;
    while (i < this.lineEnd && (input.charCodeAt(i) === 32 || input.charCodeAt(i) === 34)) i++;
    const sep = input.charCodeAt(i);
    // (Columns aligned by blanks: a deployment's error code after two of them, "WS-QA-0101  16.0.x  0x80070643".)
    if (i - end >= 2 && ERROR_CODE_CELL.test(input.slice(i, Math.min(this.lineEnd, i + ERROR_CODE_LENGTH)).split(/\s/)[0]!)) return !TICKET_ID.test(input.slice(this.lineStart, end));
    if (!(sep === 9 || sep === 124 || sep === 59 || (sep === 44 && !isBlank(input.charCodeAt(i + 1))))) return false;
    // (A state is words: a cell of digits, a date or a count, is read no further.)
    let first = i + 1;
    while (first < this.lineEnd && (isBlank(input.charCodeAt(first)) || input.charCodeAt(first) === 34)) first++;
    let to = input.indexOf(String.fromCharCode(sep), i + 1);
    if (to < 0 || to > this.lineEnd) to = this.lineEnd;
    // (A deployment's error code alone is its state: "…;16.0.x;0x87D1041C".)
    if (first < to && ERROR_CODE_CELL.test(input.slice(first, to))) return !TICKET_ID.test(input.slice(this.lineStart, end));
    if (first >= this.lineEnd || isDigit(input.charCodeAt(first))) return false;
    const cell = input.slice(i + 1, Math.min(to, i + 1 + 160));
    // (A cell, or after "; " a sentence's clause, that opens with the state: "uitgesteld", "never got it - greyed out …",
    // "…; pendiente de instalar."; not "old printer retired 2019".)
    if (!stateOpens(cell) && !installStateOpens(cell.trimStart())) return false;
    if (this.otherColumnAt(first)) return false;
    return !CELL_OTHER_SUBJECT.test(cell) && !RING_CELL.test(cell) && !this.channelCell(cell) && !TICKET_ID.test(input.slice(this.lineStart, end)) && stateSaysNotThere(cell);
  }

  /**
   * Whether a row's state cell is an update channel's name: "Deferred" in a table with a Channel column, or on a row
   * that gives the install's bitness ("Skype for Business — 16.0.x — 32-bit — Deferred", red-team round 292).
   */
  private channelCell(cell: string): boolean {
    return DEFERRED_ONLY.test(cell) && ((!this.carry.headings.empty && this.carry.headings.some(CHANNEL_COLUMN)) || BITNESS_CELL.test(this.input.slice(this.lineStart, this.lineEnd)));
  }

  /** Whether "or later" cut by a table's column stands right after the build ending at `end` (TRUNCATED_LATER, read in place). */
  private truncatedLaterAfter(end: number): boolean {
    const c = this.input.charCodeAt(end);
    if (c !== 32 && c !== 9) return false;
    TRUNCATED_LATER.lastIndex = end;
    return TRUNCATED_LATER.test(this.input);
  }

  /** Whether a record line's key, before its first colon and the build at line offset `s`, places it elsewhere ("Vendor matrix:"). */
  private keySpeaksOfElsewhere(s: number): boolean {
    const colon = this.lineText().indexOf(':');
    return colon > 0 && colon < s && speaksOfElsewhere(this.lineText(), colon);
  }

  /** Whether a product other than the client is named after the build's owners before it (owners are in line order). */
  private productAfter(owners: readonly Mention[], ownersBefore: number, ownerCount: number): boolean {
    for (let i = ownersBefore; i < ownerCount; i++) if (!isClientKind(owners[i]!.kind)) return true;
    return false;
  }

  /** What the line under way says of a package: pinned by a configuration, found by winget, its install failed (an installer's log), or none; read once per line. */
  private packageLine(): number {
    if (this.packageOf !== this.lineNo) {
      this.packageOf = this.lineNo;
      const line = this.lineText();
      this.packageSeen = ODT_PRODUCT.test(line) ? PACKAGE_PINNED : FOUND_PACKAGE.test(line) ? PACKAGE_FOUND : INSTALL_FAILED_LINE.test(line) ? PACKAGE_FAILED : 0;
    }
    return this.packageSeen;
  }

  /** Whether the line is a row of a client version rules table ("OC | 16.0.x | LT | BlockWithUrl" under "… | Operator | Action"), once per line. */
  private ruleTableRow(): boolean {
    if (this.ruleRowOf !== this.lineNo) {
      this.ruleRowOf = this.lineNo;
      this.ruleRowSeen = !this.carry.headings.empty && this.carry.headings.ruleTableAbove() && this.lineHas(RULE_ACTION);
    }
    return this.ruleRowSeen;
  }

  /** Whether the line under way is a client version policy rule's (RULE_LINE), its words looked for first; read once per line. */
  private ruleLine(): boolean {
    if (this.ruleLineOf !== this.lineNo) {
      this.ruleLineOf = this.lineNo;
      this.ruleLineSeen = RULE_LINE.test(this.input.slice(this.lineStart, this.lineEnd));
    }
    return this.ruleLineSeen;
  }

  /** Whether another Office app's build, with the same build number as `info`, stood up to APP_NOTE_REACH lines above. */
  private appBuildAbove(info: RunInfo): boolean {
    const carry = this.carry;
    if (carry.app === undefined || this.lineNo - carry.app.line > APP_NOTE_REACH) {
      // (A part scanned before what stands above it is known could have had one there.)
      if (carry.recordStartUnknown && !carry.appTouched && this.lineNo - carry.partFirstLine < APP_NOTE_REACH) carry.recordDepended = true;
      return false;
    }
    const above = carry.app.note.params.text ?? '';
    const parts = above.split('.');
    // "16.0.8431.2110" or "8431.2110" (an About's build): its build number.
    const build = parts.length >= 4 ? parts[2] : parts.length === 2 ? parts[0] : undefined;
    return build !== undefined && info.parts[2] === build && info.version.startsWith('16.0.');
  }

  /**
   * Whether a plan, a failed install or an uninstall is said right after an agent ending at `end` (its comment
   * included): read only where a word, a bracket, a dash or an arrow follows it, not a log's next field.
   */
  private notInstalledAfterAgent(end: number): boolean {
    const input = this.input;
    // The agent's own comment may say it ("OC/16.0.x (planned, not yet installed)").
    // (Only a comment of clauses, with a comma, is read: a client's or a device's names it, "(Mac OS X Version 10.14 …)".)
    const last = this.groupRunEnd[0]!;
    if (end - last > ROOM_COMMENT_LEAST) {
      const comment = input.slice(last, end);
      if (comment.includes(',') && PLANNED_LATER.test(comment)) return true;
    }
    let i = end;
    while (i < this.lineEnd && (input.charCodeAt(i) === 32 || input.charCodeAt(i) === 9)) i++;
    const c = input.charCodeAt(i);
    if (i >= this.lineEnd || !(isLetter(c) || c === 40 || c === 45 || c === 0x2014 || c === 0x2013 || c === 0x2192)) return false;
    // Another agent's token next ("UCWA/16.0.0.0 iPhoneLync/6.22.0.12 …") says nothing of this one.
    for (let j = i; j < this.lineEnd && j - i < 24; j++) {
      const d = input.charCodeAt(j);
      if (d === 47) return false;
      if (isBlank(d)) break;
    }
    const clause = input.slice(i, Math.min(this.lineEnd, i + PLANNED_REACH));
    return PLANNED_LATER.test(clause) || AGENT_UNINSTALLED.test(clause);
  }

  /**
   * Keeps, in place, the first `count` of `before` whose own cell holds a build after them (a quote of it); returns how
   * many are kept.
   */
  private keepCellQuotes(before: Mention[], count: number): number {
    const line = this.lineText();
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const m = before[i]!;
      for (let k = 0; k < this.candidateCount; k++) {
        const s = this.candidates[k]!.start - this.lineStart;
        if (s >= m.end && !CELL_BREAK.test(line.slice(m.end, s))) {
          before[kept++] = m;
          break;
        }
      }
    }
    return kept;
  }

  /** Whether the line under way starts with a plan's label ("Soll: Microsoft 365 Apps inkl. Skype for Business, Version 2408 (Build …)"). */
  private planLabelLine(): boolean {
    const first = this.firstNonBlank(this.lineStart, this.lineEnd);
    PLAN_LINE_LABEL.lastIndex = first;
    STATE_LINE_LABEL.lastIndex = first;
    return PLAN_LINE_LABEL.test(this.input) || STATE_LINE_LABEL.test(this.input);
  }

  /**
   * rowNotInstalled for an agent, read in the cells after it (its line's words are not read yet when its agents are;
   * a row's status cell stands after its agent).
   */
  private agentRowNotInstalled(from: number): boolean {
    // Cells of numbers and dates after it ("…;123;2024-05-13") hold no status: a letter is looked for first.
    let letter = false;
    for (let i = from; i < this.lineEnd; i++) {
      if (isAnyLetter(this.input.charCodeAt(i))) {
        letter = true;
        break;
      }
    }
    // (Within a row's reach: a line of a thousand agents would otherwise be read to its end once per agent.)
    return letter && ROW_NOT_INSTALLED.test(this.input.slice(from, Math.min(this.lineEnd, from + ROW_REACH)));
  }

  /** Whether the line under way holds a cell separator (",", ";", tab, "|"): found by indexOf from a place that only moves forward. */
  private rowHasSeparator(): boolean {
    if (this.rowSeparatorOf === this.lineNo) return this.rowSeparatorSeen;
    this.rowSeparatorOf = this.lineNo;
    const next = this.nextSeparator;
    for (let k = 0; k < 4; k++) {
      let at = next[k]!;
      if (at !== -1 && at < this.lineStart) next[k] = at = this.input.indexOf(ROW_SEPARATORS[k]!, this.lineStart);
      if (at !== -1 && at < this.lineEnd) return (this.rowSeparatorSeen = true);
    }
    return (this.rowSeparatorSeen = false);
  }

  /** Whether a plan is said after the build ending at line offset e, in its clause, before nextStart (PLANNED_LATER). */
  /**
   * Whether the cell at `at` stands under another product's column of the header above ("Computer / SfB version / Visio
   * version" over "PC-07 / 16.0.x / Not installed"): its state is that product's, not the build's before it.
   */
  private otherColumnAt(at: number): boolean {
    if (this.carry.headings.empty) return false;
    const column = this.carry.headings.ownerOf(this.input, this.lineStart, this.lineEnd, at);
    return column !== undefined && isNegativeKind(column.kind);
  }

  private plannedLater(e: number, nextStart: number): boolean {
    const line = this.lineText();
    const from = e + (PLANNED_OPENING.exec(line.slice(e, e + 48))?.[0].length ?? 0);
    let clause = line.slice(from, Math.min(nextStart, from + PLANNED_REACH));
    const cut = CLAUSE_BREAK.exec(clause);
    if (cut) clause = clause.slice(0, cut.index);
    // A restart awaited counts past a comma too ("… 16.0.x installato, in attesa di riavvio").
    return PLANNED_LATER.test(clause) || STATE_LATER.test(clause) || FAILED_FIRST.test(clause) || RESTART_LATER.test(line.slice(from, Math.min(nextStart, from + PLANNED_REACH)));
  }

  private pastBefore(p: Mention, previousEnd: number, s: number): boolean {
    if (p.end < previousEnd || s - p.end > PAST_BEFORE) return false;
    // An uninstall names what it took away right after it ("Removed SfB 16.0.x"): past a clause's end it is another
    // thing's ("Teams removed; Skype for Business 16.0.x remains", "Excel was uninstalled …, but Skype for Business …").
    if (UNINSTALL_BEFORE.test(p.text) && CLAUSE_BREAK.test(this.lineText().slice(p.end, s))) return false;
    // A past phrase speaks of its own sentence only ("Old laptop: 16.0.x (returned). New laptop: 16.0.y", "16.0.x is no longer
    // on any client here; everything is on 16.0.y now").
    if (SENTENCE_STOP.test(this.lineText().slice(p.end, s))) return false;
    if (ROLLED_BACK.test(p.text) && !ROLLED_BACK_GAP.test(this.lineText().slice(p.end, s))) return false;
    // So is a machine or a device retired in a sentence before one that says the client is there ("The old printer was
    // retired; SfB 16.0.x is fine"; not "HR-LAPTOP-04 was decommissioned; last inventory showed Skype for Business 16.0.x").
    if (RETIRED_BEFORE.test(p.text)) {
      const gap = this.lineText().slice(p.end, s);
      const stop = SENTENCE_STOP.exec(gap);
      if (stop !== null && STILL_THERE.test(this.lineText().slice(p.end + stop.index))) return false;
    }
    // "Раньше был Lync 2010, сейчас Skype для бизнеса 16.0.x": what is now, after the past.
    if (NOW_WORD.test(this.lineText().slice(p.end, s))) return false;
    return !(previousEnd > 0 && p.start - previousEnd <= PAST_AFTER_GAP && PAST_AFTER.test(p.text));
  }

  /**
   * A wildcard right after a run: "*", ".*", a "%" or ".%" that is not URL encoding ("%20", "%29"), as SQL's LIKE
   * writes them ('OC/16.0.%'), or a pattern's range of digits ('%OC/16.0.6[0-8]%').
   */
  private wildcardAfter(end: number): boolean {
    const input = this.input;
    let c = input.charCodeAt(end);
    if (c === 91 /* [ */) return isAsciiDigit(input.charCodeAt(end + 1)) && input.charCodeAt(end + 2) === 45 && isAsciiDigit(input.charCodeAt(end + 3)) && input.charCodeAt(end + 4) === 93;
    if (c === 46 && (input.charCodeAt(end + 1) === 42 || input.charCodeAt(end + 1) === 37)) c = input.charCodeAt(++end);
    // (A placeholder's letters: "OC/16.0.x", "UCCAPI/16.0.xxxx.yyyy" in docs and templates, red-team round 322.)
    if (c === 46 && PLACEHOLDER_PART.test(input.slice(end + 1, end + 12))) return true;
    return c === 42 || (c === 37 && !(isHexDigit(input.charCodeAt(end + 1)) && isHexDigit(input.charCodeAt(end + 2))));
  }

  /**
   * Whether a threshold phrase on the line may concern candidate k: one before it and after the build before it,
   * an "or later" after it in its clause with no build between, and any other one in the same clause. "Minimum
   * 16.0.6701.1000; our Skype for Business is 16.0.6741.2021" and "aktuell 16.0.6769.2015, Ziel 16.0.17928.20114"
   * each quote the other build; "Rollback candidate: … 16.0.x (if 16.0.y misbehaves)" may quote both.
   */
  private thresholdConcerns(k: number, after: readonly Mention[], afterCount: number, before: readonly Mention[], beforeTotal: number): boolean {
    const lineStart = this.lineStart;
    const c = this.candidates[k]!;
    const s = c.start - lineStart;
    const e = c.end - lineStart;
    const previousEnd = k > 0 ? this.candidates[k - 1]!.end - lineStart : 0;
    const nextStart = k + 1 < this.candidateCount ? this.candidates[k + 1]!.start - lineStart : Infinity;
    const line = this.lineText();
    // (Each of the line's phrases is weighed for each build; what is read between them is read once per build, so that a
    // long line of builds stays linear.)
    let takenBreak: boolean | undefined;
    // The phrases wholly before the build before this one, skipped at once when a clause ends between the two builds
    // (the line's phrases stand in order: where the last build's skip ended, this one's starts).
    if (this.concernLine !== lineStart || k === 0) {
      this.concernLine = lineStart;
      this.concernFrom = 0;
    }
    let first = 0;
    if (k > 0 && (takenBreak = CLAUSE_BREAK.test(line.slice(previousEnd, s)))) {
      while (this.concernFrom < beforeTotal && before[this.concernFrom]!.end < previousEnd) this.concernFrom++;
      first = this.concernFrom;
    }
    for (let i = first; i < beforeTotal; i++) {
      const b = before[i]!;
      // One taken by the build before this one (below) concerns it only within its clause: across a clause's end, none does.
      if (b.end < previousEnd && (takenBreak ??= CLAUSE_BREAK.test(line.slice(previousEnd, s)))) continue;
      // Past a clause's end after this build, no later phrase concerns it (the last test below), and the others only pass.
      if (b.start >= e && clauseBreakBetween(line, e, b.start)) break;
      if (b.end <= s && !quotesNext(line, b, s)) continue;
      // Not across a sentence's end: "Expected: it lands in Missed Conversations. Actual: … Client: Skype for Business 16.0.x".
      // Nor across a clause that says the build stayed ("Update failed, SfB still 16.0.x").
      // Nor past a comma to a part that says what is there now ("Roadmap aside, today the user runs Skype for Business 16.0.x").
      // Nor past a semicolon to a clause of the writer's own install ("16.0.6920.1000 or later is required for on-prem; my Skype for
      // Business is 16.0.x", red-team round 363).
      if (b.end <= s && b.end >= previousEnd) return !sentenceBreakAfter(line, b, s) && !STILL_CLAUSE.test(line.slice(b.end, s)) && !this.presentPastComma(line, b, s, e) && !this.presentBetween(line, b, s) && !ownClauseAfterSemicolon(line, b.end, s);
      // One taken by the build before this one, or one after this one (the next build's, or said of something else
      // across a clause's end: "…, it's pinned to 1602"), concerns it only within its clause.
      if (b.end <= s && !(takenBreak ??= CLAUSE_BREAK.test(line.slice(previousEnd, s)))) return true;
      // A word that quotes only the build right after it ("since Monday") says nothing of one before it.
      // A phrase between this build and the next quotes the next one: this one is what is compared with it
      // ("lync.exe 16.0.x >= 16.0.6920.1000", "Dateiversion 16.0.x ist kleiner als 16.0.6920.1000").
      // So do the comparisons after it ("16.0.x: au-dessus de 16.0.6701.1000 mais en dessous de 16.0.6920.1000").
      if (b.start >= e && COMPARISONS.has(b.text.toLowerCase().replace(/[-\s]+/g, ' ')) && this.buildRightAfter(k, b.end)) continue;
      // So does one that names the next build right after it, set apart from this one ("16.0.x (minimum 16.0.6920.1000)",
      // "16.0.x vs required 16.0.6920.1000", "16.0.x ✔ meets requirement (16.0.6920.1000 or later)", "16.0.x (latest is 16.0.y)").
      // (Past more threshold words before it: "16.0.x (Voraussetzung: mindestens 16.0.6920.1000)", "16.0.x – needs update to 16.0.y".)
      if (b.start >= e && b.end <= nextStart && QUOTES_RIGHT_AFTER.test(line.slice(chainEnd(line, before, i, beforeTotal, nextStart), nextStart)) && SET_APART.test(line.slice(e, b.start))) continue;
      // Nor a state whose subject is a message, not an install ("OC/16.0.x (Skype for Business) offline message queued").
      if (b.start >= e && messageStateAt(line, e, b.start)) continue;
      // Nor does a batch's label after it ("SfB 16.0.x  Teams 1.4.x  wave 1": the row's batch).
      if (b.start >= e && !NEXT_ONLY.has(b.text.toLowerCase()) && !BATCH_LABELS.has(b.text.toLowerCase())) return true;
    }
    for (let i = 0; i < afterCount; i++) {
      const a = after[i]!;
      const near = a.end <= s && s - a.end <= 3;
      const next = a.start >= e && a.start <= nextStart;
      if (!near && !next) continue;
      // Such a word as a label ("Pending: 16.0.y", "(queued: 16.0.y)") speaks of the build after it, not of the one before.
      const label = LABEL_OF_BUILD.test(line.slice(a.end, a.end + 6));
      if (label && near) return true;
      if (!label && next && !CLAUSE_BREAK.test(line.slice(e, a.start)) && !messageStateAt(line, e, a.start)) return true;
    }
    return false;
  }

  /** Where a file's name ends when the run at `end` goes on into one ("….20114.xml"), or -1. */
  private fileNameAfter(end: number, lineEnd: number): number {
    const input = this.input;
    // An installer's name goes on after an underscore before its extension ("SkypeForBusiness_16.0.x_x86_ru-ru.exe"),
    // or after a dash ("sfb-plugin-16.0.x-compat.zip", red-team round 304).
    if (input.charCodeAt(end) === 95 /* _ */ || (input.charCodeAt(end) === 45 /* - */ && isLetter(input.charCodeAt(end + 1)))) {
      let i = end + 1;
      while (i < lineEnd && i - end <= FILE_SUFFIX_REACH && (isLetter(input.charCodeAt(i)) || isAsciiDigit(input.charCodeAt(i)) || input.charCodeAt(i) === 95 || input.charCodeAt(i) === 45)) i++;
      if (input.charCodeAt(i) === 46) end = i;
      else return -1;
    }
    if (input.charCodeAt(end) !== 46 || !isLetter(input.charCodeAt(end + 1))) return -1;
    let i = end + 1;
    while (i < lineEnd && i - end <= 9 && isLetter(input.charCodeAt(i))) i++;
    if (i < lineEnd && (isLetter(input.charCodeAt(i)) || isAsciiDigit(input.charCodeAt(i)))) return -1;
    return FILE_EXTENSIONS.has(input.slice(end + 1, i).toLowerCase()) ? i : -1;
  }

  /**
   * Whether the run at `start` is the Version="…" of an Office Deployment Tool
   * `<Add …>` element: the build that configuration installs, a target, not
   * a client's.
   */
  private odtAddVersion(start: number): boolean {
    const input = this.input;
    const quote = input.charCodeAt(start - 1);
    if ((quote !== 34 && quote !== 39) || input.charCodeAt(start - 2) !== 61 /* = */) return false;
    const name = start - 2 - ODT_VERSION.length;
    if (name < this.lineStart || !isAsciiWordAt(input, name, start - 2, ODT_VERSION) || isLetter(input.charCodeAt(name - 1))) return false;
    // The element the attribute stands in: the nearest "<" before it, no ">" between (it may follow other elements on the line).
    let i = name - 1;
    while (i >= this.lineStart && input.charCodeAt(i) !== 60 && input.charCodeAt(i) !== 62) i--;
    return i >= this.lineStart && input.charCodeAt(i) === 60 /* < */ && isAsciiWordAt(input, i + 1, i + 4, 'add') && isBlank(input.charCodeAt(i + 4));
  }

  /** Start of the URL ("http://", "https://") whose text runs, without a blank, up to `start`, or -1 (read back at most URL_LOOKBACK characters). */
  private urlAround(start: number): number {
    const input = this.input;
    const stop = Math.max(this.lineStart, start - URL_LOOKBACK);
    for (let i = start - 1; i >= stop; i--) {
      const c = input.charCodeAt(i);
      if (isBlank(c) || c === 34 || c === 39 || c === 60 || c === 40) return -1;
      if (c === 58 && input.charCodeAt(i + 1) === 47 && input.charCodeAt(i + 2) === 47) {
        let s = i;
        while (s > stop && isLetter(input.charCodeAt(s - 1))) s--;
        return i - s >= 3 && i - s <= 5 && (input.charCodeAt(s) | 0x20) === 0x68 ? s : -1;
      }
    }
    return -1;
  }

  /** Whether more than LOG_DIGITS digits stand on the line before `at` (read from the line's start, up to the first that is too many). */
  private loggedBefore(at: number): boolean {
    const input = this.input;
    // Agents come in line order: the count goes on from where the last call on this line stopped (a megabyte line of
    // agents must not be read again from its start for each of them).
    if (this.loggedLine !== this.lineStart || at < this.loggedAt) {
      this.loggedLine = this.lineStart;
      this.loggedAt = this.lineStart;
      this.loggedDigits = 0;
      this.loggedAgent = 0;
    }
    let digits = this.loggedDigits;
    // (The digits of agents read before it on the line are no log's: "OC/16.0.6920.1000 or later, OC/16.0.6701.1000 or later".)
    let agent = this.loggedAgent;
    let i = this.loggedAt;
    for (; i < at && digits <= LOG_DIGITS; i++) {
      while (agent < this.agentCount && this.agentTo[agent]! <= i) agent++;
      if (agent < this.agentCount && this.agentFrom[agent]! <= i) {
        // (Not past `at`: the next call may start inside the agent that ends after it.)
        if (this.agentTo[agent]! > at) break;
        i = this.agentTo[agent]! - 1;
        continue;
      }
      if (isAsciiDigit(input.charCodeAt(i))) digits++;
    }
    this.loggedAt = Math.min(i, at);
    this.loggedDigits = digits;
    this.loggedAgent = agent;
    return digits > LOG_DIGITS;
  }

  /** Whether a threshold phrase stands within THRESHOLD_BEFORE characters before `from` or THRESHOLD_AFTER after `to`. */
  /** Whether the negation `n` stands right before the client named by `m` ("not SfB", "nicht Skype for Business", «а не Skype»), after a product it sets against it. */
  private deniedRightBefore(n: Mention, m: Mention): boolean {
    // ("… is from Outlook, not from Skype for Business", "aus Outlook, nicht aus Skype".)
    return m.start >= n.end && m.start - n.end <= 12 && DENIED_GAP.test(this.lineText().slice(n.end, m.start)) && DENIED_AGAINST.test(this.lineText().slice(Math.max(0, n.start - 40), n.start));
  }

  /** Whether a threshold phrase said after a build ("or newer", "and above") follows the agent ending at `to` right away. */
  private orLaterRightAfter(to: number): boolean {
    const input = this.input;
    const end = Math.min(this.lineEnd, to + THRESHOLD_AFTER_AGENT);
    // (Most agents' lines end or go on with a field: one look at the next character first.)
    const next = this.skipSeparators(to, end);
    if (next >= end || !isAnyLetter(input.charCodeAt(next))) return false;
    const m = mentionsIn(input, to, end)[0];
    return m !== undefined && m.kind === 'threshold-after' && to + m.start === next;
  }

  private thresholdPhraseAround(from: number, to: number): boolean {
    const input = this.input;
    for (const m of mentionsIn(input, Math.max(this.lineStart, from - THRESHOLD_BEFORE), from)) if (m.kind === 'threshold-before') return true;
    // After it, a threshold's words, or a minimum said of it ("OC/16.0.6920.1000 (Skype for Business) is the minimum UA …",
    // "… — минимальная версия", red-team round 274).
    const after = Math.min(this.lineEnd, to + THRESHOLD_AFTER_AGENT);
    for (const m of mentionsIn(input, to, after)) {
      if (m.kind === 'threshold-after' || (m.kind === 'threshold-before' && SAID_OF_IT.test(input.slice(to, to + m.start)))) return true;
    }
    return false;
  }

  /**
   * Whether the threshold in force candidates[k] stands beside another Windows client build after it on its line (an
   * expected value, then the discovered one), or beside the other of Microsoft's two thresholds.
   */
  private ruleValueBeside(k: number, candidates: readonly { info: RunInfo; start: number }[], count: number): boolean {
    const own = candidates[k]!.info;
    const headings = this.carry.headings;
    // (Only the builds near it: a row or a rule has a few; a line of thousands is read in linear time.)
    for (let j = Math.max(0, k - BESIDE_REACH), to = Math.min(count, k + BESIDE_REACH + 1); j < to; j++) {
      const other = candidates[j]!.info;
      if (other === own || other.family === undefined || !other.family.startsWith('win16')) continue;
      const bothThresholds = other.version === THRESHOLDS.online || other.version === THRESHOLDS.onprem;
      // (Also after it on a compliance row: "WKS-2202  j.kral  16.0.6741.2048  16.0.6920.1000  Non-compliant", red-team round 336.)
      if (!bothThresholds && j < k && !this.lineHas(COMPLIANCE_STATE)) continue;
      // A header that says which is installed: "Installiert  Ziel", winget's "Version  Available" (the later one a plan's).
      if (headings.empty) return true;
      const { input, lineStart, lineEnd } = this;
      return !headings.installedColumn(input, lineStart, lineEnd, candidates[k]!.start) && !(j > k && headings.planAbove(input, lineStart, lineEnd, candidates[j]!.start, this.rowHasSeparator()));
    }
    return false;
  }

  private isThresholdInForce(info: RunInfo): boolean {
    if (info.inForce < 0) info.inForce = this.versionInForce(info.version) ? 1 : 0;
    return info.inForce === 1;
  }

  /** Whether `version` is Microsoft's threshold or the organisation's minimum, for either location. */
  private versionInForce(v: string): boolean {
    return v === THRESHOLDS.online || v === THRESHOLDS.onprem || v === this.thresholds.online || v === this.thresholds.onprem;
  }

  /**
   * An operand of a comparison: right before the run (past blanks, quotes and a "[version]" cast) stands a
   * comparison operator ("VersionToReport -ge 16.0.16731.20000", "Version >= '16.0.x'"), not an "->" or "=>".
   */
  private comparedBefore(start: number): boolean {
    const input = this.input;
    const lineStart = this.lineStart;
    const stop = Math.max(lineStart, start - 24);
    let i = start - 1;
    while (i >= stop && (isBlank(input.charCodeAt(i)) || input.charCodeAt(i) === 39 || input.charCodeAt(i) === 34)) i--;
    if (i >= stop + 8 && input.charCodeAt(i) === 93 /* ] */ && input.slice(i - 8, i + 1).toLowerCase() === '[version]') i -= 9;
    while (i >= stop && isBlank(input.charCodeAt(i))) i--;
    if (i < stop) return false;
    // Characters before the line's start are another line's: read as none (-1).
    const c = input.charCodeAt(i);
    const b = i - 1 >= lineStart ? input.charCodeAt(i - 1) : -1;
    if (c === 61 /* = */) return b === 60 || b === 62 || b === 61 || b === 33; // <= >= == !=
    if (c === 60 || c === 62) {
      // (Not a breadcrumb's last step: "Top Failures Report > Registration > … > UCCAPI/… OC/…", red-team round 322.)
      if (c === 62 && isBlank(b) && input.slice(Math.max(lineStart, i - BREADCRUMB_REACH), i - 1).includes(' > ')) return false;
      // "(> 16.0.6920.1000)", "<>", "=>" (not "16.0.x => 16.0.y", a change); a report's bucket opening its cell ("< 16.0.6920.1000;57",
      // ">16.0.6701.1000;301", "> 16.0.6920.1000;412": not "> 16.0.x" alone opening a line, a mail's quote).
      if (isBlank(b) || b === 40 || (c === 62 && b === 60) || (c === 62 && b === 61 && !this.buildEndsBefore(i - 1))) return true;
      // (So an Excel criterion, its operator inside the quotes: =COUNTIF(D:D;"<16.0.6920.1000"); not XML's `">` before a value.)
      // (And code's "…)<\"16.0.6920.1000\"": a quoted operand right after "<", which no markup writes.)
      return b === 59 || b === 44 || b === 124 || (b === 34 && c === 60) || (c === 60 && (input.charCodeAt(i + 1) === 34 || input.charCodeAt(i + 1) === 39)) || (b === -1 && (c === 60 || i === start - 1 || this.rowHasSeparator()));
    }
    // PowerShell: -lt -le -gt -ge -eq -ne (the letters, then "-", then a blank, "(" or the line's start before it).
    if (!isLetter(c) || !isLetter(b) || i - 2 < lineStart || input.charCodeAt(i - 2) !== 45) return false;
    const op = input.slice(i - 1, i + 1).toLowerCase();
    if (op !== 'lt' && op !== 'le' && op !== 'gt' && op !== 'ge' && op !== 'eq' && op !== 'ne') return false;
    return i - 3 < lineStart || isBlank(input.charCodeAt(i - 3)) || input.charCodeAt(i - 3) === 40;
  }

  /** Whether a quote or a blank stands right before input[at]: where a comparison's operand may start (a log's fields do not). */
  private quotedOrSpacedBefore(at: number): boolean {
    const c = this.input.charCodeAt(at - 1);
    return c === 39 || c === 34 || isBlank(c);
  }

  /**
   * Whether a query's filter stands right before an agent at `at`, its quote between: SQL's `WHERE x = '…'`, `<> '…'`, `IN ('…',
   * '…')`, `LIKE`, PowerShell's `-like`/`-match`/`-contains`, KQL's `has "…"`: the agent is what is looked for.
   */
  private queriedBefore(at: number): boolean {
    const quote = this.input.charCodeAt(at - 1);
    if (quote !== 39 && quote !== 34) return false;
    const from = Math.max(this.lineStart, at - QUERY_REACH);
    const before = this.input.slice(from, at);
    if (QUERY_BEFORE.test(before)) return true;
    // A script's variable that holds a sample to test with ("$testUA = '…'", "$ua = '…'  # sample for the regex"); not
    // one that holds what was captured ("$ua = '…'  # captured from alice's session").
    const assigned = ASSIGNED_BEFORE.exec(before);
    return assigned !== null && (SAMPLE_WORD.test(assigned[1]!) || SAMPLE_WORD.test(this.input.slice(at, this.lineEnd).replace(/^[^'"]*['"]/, '')));
  }

  /** A comparison's operand (comparedBefore), or a threshold in force compared with in code: "[version]$v -lt [version]'16.0.6920.1000'". */
  private comparedThreshold(info: RunInfo, start: number): boolean {
    if (this.comparedBefore(start)) return true;
    if (!this.isThresholdInForce(info)) return false;
    const line = this.lineText();
    const s = start - this.lineStart;
    const near = line.slice(Math.max(0, s - COMPARISON_LOOKBACK), s + COMPARISON_LOOKBACK);
    // A threshold with the mailbox location it is for, in brackets after it: "16.0.6701.1000 (EXO)", "(on-premises)".
    return COMPARISON.test(near) || RULE_WORDS.test(near) || LOCATION_AFTER.test(line.slice(s + info.text.length, s + info.text.length + 24));
  }

  /**
   * The program file named last before line offset `s` ("wwlib.dll", "UcMapi.exe"), as another product; a client's
   * file ("lync.exe") names the client among the line's mentions before this is asked.
   */
  private fileBefore(s: number): Mention | undefined {
    // Only the characters just before the run are read (a line of many builds costs each of them the same), and
    // by hand: this is asked for most bare builds.
    const input = this.input;
    const lineStart = this.lineStart;
    const stop = lineStart + Math.max(0, s - FILE_LOOKBACK);
    for (let dot = lineStart + s - 4; dot >= stop; dot--) {
      if (input.charCodeAt(dot) !== 46 || !isProgramExtension(input, dot + 1) || isLetter(input.charCodeAt(dot + 4)) || isAsciiDigit(input.charCodeAt(dot + 4))) continue;
      let name = dot;
      while (name > stop && name > dot - 64 && isFileNameChar(input.charCodeAt(name - 1))) name--;
      if (name === dot) continue;
      return { kind: 'other', start: name - lineStart, end: dot + 4 - lineStart, text: input.slice(name, dot + 4) };
    }
    return undefined;
  }

  /** "16.0.6920.1000+": a "+" right after the run that joins nothing to it (IIS writes a space as "+" before a word or "("). */
  /**
   * Whether a comparison with a word follows the build ending at `end`: "16.0.6920.1000 <= version", "16.0.x ≤ build" (the
   * rule's bound written first). A build after the sign is a comparison of two builds (COMPARISONS), not this.
   */
  private comparedAfter(end: number, lineEnd: number): boolean {
    const input = this.input;
    let i = end;
    while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
    const c = input.charCodeAt(i);
    if (!(c === 60 || c === 62 || c === 0x2264 || c === 0x2265 || c === 0x2266 || c === 0x2267)) return false;
    // (Not a breadcrumb's next step: "Discovered apps > Skype for Business 2016 > Version 16.0.x > Devices", red-team round 306.)
    if (c === 62 && input.lastIndexOf(' > ', end) >= this.lineStart) return false;
    i++;
    if (input.charCodeAt(i) === 61) i++;
    if (i === end + 1 || !isBlank(input.charCodeAt(i))) return false;
    while (i < lineEnd && isBlank(input.charCodeAt(i))) i++;
    return i < lineEnd && isLetter(input.charCodeAt(i));
  }

  /** Whether a script's assignment or version literal stands right before the build at `at` (CODE_VALUE), looked at only after "=", "(", "]" or a quote. */
  private codeValueBefore(at: number): boolean {
    const input = this.input;
    let i = at - 1;
    if (i >= this.lineStart && (input.charCodeAt(i) === 39 || input.charCodeAt(i) === 34)) i--;
    while (i >= this.lineStart && input.charCodeAt(i) === 32) i--;
    const c = input.charCodeAt(i);
    if (i < this.lineStart || !(c === 61 || c === 40 || c === 93 || c === 91 || c === 123)) return false;
    return CODE_VALUE.test(input.slice(Math.max(this.lineStart, at - 48), at));
  }

  /** Whether a digit (a build's end) stands before input[at], blanks between, on the line. */
  private buildEndsBefore(at: number): boolean {
    let i = at - 1;
    while (i >= this.lineStart && isBlank(this.input.charCodeAt(i))) i--;
    return i >= this.lineStart && isAsciiDigit(this.input.charCodeAt(i));
  }

  /**
   * Whether a pattern's wildcard part follows the build ending at `end`: "16.0.7070.*", "16.0.6920.%" (SQL's and WQL's
   * LIKE), "16.0.6919.x", "16.0.6919.xxxx", or x's right after its last digits ("16.0.8201.2xxx").
   */
  private patternAfter(end: number, lineEnd: number): boolean {
    const input = this.input;
    const dot = input.charCodeAt(end) === 46 /* . */;
    const from = dot ? end + 1 : end;
    if (dot && (input.charCodeAt(from) === 42 /* * */ || input.charCodeAt(from) === 37) /* % */) return true;
    let i = from;
    while (i < lineEnd && (input.charCodeAt(i) | 0x20) === 0x78 /* x */) i++;
    return i > from && !(i < lineEnd && (isLetter(input.charCodeAt(i)) || isAsciiDigit(input.charCodeAt(i))));
  }

  /**
   * Whether the line speaks of offline IM or of someone's install now, so that a bare build in it is the client's: not
   * of a fix or a release, not hedged, no release date after the build ending at `end`.
   */
  private speaksOfInstallNow(start: number, end: number): boolean {
    // The line's words are read once per line: a long line of many builds costs its length once, not once per build.
    if (this.installNowOf !== this.lineNo) {
      const line = this.lineText();
      this.installNowOf = this.lineNo;
      this.installNowTopic = OFFLINE_IM_TOPIC.test(line);
      this.installNowSaid = (this.installNowTopic || PRESENT_INSTALL.test(line) || PRESENT_NAMED.test(line)) && !FIX_TALK.test(line) && !HEDGE.test(line) && !ASKS_WHETHER.test(line) && !NOT_DEPLOYED_YET.test(line);
    }
    if (!this.installNowSaid || releaseDateAfter(this.input, end, this.lineEnd)) return false;
    // "у неё 16.0.x?", "she has 16.0.x?": asked, not said (red-team round 370).
    if (QUESTION_RIGHT_AFTER.test(this.input.slice(end, Math.min(this.lineEnd, end + 3)))) return false;
    // (Read on the line as the line-wide test read it, invisible marks made blanks: «Сборка клиента:\u200b 16.0.x».)
    const line = this.lineText();
    const part = partAround(line, 0, line.length, start - this.lineStart, end - this.lineStart);
    // "If a user is still on 16.0.x after Monday, escalate": a condition, not a state (red-team round 372).
    if (CONDITION_FIRST.test(part)) return false;
    // «Клиент уже 16.0.y (обновили вчера с 16.0.x)», "(updated yesterday from 16.0.x)": the build left, not the one now (red-team round 376).
    if (UPDATED_FROM_BEFORE.test(this.input.slice(Math.max(this.lineStart, start - UPDATED_FROM_REACH), start))) return false;
    if (this.installNowTopic) return true;
    // Whose install it is, said in the build's own part of the line: "user on 16.0.x; test VM has 16.0.y" says nothing
    // of 16.0.y (red-team round 370).
    return PRESENT_INSTALL.test(part) || PRESENT_NAMED.test(part);
  }

  /** Whether a path's token ends at `end`: the line's end, a blank, a quote or a path's closing bracket. */
  private pathEndsAt(end: number, lineEnd: number): boolean {
    if (end >= lineEnd) return true;
    const c = this.input.charCodeAt(end);
    return isBlank(c) || c === 34 || c === 39 || c === 41 || c === 59 || c === 44;
  }

  /** Whether a query's comparison stands right before the build, quoted: OData's "version ge '16.0.x'", "Version -ge '16.0.x'". */
  private queryComparedBefore(start: number): boolean {
    const quote = this.input.charCodeAt(start - 1);
    if (quote !== 39 && quote !== 34) return false;
    return QUERY_COMPARISON_BEFORE.test(this.input.slice(Math.max(this.lineStart, start - 8), start - 1));
  }

  /**
   * Whether the builds at line offsets [s, e) and [nextStart, nextEnd) are a range's ends: a dash, a tilde or ".." between
   * them ("16.0.6701.1000–16.0.6919.9999"), or an interval's brackets around them ("[16.0.x, 16.0.y)").
   */
  private rangeTo(s: number, e: number, nextStart: number, nextEnd: number): boolean {
    const line = this.lineText();
    const gap = line.slice(e, nextStart);
    if (RANGE_GAP.test(gap)) return true;
    if (!INTERVAL_GAP.test(gap)) return false;
    let before = s - 1;
    while (before >= 0 && isBlank(line.charCodeAt(before))) before--;
    let after = nextEnd;
    while (after < line.length && isBlank(line.charCodeAt(after))) after++;
    return line.charCodeAt(before) === 91 /* [ */ && (line.charCodeAt(after) === 41 || line.charCodeAt(after) === 93);
  }

  private plusAfter(end: number, lineEnd: number): boolean {
    if (this.input.charCodeAt(end) !== 43) return false;
    const c = end + 1 < lineEnd ? this.input.charCodeAt(end + 1) : 32;
    return !(isLetter(c) || isAsciiDigit(c) || c === 40 || c === 37);
  }

  /** A Format-List or reg query line: a key of a few characters, then ":" or "REG_" (found by indexOf first, then read by hand: record-line.ts). */
  private isRecordLine(lineStart: number, lineEnd: number): boolean {
    const input = this.input;
    const stop = Math.min(lineEnd, lineStart + 72);
    if (this.nextColon !== -1 && this.nextColon < lineStart) this.nextColon = input.indexOf(':', lineStart);
    if (!(this.nextColon !== -1 && this.nextColon < stop)) {
      // "REG_" only where no ":" marks the line (most records and logs have one); an XML element has neither.
      if (this.nextReg !== -1 && this.nextReg < lineStart) this.nextReg = input.indexOf('REG_', lineStart);
      if (this.nextReg === -1 || this.nextReg >= stop) {
        // Without either: an XML element ("<…"), a registry export's value ('"Name"="value"'), a MOF property ("…;").
        let first = lineStart;
        while (first < stop && isBlank(input.charCodeAt(first))) first++;
        const c = input.charCodeAt(first);
        if (c !== 60 /* < */ && c !== 34 /* " */ && lastNonBlank(input, first, lineEnd) !== 59 /* ; */) return false;
      }
    }
    return isRecordLine(input, lineStart, lineEnd);
  }

  /** Whether a server switch's name stands on the line (found by one search, moving forward only). */
  private holdsSwitch(lineStart: number, lineEnd: number): boolean {
    // nextSwitch is where the next name ends (test() leaves it in lastIndex, no match object made); a name holds no line break.
    if (this.nextSwitch !== -1 && this.nextSwitch <= lineStart) {
      SWITCH_NAME.lastIndex = lineStart;
      this.nextSwitch = SWITCH_NAME.test(this.input) ? SWITCH_NAME.lastIndex : -1;
    }
    return this.nextSwitch !== -1 && this.nextSwitch <= lineEnd;
  }

  /** Whether the line holds an "@" or a "\\" near enough to its start for findUserIn to look at (found by indexOf, moving forward only). */
  private namesUser(lineStart: number, lineEnd: number): boolean {
    const input = this.input;
    const stop = Math.min(lineEnd, lineStart + USER_SCAN_LIMIT);
    if (this.nextAt !== -1 && this.nextAt < lineStart) this.nextAt = input.indexOf('@', lineStart);
    if (this.nextBackslash !== -1 && this.nextBackslash < lineStart) this.nextBackslash = input.indexOf('\\', lineStart);
    return (this.nextAt !== -1 && this.nextAt < stop) || (this.nextBackslash !== -1 && this.nextBackslash < stop);
  }

  /**
   * The server a client's name belongs to when a server role stands just
   * before it, in the same cell ("сервер переднего плана Skype для бизнеса",
   * "Pool frontal Skype Entreprise"): at most one word between, no cell
   * break. Offsets are the line's, as mentions give them.
   */
  private serverNamed(role: Mention, client: Mention): Mention | undefined {
    if (role.kind !== 'other' || client.start - role.end > ROLE_GAP || !isServerRole(role.text)) return undefined;
    const gap = this.input.slice(this.lineStart + role.end, this.lineStart + client.start);
    if (/[,;|\t=:]/.test(gap) || gap.trim().split(/\s+/).filter(Boolean).length > ROLE_GAP_WORDS) return undefined;
    return { kind: 'other', start: role.start, end: client.end, text: spacedLine(this.input.slice(this.lineStart + role.start, this.lineStart + client.end)) };
  }

  /** Whether a finding of the line under decision (the last `found`) gave `version`. */
  private lineFound(version: string): boolean {
    return this.agentOnLineHas(version, this.found);
  }

  /** Whether one of the line's agents (the last `agents` findings, and every part of each) gave `version`. */
  private agentOnLineHas(version: string, agents: number): boolean {
    const findings = this.findings;
    for (let i = findings.length - agents; i < findings.length; i++) if (findings[i]!.version === version) return true;
    for (let k = 0; k < this.agentRunCount; k++) if (this.agentRuns[k]!.version === version) return true;
    return false;
  }

  /**
   * The record says the client is not installed (ExcludedApps lists it, the product has none) after one of its client
   * registry values gave a build ("ClientVersionToReport" sorts before "O365ProPlusRetail.ExcludedApps"): that build
   * is the suite's, as if the record had said so first. Judged again in place, counts kept.
   */
  private clientLeftOut(): void {
    this.carry.record.leftOut = true;
    const at = this.recordRegistryFinding;
    this.recordRegistryFinding = -1;
    this.judgeAsSuite(at, this.recordRegistryInfo);
  }

  /**
   * A table's row of the same owner right after a client registry value's row leaves the client out (Lansweeper, PDQ:
   * one row per registry value): that build is the suite's, as in a record. Asked on a row that gave no build.
   */
  private rowLeavesClientOut(lineStart: number, lineEnd: number): void {
    if (this.lineNo - this.rowRegistryLine > ROW_EXCLUSION_REACH) {
      this.rowRegistryFinding = -1;
      return;
    }
    // Read on the line alone: at most ROW_EXCLUSION_REACH lines after each such row.
    const end = Math.min(lineEnd, lineStart + ROW_EXCLUSION_LIMIT);
    // An app's own list ("VisioProRetail.ExcludedApps", "SkypeforBusinessEntryRetail.ExcludedApps") leaves nothing of the suite out;
    // a product without a client ("ProductReleaseIds HomeBusiness2019Retail") does.
    const line = this.input.slice(lineStart, end);
    if (!(this.lineExcludesClient(lineStart, end) && !APP_OWN_EXCLUSION.test(line)) && !NO_CLIENT_PRODUCT_ID.test(line)) return;
    const f = this.findings[this.rowRegistryFinding];
    if (f === undefined || !sameRowOwner(this.keyOfFinding(f), this.rowKeyOfLine())) return;
    this.judgeAsSuite(this.rowRegistryFinding, this.rowRegistryInfo);
    this.rowRegistryFinding = -1;
  }

  /** Judges the finding at `at` again as the suite's build (of `info`), in place, counts kept. */
  private judgeAsSuite(at: number, info: RunInfo | undefined): void {
    if (info !== undefined) this.judgeAgain(at, info, 'suite');
  }

  /**
   * Whether the sticky `key` matches the input at `at`: a title written as a key ("Subject:", «Тема:», TITLE_KEY) or a
   * note's ("Note:", «Примечание:», NOTE_KEY), a remark rather than a record's field.
   */
  private keyAt(key: RegExp, at: number): boolean {
    key.lastIndex = at;
    return key.test(this.input);
  }

  /** Judges the finding at `at` (of `info`) again with weaker evidence, in place, counts kept. */
  private judgeAgain(at: number, info: RunInfo, evidence: Evidence): void {
    const f = this.findings[at];
    if (f !== undefined) this.judgeFindingAgain(f, info, evidence);
  }

  private judgeFindingAgain(f: Finding, info: RunInfo, evidence: Evidence): void {
    const entry = this.judgedEntry(info, f.family, '', evidence);
    const counts = this.counts;
    const online = verdictIndex(f.verdicts.online);
    const onprem = COUNTED.length + verdictIndex(f.verdicts.onprem);
    counts[online] = counts[online]! - 1;
    counts[onprem] = counts[onprem]! - 1;
    counts[entry.onlineIndex] = counts[entry.onlineIndex]! + 1;
    counts[entry.onpremIndex] = counts[entry.onpremIndex]! + 1;
    f.verdicts = entry.judgement.verdicts;
    f.clientVerdicts = entry.judgement.verdicts;
    f.reasons = entry.judgement.reasons;
  }

  /** Keeps what a Format-List or reg query record names, for the record's later lines. */
  private followRecord(lineStart: number, lineEnd: number, mentions: readonly Mention[] | undefined): void {
    const carry = this.carry;
    // A client version policy's rule ("RuleId : …", "CompareOp : GEQ", "Identity : Global/<guid>"): its builds are the rule's.
    // So are a software package's ("Package Name : Skype for Business 2016 C2R" / "Version : 16.0.x"): a package, not an install.
    if (!carry.record.rule) {
      RULE_RECORD_KEY.lastIndex = this.firstNonBlank(lineStart, lineEnd);
      if (RULE_RECORD_KEY.test(this.input)) carry.record.rule = true;
    }
    // "InstallState : NotInstalled", "ResolvedState : Failed", "installed: false": the record's install is not there, as if
    // it had left the client out (a VersionToReport it gave before is judged again; a version after it is the suite's, unknown).
    RECORD_NOT_INSTALLED.lastIndex = this.firstNonBlank(lineStart, lineEnd);
    if (!carry.record.leftOut && RECORD_NOT_INSTALLED.test(this.input) && this.onlyBlanksAfter(RECORD_NOT_INSTALLED.lastIndex, lineEnd)) this.clientLeftOut();
    // "O365ProPlusRetail.ExcludedApps  REG_SZ  groove,lync": the apps a line excludes are not installed.
    // Read only when the line names a client: most record lines name none.
    let excludes: boolean | undefined;
    let apps = false;
    for (const m of mentions ?? mentionsIn(this.input, lineStart, lineEnd)) {
      // A web client's record ("DisplayName : Skype for Business Web App Plug-in"): its version is no Windows client's.
      if (m.kind === 'other' || m.kind === 'app' || m.kind === 'web' || (m.kind === 'windows' && !carry.record.client)) {
        carry.record.other ??= m;
        // "ProductReleaseIds : HomeBusiness2019Retail": a suite that has no Skype for Business client.
        if (m.kind === 'other' && NO_CLIENT_PRODUCT.test(m.text)) this.clientLeftOut();
        if (m.kind === 'app') apps = true;
      }
      else if (isClientKind(m.kind)) {
        // The key leaves it out ("…ExcludedApps : lync"), or the line says so («Конфигурация ODT: исключён Скайп для бизнеса»).
        excludes ??= EXCLUDED_KEY.test(this.input.slice(lineStart, Math.min(lineEnd, lineStart + 80))) || this.lineExcludesClient(lineStart, lineEnd);
        // "SkypeforBusinessEntryRetail.ExcludedApps : groove,onedrive": the client's own product, whose apps are left out.
        if (excludes && m.start === this.firstNonBlank(lineStart, lineEnd) - lineStart) {
          carry.record.client = true;
          continue;
        }
        // A crash report's module ("P4: UccApi.dll", then "P5: 16.0.x"): the values after it are that library's.
        if (dllAt(this.input, lineStart + m.end, lineEnd)) carry.record.other = { kind: 'other', start: m.start, end: m.end + 4, text: `${m.text}.dll` };
        else if (excludes) {
          carry.record.other ??= m;
          this.clientLeftOut();
        } else carry.record.client = true;
      }
      // (Not a folder's name in a path: "InstallationPath : C:\\Program Files\\Microsoft Office", red-team round 364.)
      else if (m.kind === 'suite' && !isPathSeparator(this.input.charCodeAt(lineStart + m.start - 1))) carry.record.suite = true;
    }
    // "ProductReleaseIds : VisioProRetail": other Office apps and neither the client nor the suite that holds it, as if
    // the record had named them before its VersionToReport.
    if (apps && !carry.record.client && !carry.record.suite) {
      // The record above a part not yet known may have named the client or the suite.
      if (carry.recordStartUnknown && !carry.recordReset) carry.recordDepended = true;
      this.clientLeftOut();
    }
    // "Name : Contoso Line-of-Business App": a record that names a product we know nothing of describes that
    // product, and the version it gives is that product's, not a client's.
    const record = carry.record;
    if (!record.client && !record.suite && record.other === undefined) {
      const valueAt = productNameValueAt(this.input, lineStart, lineEnd);
      if (valueAt >= 0) {
        const value = this.input.slice(valueAt, Math.min(lineEnd, valueAt + 80)).trim();
        if (/\p{L}/u.test(value)) record.other = { kind: 'other', start: valueAt - lineStart, end: valueAt - lineStart + value.length, text: value };
      }
    }
  }

  private finishLine(lineEnd: number, hadRun: boolean): void {
    if (this.groupSize > 0) this.flushGroup();
    const lineStart = this.lineStart;
    const recordLine = this.isRecordLine(lineStart, lineEnd);
    // A record line with a number, in a part whose record above is unknown and not yet ended: its answer may depend on it.
    if (recordLine && this.carry.recordStartUnknown && !this.carry.recordReset && (this.candidateCount > 0 || this.noteStart >= 0)) this.carry.recordDepended = true;
    let mentions: Mention[] | undefined;
    if (this.candidateCount > 0) {
      const agents = this.found;
      mentions = this.decideLine(lineEnd, recordLine);
      // Findings in the order they stand on the line.
      if (agents > 0 && this.found > agents) {
        // (Counted from the end: deciding the line may have taken back a suite's finding of a line above.)
        const tail = this.findings.splice(this.findings.length - this.found).sort((a, b) => a.start - b.start);
        this.findings.push(...tail);
      }
    } else if (this.found > 0) {
      // A line of agents only, never decided: the weighing below reads this line's text, not the last decided line's.
      this.beginLineText(lineEnd);
    }
    const input = this.input;
    this.userSearched = false;
    let first = lineStart;
    while (first < lineEnd && isBlank(input.charCodeAt(first))) first++;
    // A grid's cell below a build alone on its line, in the same row: its column's label (a state's column may follow).
    const vertical = this.carry.vertical;
    const rowHere = first < lineEnd && (this.found > 0 || this.statusTargetRow >= 0) ? vertical.row() : -1;
    // (In a grid or a form, "Available" alone may be a label: there it is read by its column's label only.)
    const inGrid = first < lineEnd && vertical.inGrid();
    const cellBelow = this.found === 0 && first < lineEnd && (this.statusTargetLine === this.lineNo - 1 || (this.statusTargetRow >= 0 && rowHere === this.statusTargetRow)) ? vertical.column() : undefined;
    vertical.line(input, first, lineEnd);
    if (first === lineEnd) {
      this.statusTargetRow = -1;
      this.carry.headings.blank();
      this.endBlock();
    } else {
      // A key without its value ("Outlook build:", "Skype for Business version :") labels the line below: a heading.
      // So does a message's or a document's title written as a key ("Subject: Office Online Server update", «Тема: …»).
      // (A chat's message whose only dotted numbers are its header's date is a heading too: "[18.06.2024 11:30] Anna: required version:".)
      if ((!hadRun || (this.found === 0 && this.onlyHeaderRuns(first, lineEnd))) && (!recordLine || endsWithColon(input, first, lineEnd) || this.keyAt(TITLE_KEY, first))) {
        this.carry.headings.add(input, lineStart, lineEnd);
        // A heading between another app's About build and a build below it: the build below is no longer that app's.
        if (this.carry.app !== undefined) this.carry.app = undefined;
        this.carry.appTouched = true;
      }
      // "Computer: PC-02" over a machine's programs: the rows below are another owner's.
      if (OWNER_LINE_FIRST.has(input.charCodeAt(first) | 0x20)) {
        OWNER_LINE.lastIndex = first;
        if (OWNER_LINE.test(input)) this.endBlock();
      }
    }
    if (this.proseAgentCount > 0) this.readProseAgents(mentions ??= mentionsIn(this.input, lineStart, lineEnd));
    if (this.lineConfirmedCount >= 2) this.leaveAllButCurrent();
    this.weighAgainstLinesAbove(lineStart, lineEnd);
    this.lineConfirmedCount = 0;
    this.lineProseVersion = undefined;
    // A note may be written as a record line ("Note: Skype for Business is not installed …"), after a blank line too.
    if (this.rowRegistryFinding >= 0 && this.found === 0 && (!recordLine || this.keyAt(NOTE_KEY, lineStart))) this.rowLeavesClientOut(lineStart, lineEnd);
    if (recordLine) this.followRecord(lineStart, lineEnd, mentions);
    else {
      // A blank line, or any line that is not "Key : value", ends a Format-List or reg query record.
      // Cleared in place: every line that is no record line passes here.
      const record = this.carry.record;
      record.other = undefined;
      record.client = false;
      record.suite = false;
      record.leftOut = false;
      record.rule = false;
      record.found = undefined;
      this.carry.recordReset = true;
      // A note under the record may still leave the client out ("(… Скайп для бизнеса не устанавливался)").
      if (this.recordRegistryFinding >= 0) {
        this.rowRegistryFinding = this.recordRegistryFinding;
        this.rowRegistryInfo = this.recordRegistryInfo;
        this.rowRegistryLine = this.lineNo - 1;
        this.recordRegistryFinding = -1;
      }
    }
    if (this.found > 0) {
      // A typo owned up to ("sorry, 16.0.x, mixed up digits", "*16.0.x"): the line above's build was never the client's.
      if (this.statusTargetLine === this.lineNo - 1 && this.statusTargetWritten && isCorrectionBelow(input, first, lineEnd)) this.takeBackStatusTarget(lineStart, 'ignored_corrected');
      // A dated history's next entry updates the same client of the same machine ("2016-05-10 Skype for Business 2016
      // installed (16.0.x)" / "2016-06-14 Skype for Business 2016 updated to 16.0.y"): the build above is left.
      else if (this.statusTargetLine === this.lineNo - 1 && this.statusTargetWritten && this.updatedBelow(first, lineEnd)) this.takeBackStatusTarget(lineStart, 'ignored_replaced');
      this.markStatusTarget();
      if (this.statusTargetLine === this.lineNo && this.found === 1 && this.onlyOnLine(this.findings[this.findings.length - 1]!.start - this.base, this.findings[this.findings.length - 1]!.end - this.base, lineEnd)) this.statusTargetRow = rowHere;
    } else if (this.statusTargetLine >= 0 && this.statusTargetLine < this.lineNo - 1 && cellBelow !== undefined && first < lineEnd) {
      // Further down the build's row: a state's cell there ("Product / Version / Target / Status" … "Uninstalled").
      if (cellSaysGone(cellBelow, input.slice(first, lineEnd))) this.takeBackStatusTarget(lineStart, 'ignored_not_installed');
    } else if (this.statusTargetLine === this.lineNo - 1 && first < lineEnd) {
      // So does a grid's state cell below a build alone on its line: under a state's label, or a short state alone ("Uninstalled").
      if (isStatusBelow(input, first, lineEnd, this.statusTargetProse) || (cellBelow === undefined ? this.aboveIsBuildAlone() && isStateAlone(input.slice(first, lineEnd), inGrid) : cellSaysGone(cellBelow, input.slice(first, lineEnd)))) this.takeBackStatusTarget(lineStart, 'ignored_not_installed');
      // A history's next line takes the client away ("2016-06-01 Skype for Business (16.0.x) installed" / "2016-06-30 …
      // Skype for Business uninstalled from all pilot PCs"): the build above is gone now.
      else if (this.goneBelow(lineStart, lineEnd)) this.takeBackStatusTarget(lineStart, 'ignored_not_installed');
      // A threshold wrapped onto this line ("… 16.0.6920.1000" / "or later"): the build above is the rule's.
      else if (isThresholdBelow(input, first, lineEnd, this.lineAboveStart, this.lineAboveEnd, this.statusTargetInForce())) this.takeBackStatusTarget(lineStart, 'ignored_threshold');
      // A release note under it ("Version 1708 (Build 8431.2079)" / "- Fixed an issue where …"): an update history's release.
      else if (isReleaseNoteBelow(input, first)) this.takeBackStatusTarget(lineStart, 'ignored_threshold');
    }
    const state = this.carry.prereq;
    // Lines of a PowerShell table under way (its blank last line too) go to the table reader.
    const inTable = readsTableLine(state);
    if (inTable && first === lineEnd) readPrerequisite('', this.lineNo, state);
    if (first < lineEnd) {
      // Only "Identity", "EnableOfflineIM" and "EnableIMAutoArchiving" lines (or table headers) can be prerequisites.
      const c = input.charCodeAt(first) | 0x20;
      let prerequisite: Prerequisite | undefined;
      // A Markdown or wiki table's row ("| Global | False |") may be a switch's.
      if (inTable || c === 0x7c) prerequisite = readPrerequisite(input.slice(lineStart, lineEnd), this.lineNo, state);
      else if (c === 0x69 || c === 0x65 || c === 0x22) {
        PREREQUISITE_KEY.lastIndex = first;
        TABLE_HEADER.lastIndex = first;
        CSV_HEADER.lastIndex = first;
        if (PREREQUISITE_KEY.test(input) || TABLE_HEADER.test(input) || CSV_HEADER.test(input)) prerequisite = readPrerequisite(input.slice(lineStart, lineEnd), this.lineNo, state);
      }
      // A switch's name ends the line (the two names end in "m" and "g"): read as a property, its value follows.
      const last = input.charCodeAt(lineEnd - 1) | 0x20;
      if (prerequisite === undefined && (last === 0x6d || last === 0x67)) notePropertyRead(input, lineStart, lineEnd, state);
      // A switch written inside the line ("Identity : Global ; EnableOfflineIM : False").
      if (prerequisite === undefined && state.pending === undefined && this.holdsSwitch(lineStart, lineEnd)) prerequisite = readInlineSwitch(input.slice(lineStart, lineEnd), this.lineNo, state);
      if (prerequisite) {
        this.prerequisites.push(prerequisite);
        this.carry.prerequisites.push(prerequisite);
      } else if (this.found === 0) {
        const text = this.unrecognizedText(lineStart, lineEnd);
        const why = this.noteWhy ?? (this.noteStart < 0 ? undefined : this.namedOwner(this.whyNot(this.noteStart, this.noteEnd), lineEnd, recordLine, mentions));
        // Two literal shapes rather than a property added later: no shape change per line.
        this.unrecognized.push(why ? { line: this.lineNo, text, note: why } : { line: this.lineNo, text });
      }
    }
    this.followDiff(lineStart, lineEnd);
    this.found = 0;
    this.agentCount = 0;
    this.agentRunCount = 0;
    this.agentQuotedEnd = -1;
    this.noteStart = -1;
    this.noteWhy = undefined;
  }

  /**
   * Follows a unified diff ("@@ -3,2 +3,2 @@" then lines that start with " ", "+" or "-"): in it, a line that starts
   * with one "-" is one taken out, whose builds are gone (removedLine).
   */
  private followDiff(lineStart: number, lineEnd: number): void {
    const c = lineStart < lineEnd ? this.input.charCodeAt(lineStart) : 32;
    if ((c === 64 /* @ */ && this.input.startsWith('@@ -', lineStart)) || (c === 100 /* d */ && this.input.startsWith('diff --git ', lineStart)) || (c === 45 && this.input.startsWith('--- ', lineStart) && lineEnd - lineStart > 4 && !isBlank(this.input.charCodeAt(lineStart + 4)))) {
      this.carry.diff = true;
      this.carry.diffTouched = true;
    } else if (!(c === 32 || c === 43 || c === 45 || c === 92)) {
      this.carry.diff = false;
      this.carry.diffTouched = true;
    }
  }

  /**
   * Whether the line opens with a word of an install's state said after a build elsewhere (a plan, a download or an
   * update under way, a failure, not installed) as its label, a colon after it, and the build at line offset s comes
   * within STATE_LABEL_REACH after it, no sentence's end between.
   */
  private stateLabelBefore(mentions: readonly Mention[], s: number): boolean {
    if (mentions.length === 0) return false;
    const m = mentions[0]!;
    if (m.end > s || s - m.end > STATE_LABEL_REACH || (m.kind !== 'threshold-after' && m.kind !== 'status' && m.kind !== 'past')) return false;
    const first = this.firstNonBlank(this.lineStart, this.lineEnd) - this.lineStart;
    if (m.start > first + 2) return false;
    const gap = this.lineText().slice(m.end, s);
    return STATE_LABEL_GAP.test(gap) && !SENTENCE_END.test(gap);
  }

  /** Whether only blanks, quotes and a comma stand from `at` to the line's end (a record value read whole). */
  private onlyBlanksAfter(at: number, lineEnd: number): boolean {
    for (let i = at; i < lineEnd; i++) {
      const c = this.input.charCodeAt(i);
      if (!(isBlank(c) || c === 34 || c === 44 || c === 39)) return false;
    }
    return true;
  }

  /** Whether the line's runs all stand in the message header it starts with (a chat's date: "[18.06.2024 11:30] Anna:"). */
  private onlyHeaderRuns(first: number, lineEnd: number): boolean {
    // A prompt's command whose numbers are no builds (a registry path's "\16.0\"): it names what its output is.
    if (isPromptLine(this.input, first, lineEnd)) return !BUILD_LIKE.test(this.input.slice(first, lineEnd));
    // A title whose only dotted numbers are dates ("Microsoft Outlook – discovered versions (Intune, export 30.11.2026)").
    const line = this.input.slice(first, lineEnd);
    if (DOTTED_DATE_ONE.test(line) && !DOTTED_RUN.test(line.replace(DOTTED_DATE, ' '))) return true;
    const c = this.input.charCodeAt(first);
    if (!(c === 91 /* [ */ || isDigit(c) || (c | 0x20) === 0x63 /* c */)) return false;
    const text = this.input.slice(first, lineEnd);
    const header = messageHeaderLength(text);
    return header > 0 && !DOTTED_RUN.test(text.slice(header));
  }

  /** Whether the run input[start, end) is struck through: between "~~" and "~~", or right after "<s>", "<del>", "<strike>". */
  private struckThrough(start: number, end: number): boolean {
    const input = this.input;
    if (input.charCodeAt(start - 1) === 126 && input.charCodeAt(start - 2) === 126) return input.charCodeAt(end) === 126 && input.charCodeAt(end + 1) === 126;
    return input.charCodeAt(start - 1) === 62 /* > */ && STRUCK_TAG.test(input.slice(Math.max(this.lineStart, start - 8), start));
  }

  /** Whether the line under way is Windows Installer's event of a product removed (REMOVAL_EVENT), read once per line. */
  private removalEventLine(): boolean {
    if (this.removalOf !== this.lineNo) {
      this.removalOf = this.lineNo;
      // (Every such event names "Windows Installer", untranslated, or says "Removal": a look for those, from places that only
      // move forward, passes most lines.)
      if (this.nextInstaller !== -1 && this.nextInstaller < this.lineStart) this.nextInstaller = this.input.indexOf('nstaller', this.lineStart);
      if (this.nextRemoval !== -1 && this.nextRemoval < this.lineStart) this.nextRemoval = this.input.indexOf('emoval', this.lineStart);
      const near = (this.nextInstaller !== -1 && this.nextInstaller < this.lineEnd) || (this.nextRemoval !== -1 && this.nextRemoval < this.lineEnd);
      this.removalSeen = near && this.lineHas(REMOVAL_EVENT);
    }
    return this.removalSeen;
  }

  /**
   * Whether the line under way is an unchecked checklist item whose build is the thing to do: the item is only the
   * build ("[ ] 16.0.x", "- [ ] Skype for Business 16.0.x"), or says it is to be rolled out, installed or deployed
   * ("- [ ] Skype for Business 16.0.x rolled out"). (An item that names a machine's build and what to do about it,
   * "[ ] PC-HR-02 – SfB 16.0.x, needs update", gives the installed build.) Read once per line.
   */
  private uncheckedItem(): boolean {
    if (this.uncheckedOf !== this.lineNo) {
      this.uncheckedOf = this.lineNo;
      UNCHECKED_ITEM.lastIndex = this.firstNonBlank(this.lineStart, this.lineEnd);
      this.uncheckedSeen = UNCHECKED_ITEM.test(this.input) && this.lineHas(UNCHECKED_TARGET);
    }
    return this.uncheckedSeen;
  }

  /** Whether the line under decision is a diff's line taken out ("-SkypeForBusiness=16.0.x" under "@@ … @@"). */
  private removedLine(): boolean {
    const input = this.input;
    if (input.charCodeAt(this.lineStart) !== 45 /* - */ || input.charCodeAt(this.lineStart + 1) === 45) return false;
    // (A part scanned before what stands above it is known may have begun in a diff.)
    if (!this.carry.diffTouched && this.carry.recordStartUnknown) this.carry.recordDepended = true;
    return this.carry.diff;
  }

  /**
   * Whether the run starting at `at`, first on its line (after an agent's product at most), ends a sentence wrapped
   * onto this line whose threshold phrase stands near the end of the line above ("Clients must be at least" /
   * "Please upgrade Skype for Business to" then "16.0.x"). A line above that ends with a colon or a sentence's end is a label or a
   * sentence of its own ("Users to upgrade:" then their builds).
   */
  /**
   * Whether the build at [start, end) names a folder of a path: a path separator right after it (not another build's
   * digits: "16.0.x/16.0.y" is two builds), and the same separator earlier on its line. An agent's build never has one after it.
   */
  private folderInPath(start: number, end: number, lineStart: number): boolean {
    const input = this.input;
    const sep = input.charCodeAt(end);
    if (sep !== 92 /* \ */ && sep !== 47 /* / */) return false;
    if (isDigit(input.charCodeAt(end + 1))) return false;
    return input.lastIndexOf(sep === 92 ? '\\' : '/', start - 1) >= lineStart && (sep === 92 || input.charCodeAt(start - 1) === 47);
  }

  /**
   * Whether the build alone on its line is a cell of a grid copied one cell per line whose labels hold a plan's column
   * ("Installed version" / "Available version" / "16.0.x" / "16.0.y"): the label right above is the next column's, no
   * sentence wrapped onto the build; its own column decides (decideLine).
   */
  private planGridCell(c: Candidate, lineEnd: number): boolean {
    return c.keyword < 0 && this.onlyOnLine(c.start, c.end, lineEnd) && this.carry.vertical.planColumn() === false;
  }

  private wrappedQuoteBefore(at: number, agent: boolean): boolean {
    const input = this.input;
    if (at - this.lineStart > WRAP_PREFIX_LIMIT) return false;
    // Before the build only blanks, a mail's quote marks, letters and an agent's "/" (a row's cells, an address, a date: no sentence).
    for (let i = this.lineStart; i < at; i++) {
      const c = input.charCodeAt(i);
      if (!(c === 32 || c === 62 || c === 47 || c === 39 || c === 45 || c === 0x2019 || isAnyLetter(c))) return false;
    }
    // The line above: this scan's, else the last line of the slice scanned before this one (ScanCarry.above).
    let text = input;
    let aboveStart = this.lineAboveStart;
    let end = this.lineAboveEnd;
    let lineStart = this.lineStart;
    let to = at;
    if (end < 0) {
      const carry = this.carry;
      // (A part scanned before what stands above it is known may continue a sentence begun there.)
      if (carry.recordStartUnknown && !carry.aboveTouched) carry.recordDepended = true;
      if (carry.above === '') return false;
      text = `${carry.above}\n${input.slice(this.lineStart, at)}`;
      aboveStart = 0;
      end = carry.above.length;
      lineStart = end + 1;
      to = text.length;
    }
    while (end > aboveStart && isBlank(text.charCodeAt(end - 1))) end--;
    if (end === aboveStart || !(isAnyLetter(text.charCodeAt(end - 1)) || (agent && (isDigit(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 92)))) return false;
    if (to > lineStart && !WRAP_PREFIX.test(text.slice(lineStart, to)) && !WRAP_CLIENT.test(text.slice(lineStart, to))) return false;
    // A line above with a build of its own is a row or a sentence of its own ("16.0.y — 0 devices — planned").
    if (!agent && DOTTED_RUN.test(text.slice(aboveStart, end))) return false;
    // An agent opens its line only after its first half ("Need at least UCCAPI/16.0.x" then "OC/16.0.x"): a whole agent
    // under a sentence is a client's, not a threshold's.
    if (agent && isAnyLetter(text.charCodeAt(end - 1))) return false;
    // An agent cut in two: its first half goes with it.
    if (!isAnyLetter(text.charCodeAt(end - 1))) {
      // (Looked for only where the line ends with a slash, then digits and dots.)
      let slash = end - 1;
      while (slash > aboveStart && (isDigit(text.charCodeAt(slash)) || text.charCodeAt(slash) === 46 || isBlank(text.charCodeAt(slash)) || text.charCodeAt(slash) === 92)) slash--;
      if (text.charCodeAt(slash) !== 47) return false;
      const tail = WRAPPED_AGENT.exec(text.slice(Math.max(aboveStart, end - WRAP_REACH), end));
      if (tail === null) return false;
      end -= tail[0].length;
    }
    const from = Math.max(aboveStart, end - WRAP_REACH);
    // Read across the line break, which the words treat as a blank ("at" / "least 16.0.x").
    const mentions = mentionsIn(text, from, to);
    for (let m = mentions.length - 1; m >= 0; m--) {
      const mention = mentions[m]!;
      if (mention.kind !== 'threshold-before') continue;
      // A phrase after a quantity ends its own sentence ("Lockout threshold: 5 attempts minimum", "twice at least").
      if (QUANTITY_BEFORE.test(text.slice(Math.max(aboveStart, from + mention.start - WRAP_QUANTITY), from + mention.start))) return false;
      return from + mention.start < lineStart && from + mention.end >= end - WRAP_GAP && WRAP_GAP_WORDS.test(text.slice(from + mention.end, end));
    }
    return false;
  }

  /**
   * Whether the build at `at`, alone at its line's start under the value of a Format-List line above ("Description :
   * Offline IM requires a Skype for Business client of" / "               16.0.6920.1000"), continues a value that quotes
   * a threshold or a block list: the value's words are read whole, however far before the wrap they stand.
   */
  private listValueQuotes(at: number): boolean {
    const input = this.input;
    const indent = at - this.lineStart;
    if (indent < LIST_WRAP_INDENT) return false;
    for (let i = this.lineStart; i < at; i++) if (!isBlank(input.charCodeAt(i))) return false;
    let above: string;
    if (this.lineAboveEnd >= 0) above = input.slice(this.lineAboveStart, this.lineAboveEnd);
    else {
      const carry = this.carry;
      if (carry.recordStartUnknown && !carry.aboveTouched) carry.recordDepended = true;
      above = carry.above;
    }
    const m = LIST_KEY_LINE.exec(above);
    if (m === null || Math.abs(m[1]!.length - indent) > 1) return false;
    const value = m[2]!;
    if (LIST_VALUE_BLOCKS.test(value)) return true;
    return mentionsIn(value, 0, value.length).some((x) => x.kind === 'threshold-before' || x.kind === 'threshold-after');
  }

  /** Applies the server switches read so far, then counts. */
  result(): ScanResult {
    this.keepBlock();
    if (this.versionsTaken) {
      for (const f of this.findings) {
        this.versions.add(f.version);
        this.carry.versions.add(f.version);
      }
    }
    const switches: ServerSwitches = serverSwitches(this.carry.prerequisites);
    const findings: Finding[] = this.findings;
    if (switches.offlineImOff) {
      for (const f of this.findings) {
        const j = effective({ verdicts: f.clientVerdicts, reasons: f.reasons }, switches);
        f.verdicts = j.verdicts;
        f.reasons = j.reasons;
      }
    }
    const { online, onprem } = emptyLocationCounts();
    if (switches.offlineImOff) {
      for (const f of findings) {
        online[f.verdicts.online]++;
        onprem[f.verdicts.onprem]++;
      }
    } else {
      // No switch changed a verdict: the counts push kept are the findings' own.
      const counts = this.counts;
      for (let k = 0; k < COUNTED.length; k++) {
        online[COUNTED[k]!] = counts[k]!;
        onprem[COUNTED[k]!] = counts[COUNTED.length + k]!;
      }
    }
    const summary: Summary = {
      lines: this.lines,
      findings: findings.length,
      distinctBuilds: this.versions.size,
      unrecognized: this.unrecognized.length,
      prerequisites: this.prerequisites.length,
      byLocation: { online, onprem },
      blocked: switches.offlineImOff !== undefined,
      blockedPolicies: blockedPolicies(this.carry.prerequisites),
    };
    return { findings, unrecognized: this.unrecognized, prerequisites: this.prerequisites, summary };
  }
}

// One scanner serves every scan (scan is synchronous and never re-entered):
// the JIT's optimised code then refers only to objects that live as long as
// the module, instead of being thrown away ("weak objects" deoptimisation)
// each time a garbage collection frees the last scan's scanner.
const scanner = new Scanner();

export function scan(text: string, options: ScanOptions = {}): ScanResult {
  const start = options.start ?? 0;
  const end = options.end ?? text.length;
  // A whole text's labels in bold are read as labels (a stream's slices come so already: scan-stream.ts).
  const input = start === 0 && end === text.length ? plainLabels(text) : text;
  scanner.reset(input, start, end, options.offset ?? 0, options.firstLine ?? 1, options.thresholds ?? THRESHOLDS, options.carry ?? newScanCarry());
  if (end > start) scanner.scanAll();
  const result = scanner.result();
  scanner.release();
  return result;
}
