import { speaksOfElsewhere } from './elsewhere-line.ts';
import { speaksOfWhatWillBe } from './hypothetical-clause.ts';
import { isBlank } from './blank.ts';
import { mentionsIn } from './mentions.ts';
import type { Mention } from './evidence.ts';

// The lines above a build that say what it is when its own line names
// nothing (docs/evidence.md): a CSV header ("Computer,Outlook Version"), a
// command and its prompt ("PS C:\> (Get-SPFarm).BuildVersion"), an About
// page's "About Outlook". A heading is a line without a dotted number; those
// since the last blank line are kept (a few), and a PowerShell or cmd prompt
// until the next one, since a command's output may hold blank lines. Their
// words are read only when a build below them needs them.

/** Heading lines kept since the last blank line, the nearest first. */
const KEPT = 4;
/** Characters of a heading kept: a header row or a command fits. */
const HEADING_LIMIT = 2048;
/** "PS C:\Users\admin>", "C:\>": a prompt, whose command names what its output is. */
const PROMPT = /^\s*(?:\[[^\]\r\n]{1,40}\]:\s*)?(?:(?:\[PS\]|PS) [^>\r\n]{0,260}>|[A-Za-z]:\\[^>\r\n]{0,260}>)/;
const SEPARATORS = [44, 59, 9, 124]; // , ; tab |
/** More digits than this, and a line without a dotted number is a log's or a table's line, not a heading. */
export const LOG_DIGITS = 8;

/**
 * A chat's or a ticket's message header before its text: "[6/18/2024 11:30 AM] Anna Berg:", "2024-06-18 09:13
 * <mdoe>", "18.06.2024 09:13 Bob:", "Comment by Anna Berg (18.06.2024 09:12):". Its date says nothing of the message.
 */
const MESSAGE_HEADER = /^\s*(?:(?:\[[^\]\r\n]{4,30}\]|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)?|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?)\s*(?:<[^<>\r\n]{1,30}>|\p{L}[\p{L}.'’ -]{0,40}?:)|(?:comment|kommentar|note|reply|antwort)\s+(?:by|von|from)\s+[^():\r\n]{1,40}\([^()\r\n]{4,30}\):)/iu;

/** The length of the message header a line starts with (MESSAGE_HEADER), 0 for none. */
export function messageHeaderLength(text: string): number {
  return MESSAGE_HEADER.exec(text)?.[0].length ?? 0;
}

/** Digits of a heading's text, its message header left out. */
function digitsIn(text: string): number {
  let n = 0;
  const header = MESSAGE_HEADER.exec(text);
  for (let i = header === null ? 0 : header[0].length; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) n++;
  }
  // A title's date and time count as none: an export's "Stand: 30.11.2026 08:15", "(CU 2026-11)" (red-team round 278).
  if (n > LOG_DIGITS && YEAR_NEAR.test(text)) for (const m of text.matchAll(DATE_OR_TIME)) n -= m[0].replace(/\D/g, '').length;
  return n;
}
/** A year joined to a date ("30.11.2026", "11/30/2026", "2026-11"), looked for first: a log's line holds none. */
const YEAR_NEAR = /[./](?:19|20)\d\d(?!\d)|(?<!\d)(?:19|20)\d\d-\d/;
/** A date or a time of day in a title: 30.11.2026, 2026-11-30, 2026-11, 11/30/2026, 08:15. */
const DATE_OR_TIME = /(?<![\d.])(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?|\d{1,2}:\d\d)(?![\d.])/g;

/**
 * Words that leave the client out of an install: `"ExcludedApps": "groove,lync"`, `<ExcludeApp ID="Lync" />`,
 * "Skype for Business excluded", «исключён Скайп для бизнеса».
 */
export const EXCLUDED_CLIENT = /exclude(?:d?apps?)?[^\r\n]{0,40}?(?<![a-z])(?:lync|skype)|(?:lync|skype|скайп)\p{L}*[^\r\n]{0,24}?(?:excluded|исключ|not installed|uninstalled|removed|не установлен|не устанавлива|удал[её]н|nicht installiert|non installé|no instalado)|исключ\p{L}*\s+(?:из\s+установки\s+)?(?:скайп|skype|lync)/iu;

/** The word every EXCLUDED_CLIENT match holds, looked for first (most lines hold none). */
export const EXCLUSION_WORD = /xclu|сключ/i;
/** The same with the words of a client not installed or removed ("not installed", «не установлен», «удалён»): read where few lines are. */
export const LEFT_OUT_WORD = /xclu|сключ|nstal|remov|станов|станав|удал/i;

/** A client version rules table's header ("Rule,User agent,Action", "User agent | Version | Operator | Action"). */
const RULE_TABLE_HEADER = /^\W*(?:rule|priority)\W*[,;\t|](?=.*(?<![a-z])action(?![a-z]))|^(?=.*(?<![\p{L}])(?:action|aktion|acción|azione|действие)(?![\p{L}]))(?=.*(?:compare|operator|(?<![\p{L}])op(?![\p{L}])|vergleich|comparison|opérat|comparaci|сравнени|confronto))/iu;

/** Every RULE_TABLE_HEADER holds an action's column: one cheap look first, at every heading a build's line asks about. */
const ACTION_COLUMN = /action|aktion|acci[oó]n|azione|действие/i;

/** A command that lists packages to install, not installed ones. */
// (And a ConfigMgr application's deployment types, packages or content: what may be installed, "Get-CMDeploymentType", red-team round 338.)
const PACKAGE_QUERY = /(?<![\w-])(?:winget(?:\.exe)?\s+(?:search|show|find|download)|choco(?:latey)?(?:\.exe)?\s+(?:search|find|info)|find-package|find-module|save-package|get-cmdeploymenttype|get-cmpackage|get-cmapplication|get-cmcontent\w*)(?![\w-])/i;

/** VersionToReport, ClientVersionToReport: the Click-to-Run value that is the client's build. */
const REGISTRY_MARK = 'ersionToReport';

/**
 * A heading line, source[from, to); its text, words and cells are made on
 * first need (most headings are never asked). Kept in a ring of reused
 * records: a report's every line without a number is a heading.
 */
class Heading {
  source = '';
  from = 0;
  to = 0;
  private made: string | undefined;
  mentions: Mention[] | undefined;
  /** The cell separator a header row uses (the most frequent one outside quotes), 0 for none, -1 not read yet. */
  separator = -1;
  /** How many of them stand on it. */
  cells = 0;
  /** It names nothing a build could belong to (read with its mentions). */
  silent: boolean | undefined;
  /** It leaves the client out of an install (EXCLUDED_CLIENT), once asked. */
  excludes: boolean | undefined;
  /** Whether its text holds EXCLUSION_WORD (inExcludedColumn), read once. */
  exclusionWord: boolean | undefined;
  /** It is a Format-Table rule (TABLE_RULE), once asked. */
  rule: boolean | undefined;
  /** It labels a plan's section (PLAN_LABEL), once asked. */
  plan: boolean | undefined;
  /** It is a client version rules table's header (RULE_TABLE_HEADER), once asked. */
  ruleTable: boolean | undefined;
  /** As a header row, its columns of builds to reach (PLAN_LABEL, PLAN_COLUMN) by index, once asked; null for none. */
  planColumns: boolean[] | null | undefined;
  /** As a space-aligned header, where its cells start (spacedStarts), once asked; null for no such header. */
  spaced: number[] | null | undefined;
  /** It is a sentence of prose (PROSE_SENTENCE), once asked. */
  prose: boolean | undefined;

  set(source: string, from: number, to: number): this {
    this.source = source;
    this.from = from;
    this.to = to;
    this.made = undefined;
    this.mentions = undefined;
    this.separator = -1;
    this.cells = 0;
    this.silent = undefined;
    this.excludes = undefined;
    this.exclusionWord = undefined;
    this.rule = undefined;
    this.plan = undefined;
    this.ruleTable = undefined;
    this.planColumns = undefined;
    this.spaced = undefined;
    this.prose = undefined;
    return this;
  }

  get text(): string {
    return (this.made ??= this.source.slice(this.from, this.to));
  }

  /** This record made the same as `h`, what was read of it included (a copy read again would cost its words again). */
  copy(h: Heading): this {
    this.source = h.source;
    this.from = h.from;
    this.to = h.to;
    this.made = h.made;
    this.mentions = h.mentions;
    this.separator = h.separator;
    this.cells = h.cells;
    this.silent = h.silent;
    this.excludes = h.excludes;
    this.exclusionWord = h.exclusionWord;
    this.rule = h.rule;
    this.plan = h.plan;
    this.ruleTable = h.ruleTable;
    this.planColumns = h.planColumns;
    this.spaced = h.spaced;
    this.prose = h.prose;
    return this;
  }
}

/** Occurrences of `separator` in text[from, to) outside double quotes. */
function countOutsideQuotes(text: string, from: number, to: number, separator: number): number {
  let n = 0;
  let quoted = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === separator && !quoted) n++;
  }
  return n;
}

/** Finds the separator a header row uses (the most frequent of SEPARATORS outside quotes, the first listed on a tie): one pass. */
function readCells(h: Heading): void {
  const counts = [0, 0, 0, 0];
  const source = h.source;
  let quoted = false;
  for (let i = h.from; i < h.to; i++) {
    const c = source.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c <= 124 && (c === 44 || c === 59 || c === 9 || c === 124)) counts[SEPARATORS.indexOf(c)] = counts[SEPARATORS.indexOf(c)]! + 1;
  }
  h.separator = 0;
  h.cells = 0;
  for (let k = 0; k < SEPARATORS.length; k++) {
    if (counts[k]! > h.cells) {
      h.separator = SEPARATORS[k]!;
      h.cells = counts[k]!;
    }
  }
}

/** The column of header row `h` that offset `at` of a row starting at lineStart stands in (a Confluence header, "|| Host ||", doubles the bars its rows write once). */
function columnAt(h: Heading, input: string, lineStart: number, at: number): number {
  return countOutsideQuotes(input, lineStart, at, h.separator) * (h.separator === 124 && h.text.includes('||') ? 2 : 1);
}

/** Cell `column` of the row on text[from, to) split by `separator` outside quotes, or undefined when the row has fewer. */
function cellOf(text: string, from: number, to: number, separator: number, column: number): string | undefined {
  let k = 0;
  let start = from;
  let quoted = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : separator;
    if (c === 34) quoted = !quoted;
    else if (c === separator && !quoted) {
      if (k === column) return text.slice(start, i);
      k++;
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * A header column that flags whether the row's build is installed: "Installed", «Установлено», «Встановлено», "Installiert";
 * or counts its installs ("Number of installations", "Install count", "Device count"; red-team round 267).
 */
const INSTALLED_FLAG =
  /^\s*(?:installed|is\s?installed|установлено|установлен|встановлено|installiert|installé|instalado|installato|geïnstalleerd|zainstalowano|(?:number\s+of\s+)?installations|install(?:ation)?s?\s+count|installed\s+count|device\s+count|devices|количество\s+установок|установок|anzahl\s+(?:der\s+)?installationen|installationen|nombre\s+d['’]installations)\s*\??\s*$/iu;
const INSTALLED_FLAG_WORD = /installed|установлен|встановлен|installiert|installé|instalado|installato|geïnstalleerd|zainstalowano|installations|install count|device|установок|installationen/iu;
/** A header cell that names only the client, maybe with "installed" or "status" ("Skype for Business", "SfB installed", «Skype для бизнеса»). */
const CLIENT_ONLY_CELL = /^[\s"|]*(?:microsoft\s+)?(?:skype for business|skype für business|skype для бизнеса|скайп для бизнеса|skype|sfb|s4b|lync)(?:\s+20\d\d)?(?:\s*(?:installed|status|state|установлен|installiert|\?))?[\s"|]*$/iu;
/** A row's cell that says the client is not there: empty, "n/a", a dash, "no", "excluded", "not installed", «исключён», "ausgeschlossen". */
const NO_CLIENT_CELL = /^[\s"]*(?:n\/?a|—|–|-|no|nein|нет|ні|false|0|none|absent|excluded|ausgeschlossen|exclu|исключ[её]н\p{L}*|not installed|nicht installiert|non installé|не установлен\p{L}*|❌|✘|✗)?[\s"]*$/iu;
/** A flag's "no": "No", «нет», «ні», "nein", "false", "0", a dash, ❌, ✘, Confluence's "(x)". */
const NO_ANSWER = /^\s*(?:no|nein|non|нет|ні|não|nie|ne|nej|false|0|—|–|-|✘|✗|❌|✖|\(x\)|:x:)(?![\p{L}\p{N}])/iu;

/** A heading with a letter: a Markdown table's rule ("|---|---|") has none. */
const HAS_LETTER = /\p{L}/u;
/** A sentence of prose: words, ending with ".", "!" or "?" (a ticket's "Users complain via Outlook that the chat history is gone."). */
const PROSE_SENTENCE = /^[\s>]*\p{L}[^#|\t]*[\p{L}\p{N})][.!?]["'”»)]?\s*$/u;
const PROSE_WORDS = 5;
/** A sentence that speaks of builds or versions may list the table's ("Here are the Outlook builds of the affected users."). */
const SPEAKS_OF_BUILDS = /(?<![\p{L}])(?:builds?|versions?|versionen|versies|сборк\p{L}*|верси\p{L}*)(?![\p{L}])|バージョン|版本/iu;

/** Whether a heading's mention makes its builds targets or past ones (a threshold's or a plan's words, a removal's). */
function isTarget(m: Mention): boolean {
  return m.kind === 'threshold-before' || m.kind === 'threshold-after' || m.kind === 'past';
}

/**
 * Whether a heading is a sentence of prose: the ticket's text above a table, which speaks of the case, not of the
 * table's columns (red-team round 272: "Users complain via Outlook …" over a "Device,ClientVersion" table).
 */
function isProse(h: Heading): boolean {
  if (h.prose === undefined) {
    const text = h.text;
    let words = 0;
    for (let i = 1; i < text.length && words < PROSE_WORDS; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) words++;
    h.prose = words >= PROSE_WORDS - 1 && PROSE_SENTENCE.test(text) && !SPEAKS_OF_BUILDS.test(text);
  }
  return h.prose;
}

/** Bounds of cell `column` of a header row. */
function cellBounds(h: Heading, column: number): [number, number] {
  let from = 0;
  let k = 0;
  let quoted = false;
  for (let i = 0; i < h.text.length; i++) {
    const c = h.text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === h.separator && !quoted) {
      if (k === column) return [from, i];
      k++;
      from = i + 1;
    }
  }
  return [from, h.text.length];
}

/** Builds or versions right after a product's name: what a heading lists is that product's (read in place, sticky). */
const HEAD_NOUN = /(?:[^\S\r\n]*の)?[-\s]?(?:\p{L}+[^\S\r\n]+)?(?:(?:builds?|versions?|versionen|versies|сборк[аиу]|верси[ияюй])(?![\p{L}\d])|バージョン|版本)/iuy;
/** The same before the product's name: "Versionen von Outlook", "Versions d'Outlook", «Версии Outlook». */
const HEAD_NOUN_BEFORE = /(?:builds?|versions?|versionen|versies|сборки|версии)(?:\s+(?:von|der|des|de|du|of|van))?(?:\s+|\s*d['’])$/iu;
/** Longest label ("Current version:", «Текущая версия:») a block may consist of and still leave the block above in force. */
const BARE_LABEL_LIMIT = 40;
/** A line that ends with a colon labels what follows it. */
const LABEL_END = /:\s*$/;

/**
 * A section label over builds still to come or to reach ("Target state:", "Soll-Stand:", "État cible :", "After
 * (planned):", "Minimum versions:"): the builds under it are a plan's, even where their lines name the client.
 */
const PLAN_LABEL = /(?<![\p{L}\d])(?:target(?![\s_-]*(?:user|uri|sip|address|party))|planned|to be|geplant|soll|ziel\p{L}*|cible|prévu\p{L}*|planifi\p{L}*|objetivo|alvo|planificad\p{L}*|pianificat\p{L}*|planejad\p{L}*|docelow\p{L}*|zaplanowan\p{L}*|doel|mål|minimum|minimal\p{L}*|required|requirements?|thresholds?|mindest\p{L}*|запланирован\p{L}*|целев\p{L}*|минимальн\p{L}*|требуем\p{L}*|план\p{L}*|cílov\p{L}*|voraussetzung\p{L}*|anforderung\p{L}*|prérequis|requisitos?|требовани\p{L}*|exigences?|hedef|цільов\p{L}*|célverzió|planerad|planlagt|gepland|not (?:yet )?(?:deployed|installed)|available for install(?:ation)?|lab only|approved for deployment|scheduled|upcoming|new version|nicht installiert|noch nicht verteilt|не установлен\p{L}*|не развёрнут\p{L}*|не развернут\p{L}*|версия после обновления|non installé|no instalado|uninstalled|removed|deinstalliert|entfernt|удал[её]нн?\p{L}*|odinstalovan\p{L}*|kaldırılan|reference only|for reference|not (?:yet )?used)(?![\p{L}\d])|予定|目標|目标|最小|最低|최소|목표|예정|已卸载|已卸載|アンインストール|제거된|下个月部署/iu;

/**
 * A header row's column of builds to reach or releases, not installs ("Minimum version", "Required build", "Target
 * client version", "Recommended build", "Latest available", "Tested client version", «Минимальная версия», 最小バージョン).
 */
const PLAN_COLUMN = /(?<![\p{L}\d])(?:drempel|próg|práh|eşik|soglia|umbral|limiar|tröskel|threshold|schwelle|порог|min\.?|fixed\s+build|affected\s+build|behoben\s+in|исправлено\s+в|corrigé\s+dans|corregido\s+en|package version|upgrade\s?to|replaced\s+by|superseded\s+by|ersetzt\s+durch|заменено\s+на|заменён\s+на|remplacé\s+par|reemplazado\s+por|newest\s?(?:build|version)|pilot\s?(?:build|version)|staged\s?(?:build|version)|downloaded\s?(?:build|version)|updatesreadytoapply|fix\s*versions?|fixed\s+in(?:\s+build)?|requested|desired|updatetoversion\d*|update\s*to\s*version|angeforderte?|gewünschte?|demandée?|solicitad[oa]|запрошенн\p{L}*|recommended|latest|available|tested|validated|certified|approved|supported|empfohlen\p{L}*|версия для обновления|новая версия|версия в дистрибутиве|neueste\p{L}*|najnowsz\p{L}*|mínim[oa]|erforderlich\p{L}*|verfügbar\p{L}*|disponible|freigegeben\p{L}*|getestet\p{L}*|recommandée?|testée?|recomendad[oa]|probad[oa]|рекомендуем\p{L}*|последн\p{L}*|доступн\p{L}*|протестирован\p{L}*|baseline|erwartete?|attendue?|esperad[oa]|requise?|requerid[oa]|wymagan\p{L}*|oczekiwan\p{L}*|zalecan\p{L}*|dostępn\p{L}*|ожидаем\p{L}*|richiest[oa]|vereiste?|verwachte?|de destino|neue version|nouvelle version|nueva versión|nuova versione|nowa wersja|nieuwe versie|nova versão)(?![\p{L}\d])|推奨|推荐|最新|利用可能|可用|사용 가능|新しいバージョン|ターゲット|閾値|阈值|門檻|임계값/iu;

/** A title that calls the builds under it a plan's ("planned builds", "Target Skype for Business versions", "## Minimum builds"). */
const PLAN_TITLE = /(?<![\p{L}\d])(?:planned|target|minimum|required|supported|approved|recommended|baseline|allowed|permitted|blocked|erlaubte|zugelassene|gesperrte|разрешённые|разрешенные|заблокированные|geplante?|ziel|minimale?|unterstützte|freigegebene|требуем\p{L}*|минимальн\p{L}*|запланированн\p{L}*|целев\p{L}*|утвержд[её]нн\p{L}*|поддерживаем\p{L}*|порогов\p{L}*|рекомендуем\p{L}*)\s+(?:(?:skype for business|skype|sfb|lync|client|клиент\p{L}*)\s+)?(?:builds|versions|versionen|сборки|версии|client builds|client versions)(?![\p{L}\d])/iu;
const PLAN_TITLE_LIMIT = 64;
/** A list item's bullet at a line's start ("- ", "* ", "• ", "1. "). */
const LIST_BULLET = /^\s*(?:[-*•·▪–]|\d{1,2}[.)])\s+\S/;
/** A plan named as such, at a title's start or end: "Plan:", "Rollout plan", "Upgrade schedule", «План обновления». */
const PLAN_NAME = /^[\s#*>•\d.-]*(?:plan|план|zeitplan|release notes|what's new|future state|to-be|target state|planned state|desired state|end state|état futur|état cible|zielzustand|будущее состояние|целевое состояние|(?:rollback|roll back|backout|back-out|fallback|откат|rückfall\p{L}*)(?![\p{L}])(?!\s+(?:completed|complete|done|finished|successful|succeeded|erfolgreich|abgeschlossen|выполнен\p{L}*|заверш[её]н\p{L}*))|rollout calendar|rollout schedule|change calendar|deployment calendar|update calendar|änderungskalender|rolloutkalender|календарь изменений|график изменений|calendario de cambios|calendrier des changements|app information|app-informationen|informations sur l['’]application|planned for|next image|nächstes image|removed in|removed from|entfernt in)(?![\p{L}])|^[\s#*>•\d.-]*(?:[\p{L}-]+\s*[,:–—]\s*)?(?:example output|sample output|examples?|пример\p{L}*|beispiel\p{L}*|\p{L}*beispiel|exemple)(?![\p{L}])(?![^\r\n]*\s(?:from|von|aus|с|из|de)\s+(?!(?:the\s+)?(?:docs|documentation|kb|article|blog|forum|vendor|microsoft)))|(?<![\p{L}])(?:plan|schedule|zeitplan|план)\s*(?:\([^()\r\n]{1,40}\))?\s*[:：]?\s*$/iu;
/** An update history's or release notes' title: its builds are releases. */
const RELEASE_TITLE = /(?<![\p{L}])(?:release notes|what['’]?s new|known issues|fixed issues|update history|version history|release history|build history|versionshinweise|updateverlauf|versionsverlauf|historique des mises à jour|historique des versions|historial de actualizaciones|historial de versiones|история обновлений|история выпусков|история версий|журнал изменений|notes de publication|bekannte probleme|problèmes connus|problemas conocidos|известные проблемы|что нового|заметки о выпуске|file information for|informationen zu den dateien|сведения о файлах|informations de fichier)(?![\p{L}])/iu;
/** A stem every RELEASE_TITLE holds: one plain test first, about eight times cheaper than the whole Unicode pattern. */
const RELEASE_TITLE_STEM = /notes|new|issue|histor|hinweis|verlauf|истори|журнал|probl|известн|нового|заметк|information|сведени/i;
/** A title's qualifier: in brackets, or after a dash. */
const QUALIFIER = /[(（]([^)）]{1,60})[)）]|\s[—–-]\s(.{1,60})$/u;
/** A qualifier's words of a threshold or a download, besides PLAN_LABEL's. */
const QUALIFIER_WORDS = /(?<![\p{L}])(?:or later|or newer|or higher|oder höher|oder neuer|und höher|или новее|и выше|ou ultérieure|download|required|erforderlich|обязательн\p{L}*)(?![\p{L}])|以降|以上/iu;

function planQualifier(text: string): boolean {
  // A table's header row is no title: its cells' brackets qualify columns ("Update available (download)").
  if (/[,;\t|]/.test(text)) return false;
  // Most titles hold neither a bracket nor a dash: the pattern is read only for those that do.
  if (text.indexOf('(') < 0 && text.indexOf('（') < 0 && text.indexOf(' - ') < 0 && text.indexOf('—') < 0 && text.indexOf('–') < 0) return false;
  const m = QUALIFIER.exec(text);
  if (m === null) return false;
  const q = m[1] ?? m[2] ?? '';
  return PLAN_LABEL.test(q) || QUALIFIER_WORDS.test(q);
}

/** Words before a build that make its line a sentence or a label of words: two words and a colon, or three words. */
const WORDS_BEFORE = /\p{L}{2,} \p{L}{2,}[^\r\n]*[:：]\s*$|\p{L}{2,} \p{L}{2,} \p{L}{2,}/u;
const WORDS_REACH = 80;
/** An example named in a title. */
const EXAMPLE_TITLE = /(?<![\p{L}])(?:examples?|samples?|пример\p{L}*|beispiel\p{L}*|exemples?)(?![\p{L}])/iu;
/** A title that calls its rows the admin's own ("Sample of our own inventory:"). */
const OWN_TITLE = /(?<![\p{L}])(?:our|own|unser\p{L}*|наш\p{L}*)(?![\p{L}])/iu;
/** A title that names where its output came from, other than the docs, an article, a blog or a forum: a machine of the admin's. */
const OWN_SOURCE = /\s(?:from|von|aus|с|из)\s+(?!(?:the\s+)?(?:docs|documentation|kb|article|blog|forum|vendor|microsoft|doku\p{L}*|документаци\p{L}*|блог\p{L}*|стать\p{L}*))/iu;
/** A Markdown or reStructuredText title's underline: a line of "-", "=" or "~" alone. */
const UNDERLINE = /^\s*(?:-{3,}|={3,}|~{3,})\s*$/;
/** A command without a prompt (reg query, a cmdlet) or a code block's fence: what an example's output follows (a prompt: PROMPT). */
const COMMAND_OR_FENCE = /^\s*(?:reg(?:\.exe)? query\s|(?:Get|Invoke|Select)-[A-Za-z]+\s|wmic\s|```|~~~|\{(?:code|noformat)(?:[:|][^}]*)?\}\s*$)/i;
/**
 * A label of a history's order: newest entries first (group 1: "newest first", "latest first", "most recent first", "newest
 * at top", "(desc)", "neueste zuerst", «сначала новые», «новые сверху», "od najnowszych", "najnowsze na górze", "plus récents
 * en premier") or oldest first ("oldest first", "(asc)", "chronological", «сначала старые», "älteste zuerst"), red-team round 337.
 */
export const ORDER_LABEL =
  /(?<![\p{L}])(?:((?:newest|latest|most recent|recent)\s+(?:first|on top|at (?:the )?top)|desc(?:ending)?(?![\p{L}])|neueste\p{L}*\s+zuerst|(?:сначала|вверху)\s+(?:новые|свежие|последние)|(?:новые|свежие)\s+(?:сверху|вверху|первыми)|od najnowszych|najnowsze (?:na górze|najpierw|pierwsze)|(?:les )?plus récente?s (?:en premier|d['’]abord)|más recientes primero|reversed|(?:date|time|timestamp|datum|zeit|дата|время)\s*[↓▼])|(?:oldest\s+(?:first|on top|at (?:the )?top)|asc(?:ending)?(?![\p{L}])|chronological(?:ly)?|älteste\p{L}*\s+zuerst|сначала\s+старые|старые\s+сверху|od najstarszych|(?:les )?plus ancien(?:ne)?s (?:en premier|d['’]abord)|(?:date|time|timestamp|datum|zeit|дата|время)\s*[↑▲]))(?![\p{L}])/iu;
/** A stem every ORDER_LABEL holds: a cheap first look (short stems, no case folding: a few times cheaper than the words). */
export const ORDER_WORD = /est|EST|sc|SC|ecen|écen|hronolog|ые|ие|najnowsz|najstarsz|ncien|eversed|[↓▼↑▲]/;
/** A wiki macro titled as an example or a plan: Confluence's "{code:title=Example}", "{noformat:title=Target builds}". */
const MACRO_TITLE = /^\s*\{(?:code|noformat|panel|expand)[:|][^}]*title=[^}|]*(?<![\p{L}])(?:examples?|samples?|пример\p{L}*|beispiel\p{L}*|exemples?|ejemplos?|plan|planned|target|minimum|required|baseline)(?![\p{L}])/iu;
/** The noun every PLAN_TITLE holds, looked for first (most headings hold none). */
const PLAN_TITLE_NOUN = /build|version|сборк|верси/i;

/** Whether a heading is a short label of a plan's section (PLAN_LABEL): "Target state:", "Soll-Stand:", "Thresholds". */
function isPlanLabel(h: Heading): boolean {
  if (h.plan === undefined) {
    let end = h.to;
    while (end > h.from && isBlank(h.source.charCodeAt(end - 1))) end--;
    const last = h.source.charCodeAt(end - 1);
    // Ending with a colon, or the label word alone ("Thresholds", "Target").
    h.plan =
      (end - h.from <= BARE_LABEL_LIMIT && (((last === 58 /* : */ || last === 0xff1a /* ： */ || !/\s/.test(h.text.trim())) && PLAN_LABEL.test(h.text)) || RULE_TITLE.test(h.text))) ||
      // A title over a plan's builds: "## Planned Skype for Business builds (Q3)", "Skype for Business – planned builds per site".
      (end - h.from <= PLAN_TITLE_LIMIT && PLAN_TITLE_NOUN.test(h.text) && PLAN_TITLE.test(h.text)) ||
      // A short title that names a plan ("Plan:", "Rollout plan", "Upgrade schedule", «План обновления»).
      (end - h.from <= BARE_LABEL_LIMIT && PLAN_NAME.test(h.text)) ||
      // An update history's title, wherever it names it: "Skype for Business known issues", "Known issues in … Click-to-Run:".
      (end - h.from <= PLAN_TITLE_LIMIT && RELEASE_TITLE_STEM.test(h.text) && RELEASE_TITLE.test(h.text)) ||
      // A sentence ending in a colon that speaks of what will be ("Here is what we will get in Q3:", «Скоро раскатим:»).
      (end - h.from <= PLAN_TITLE_LIMIT && (last === 58 /* : */ || last === 0xff1a) && speaksOfWhatWillBe(h.text)) ||
      // A title that names the client with a qualifier of a plan or a threshold ("Skype for Business (minimum)",
      // "Skype for Business (mindestens)", "Skype for Business — required version (on-prem mailbox)").
      (end - h.from <= PLAN_TITLE_LIMIT && planQualifier(h.text)) ||
      // A wiki macro's title over the block it opens ("{code:title=Example}").
      (h.source.charCodeAt(h.from) === 123 /* { */ && MACRO_TITLE.test(h.text)) ||
      // A title over someone else's builds or examples ("Quote from the blog post:", "Sample output of … from the docs:",
      // "The following table lists example user agents:"), unless it names the machine they came from.
      (end - h.from <= PLAN_TITLE_LIMIT && (last === 58 /* : */ || last === 0xff1a) && (speaksOfElsewhere(h.text, h.text.length) || (EXAMPLE_TITLE.test(h.text) && !OWN_TITLE.test(h.text))) && !OWN_SOURCE.test(h.text));
  }
  return h.plan;
}

/**
 * A header row's columns that hold builds to reach, by index (null for none), read once. A table with a release date
 * column is an update history ("Version,Build,Release date"): all its builds are releases.
 */
function planColumns(h: Heading): boolean[] | null {
  if (h.planColumns === undefined) {
    let columns: boolean[] | null = null;
    // (So is a table whose first column names a ring, a phase, a channel or a release, with no column of what is installed:
    // "Ring / Build / Deadline", "Kanal / Build", "Release / Build", red-team round 311.)
    const releases = RELEASE_COLUMN.test(h.text) || ((PLANNED_DATE_COLUMN.test(h.text) || PLAN_FIRST_CELL.test(h.text)) && !NOW_COLUMN.test(h.text));
    // Most header rows hold no such label: one test of the whole row first.
    // (Camel-cased labels too: "InstalledVersion,LatestAvailableVersion", red-team round 371.)
    const labels = releases || planLabel(h.text) || planLabel(camelWords(h.text));
    for (let k = 0; labels && k <= h.cells; k++) {
      const [from, to] = cellBounds(h, k);
      const label = h.text.slice(from, to);
      if (releases || planLabel(label) || planLabel(camelWords(label))) (columns ??= [])[k] = true;
    }
    h.planColumns = columns;
  }
  return h.planColumns;
}

/** A header cell that holds the builds before a change: "Before", "Old", "Previous", "Vorher", «Было» (addPastCells). */
const PAST_CELL = /(?<=^|[,;\t|])\s*"?(before|old|previous|prev|vorher|alt|avant|ancien|antes|anterior|prima|было|до)"?\s*(?=[,;\t|]|$)/giu;
const PAST_CELL_WORD = /(?<![\p{L}])(?:before|old|previous|prev|vorher|alt|avant|ancien|antes|anterior|prima|было|до)(?![\p{L}])/iu;

/** Adds to a header row's mentions a past one for each cell that holds the builds before a change, in line order. */
function addPastCells(h: Heading): void {
  const mentions = h.mentions!;
  let added = false;
  for (const m of h.text.matchAll(PAST_CELL)) {
    const start = m.index + m[0].indexOf(m[1]!);
    mentions.push({ kind: 'past', start, end: start + m[1]!.length, text: m[1]! });
    added = true;
  }
  if (added) mentions.sort((a, b) => a.start - b.start);
}

/** A client registry value's name as a column's label. */
const REGISTRY_COLUMN = /versiontoreport/i;

/** An update history's release date column: "Release date", "Released", "ReleaseDate", «Дата выпуска», "Veröffentlicht". */
const RELEASE_COLUMN = /(?<![\p{L}])(?:release\s?date|released|date de publication|fecha de lanzamiento|veröffentlich\p{L}*|дата выпуска|リリース日|发布日期)(?![\p{L}])/iu;

/**
 * A rollout calendar's planned date column ("Geplanter Termin", "Scheduled date", «Плановая дата»): its rows are the
 * plan's, unless another column holds what is installed now.
 */
const PLANNED_DATE_COLUMN = /(?<![\p{L}])(?:deadline|frist|крайний срок|(?:planned|scheduled|geplante?r?|vorgesehene?r?|planifiée?|prévue?|programada|prevista|previsto|плановая|запланированная)\s+(?:date|termin|datum|day|tag|go-?live|дата)|date\s+(?:prévue|planifiée)|fecha\s+prevista|data\s+prevista|дата\s+(?:по\s+плану|планируемая))(?![\p{L}])/iu;
/** A header row whose first cell names a plan's or an update history's rows: a ring, a phase, a stage, a channel, a release. */
const PLAN_FIRST_CELL = /^\s*[|"]?\s*(?:(?:update |deployment )?ring|phase|stage|wave|welle|волна|этап|фаза|(?:update )?channel|kanal|канал|release|hotfix)\s*"?\s*(?:[,;\t|]|\s{2,})/iu;
/** A column of what is installed now, beside a planned date ("Installed", "Current version", «Текущая»). */
const NOW_COLUMN = /install|current|client\s*version|agent|aktuell|ist-|actuel|actual|atual|текущ|установлен/iu;

/**
 * A column's label for the side before a change that was made: "Old", "OldVersion", "Previous version", "Alte Version",
 * «Было», «Старая версия». ("Before" / "After" are read apart, BEFORE_SIDE: a change request's table of what it will do
 * uses them too.)
 */
const OLD_SIDE = /(?<![\p{L}])(?:old|oldest|earlier|original|previous|prev|prior|alte?|bisherige?|vorherige?|frühere?|ancienne?|anterior|precedente|было|стар\p{L}*|предыдущ\p{L}*|прежн\p{L}*)(?![\p{L}])/iu;
/** …and for the side after it: "New", "NewVersion", "Installed version", "Neue Version", «Стало», «Новая версия». */
const NEW_SIDE = /(?<![\p{L}])(?:new|current|installed|neue?|aktuell\p{L}*|installiert\p{L}*|nouvelle?|actuelle?|nuev[oa]|nuova|attuale|atual|obecna|aktualna|huidige|güncel|стало|нов\p{L}*|текущ\p{L}*|установлен\p{L}*)(?![\p{L}])/iu;

/** Splits a camel-cased label into words ("OldVersion" → "Old Version"). */
function camelWords(text: string): string {
  return text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
}

/**
 * A column's label for the side before a change, and after it: "Before" / "After", "Vorher" / "Nachher", "Önce" / "Sonra",
 * "Wersja przed" / "Wersja po", "更新前" / "更新後". Either a plan's or a result's: the side before is the one left only
 * where the change is made, and the side after the one there now only where the header has a result column as well.
 */
const BEFORE_SIDE = /(?<![\p{L}])(?:before|vorher|avant|antes|przed|önce|prima|před|pre)(?![\p{L}])|更新前|変更前|升级前|升級前|旧版本|舊版本|이전/iu;
const AFTER_SIDE = /(?<![\p{L}])(?:after|nachher|après|después|despues|po|sonra|dopo|post)(?![\p{L}])|更新後|更新后|変更後|升级后|升級後|新版本|이후/iu;

/** Which side of a change `label` is, in a header that has both an old and a new side; undefined for any other. */
function changeSide(header: string, label: string): 'old' | 'new' | undefined {
  // (Most headers name no side: one test of the whole header first.)
  const all = camelWords(header);
  if (!OLD_SIDE.test(all) || !NEW_SIDE.test(all)) return beforeAfterSide(all, camelWords(label));
  const words = camelWords(label);
  const old = OLD_SIDE.test(words);
  const now = NEW_SIDE.test(words);
  if (old === now) return undefined;
  const rest = all.replace(words, '');
  return old ? (NEW_SIDE.test(rest) ? 'old' : undefined) : OLD_SIDE.test(rest) ? 'new' : undefined;
}

/**
 * The same for a header of "before" and "after" columns (red-team round 359): the "before" side is left once the change is
 * made, and the "after" side is there now, only where a result column says how the change went; without one, the "after"
 * side is judged as any (a plan above still makes it a target).
 */
function beforeAfterSide(all: string, words: string): 'old' | 'new' | undefined {
  if (!BEFORE_SIDE.test(all) || !AFTER_SIDE.test(all)) return undefined;
  const before = BEFORE_SIDE.test(words);
  if (before === AFTER_SIDE.test(words)) return undefined;
  const rest = all.replace(words, '');
  if (before) return AFTER_SIDE.test(rest) ? 'old' : undefined;
  return BEFORE_SIDE.test(rest) && RESULT_COLUMN.test(rest) ? 'new' : undefined;
}

/** A client version policy rule's dialog or list ("Edit Client Version Rule", "Client version rules (Global):"): its builds are the rule's. */
const RULE_TITLE = /client\s*version\s*(?:rules?|filters?|polic\p{L}*)|versionsrichtlinie|правил\p{L}*\s+верси/iu;

/** An Office app whose name is also a common word, alone on a heading line with its year or a colon. */
const APP_TITLE = /(?<=^\s*(?:microsoft\s+)?)(?:access|project|publisher)(?=(?:\s+20\d\d)?\s*:?\s*$)/i;
const APP_TITLE_LIMIT = 40;
/** The same app as a header's cell ("Computer;Skype for Business;Project;Visio"): the column of that app's builds. */
const APP_CELL = /(?<=(?:^|[;,\t|])[ \t]*"?(?:microsoft[ \t]+)?)(?:access|project|publisher)(?=(?:[ \t]+20\d\d)?(?:[ \t]+(?:version|build|версия|сборка))?[ \t]*"?[ \t]*(?:[;,\t|]|$))/giu;
const CELL_BREAK = /[;,\t|]/;

/** A header's column of installed builds: "InstalledVersion", "Current build", "Installierte Version", «Текущая версия». */
const INSTALLED_COLUMN = /(?<![\p{L}])(?:installed|current|installiert|aktuell|actuel|installé|instalad|installat|atual|текущ|установлен)/iu;

/** Reads a heading's words once; whether it names anything. */
function read(h: Heading): boolean {
  if (h.silent === undefined) {
    // A line of a log (times, ids, counts) is no heading; most others name nothing: neither ever answers.
    h.silent = digitsIn(h.text) > LOG_DIGITS;
    if (!h.silent) {
      h.mentions = mentionsIn(h.text, 0, h.text.length);
      // An app whose name is also a common word, alone as a title ("Access", "Project:", "Publisher 2016"): that app.
      if (h.mentions.length === 0 && h.text.length <= APP_TITLE_LIMIT) {
        const title = APP_TITLE.exec(h.text);
        if (title) h.mentions = [{ kind: 'app', start: title.index, end: title.index + title[0].length, text: title[0] }];
      }
      // (A header row names them in their own cells: "Computer;Skype for Business;Project;Visio", red-team round 306.)
      else if (CELL_BREAK.test(h.text)) {
        let added = false;
        for (const cell of h.text.matchAll(APP_CELL)) {
          if (h.mentions.some((m) => m.start < cell.index + cell[0].length && m.end > cell.index)) continue;
          h.mentions.push({ kind: 'app', start: cell.index, end: cell.index + cell[0].length, text: cell[0] });
          added = true;
        }
        if (added) h.mentions.sort((a, b) => a.start - b.start);
      }
      // A header row's column of builds before a change ("Host,Before,After", "Computer;Old;New"): the builds left.
      if (PAST_CELL_WORD.test(h.text)) addPastCells(h);
      h.silent = h.mentions.length === 0 && !h.text.includes(REGISTRY_MARK);
    }
  }
  return !h.silent && h.mentions !== undefined;
}

/**
 * The client a heading lists among Office apps (two or more: a list, not a sentence naming one), as an Account page's "This product contains" does
 * ("[Access] [Excel] [Skype for Business] [OneNote] [Outlook]"): the client is installed with the suite.
 */
function listedClient(h: Heading): Mention | undefined {
  if (!read(h) || h.mentions === undefined) return undefined;
  let client: Mention | undefined;
  let apps = 0;
  for (const m of h.mentions) {
    if (m.kind === 'client') client ??= m;
    else if (m.kind === 'app') apps++;
  }
  return apps >= 2 ? client : undefined;
}

/** The client a heading names alone, as the title of its own About dialog ("Skype for Business", «Skype для бизнеса»). */
function titleClient(h: Heading): Mention | undefined {
  if (!read(h) || h.mentions === undefined || h.mentions.length !== 1) return undefined;
  const m = h.mentions[0]!;
  return m.kind === 'client' && h.text.trim().length <= m.end - m.start + 16 ? m : undefined;
}

/** A Format-Table rule under its header ("--------  -----------  --------"): two dashed columns or more. */
const TABLE_RULE = /^[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*$/;

/**
 * The header's span of the column of a Format-Table `rule` that holds offset `at` of a row: from its dashes' start
 * to the next column's (the last column whose dashes start at or before `at`; a row's value starts under them).
 */
function ruleColumn(rule: string, at: number): [number, number] {
  let from = 0;
  let to = rule.length;
  for (let i = 0; i < rule.length; i++) {
    if (rule.charCodeAt(i) !== 45 || (i > 0 && rule.charCodeAt(i - 1) === 45)) continue;
    if (i <= at) from = i;
    else {
      to = i;
      break;
    }
  }
  return [from, to];
}

/** A gap of two blanks or more between a space-aligned table's cells. */
const SPACED_GAP = /\S {2,}(?=\S)/g;

/** Where the cells of a space-aligned line start: its first non-blank, and after every gap of two blanks or more. */
function cellStarts(text: string): number[] {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) === 32) first++;
  const found = [first];
  SPACED_GAP.lastIndex = 0;
  for (let m = SPACED_GAP.exec(text); m; m = SPACED_GAP.exec(text)) found.push(m.index + m[0].length);
  return found;
}

/** Where the cells of a space-aligned header start (three cells or more, two blanks or more between them), read once; null for none. */
function spacedStarts(h: Heading): number[] | null {
  if (h.spaced === undefined) {
    let starts: number[] | null = null;
    const text = h.text;
    if (text.indexOf('  ') >= 0) {
      const found = cellStarts(text);
      if (found.length >= 3) starts = found;
    }
    h.spaced = starts;
  }
  return h.spaced;
}

/** The row last asked about by rowIsSpaced, and its answer: a row's builds ask one after another. */
let spacedRowInput: string | undefined;
let spacedRowStart = -1;
let spacedRowAnswer = false;

/** Whether a row holds two blanks in a row, read once per row (a long row of many builds would cost its length for each). */
function rowIsSpaced(input: string, lineStart: number, lineEnd: number): boolean {
  if (input !== spacedRowInput || lineStart !== spacedRowStart) {
    let gap = lineStart + 1;
    while (gap < lineEnd && !(input.charCodeAt(gap) === 32 && input.charCodeAt(gap - 1) === 32)) gap++;
    spacedRowInput = input;
    spacedRowStart = lineStart;
    spacedRowAnswer = gap < lineEnd;
  }
  return spacedRowAnswer;
}

/**
 * The span of the column of a space-aligned header (Format-Table without its rule, a console grid copied as text:
 * "Host         Outlook          Skype" over "PC-45        16.0.x           16.0.y") under which offset `at` of a
 * row stands: from the start of the last header cell at or before it to the next one's. Undefined when the header
 * has fewer than three cells so aligned, or the row none.
 */
function spacedColumn(h: Heading, input: string, lineStart: number, lineEnd: number, at: number): [number, number] | undefined {
  const starts = spacedStarts(h);
  if (starts === null) return undefined;
  if (!rowIsSpaced(input, lineStart, lineEnd)) return undefined;
  let k = 0;
  // A row with as many cells as the header, typed a little out of line ("a.smirnov         EXO        16.0.x  16.0.y"
  // under "User               Mailbox    Required        Detected client"): its n-th cell is the n-th column.
  const cells = rowCellStarts(input, lineStart, lineEnd);
  if (cells.length === starts.length) {
    while (k + 1 < cells.length && cells[k + 1]! <= at) k++;
  } else {
    while (k + 1 < starts.length && starts[k + 1]! <= at) k++;
  }
  return [starts[k]!, k + 1 < starts.length ? starts[k + 1]! : h.text.length];
}

/** The row last split by rowCellStarts, and its cells' starts (line offsets): a row's builds ask one after another. */
let cellRowInput: string | undefined;
let cellRowStart = -1;
let cellRowStarts: number[] = [];

/** Where a space-aligned row's cells start (two blanks or more between them), as line offsets, read once per row. */
function rowCellStarts(input: string, lineStart: number, lineEnd: number): number[] {
  if (input !== cellRowInput || lineStart !== cellRowStart) {
    cellRowInput = input;
    cellRowStart = lineStart;
    cellRowStarts = cellStarts(input.slice(lineStart, lineEnd));
  }
  return cellRowStarts;
}

/** Whether a header's cell label names builds to reach or releases (PLAN_LABEL, PLAN_COLUMN, RELEASE_COLUMN). */
export function isPlanCell(label: string): boolean {
  if (PLAN_LABEL.test(label) || PLAN_COLUMN.test(label) || RELEASE_COLUMN.test(label)) return true;
  // (A camel-cased label, "TargetVersion" in a Format-Table header, red-team round 314.)
  const words = camelWords(label);
  return words !== label && planLabel(words);
}

function planLabel(label: string): boolean {
  return PLAN_LABEL.test(label) || PLAN_COLUMN.test(label);
}

/**
 * What a heading says of the build at `at` on `line`: for a header row with
 * at least as many cells as the build's line (or a Format-Table header over
 * its rule), the words of the build's column, else the whole heading's. The
 * product whose builds the heading lists wins; else a client named; else a
 * threshold phrase (a target: "UpdateToVersion", "Minimum build"), else
 * another product, else the suite (a column's label or a line ending with a
 * colon puts the threshold phrase first).
 */
function says(h: Heading, input: string, lineStart: number, lineEnd: number, at: number, rule: Heading | undefined): Mention | undefined {
  if (!read(h) || h.mentions === undefined) return undefined;
  if (h.separator < 0) readCells(h);
  let from = 0;
  let to = h.text.length;
  // A row's cells map onto the header's when it has no more of them (a row may leave its last cells out: "| alice | 16.0.x |").
  const rowCells = h.separator === 0 ? 0 : countOutsideQuotes(input, lineStart, lineEnd, h.separator);
  let inCell = rowCells > 0 && rowCells <= h.cells;
  // A Confluence header ("|| Host || Outlook ||") doubles the bars its rows ("| PC-07 | 16.0.x |") write once.
  if (inCell) [from, to] = cellBounds(h, columnAt(h, input, lineStart, at));
  // A Format-Table header: the column under which the build stands ("Computer OfficeBuild SfBBuild" / "PC-07 16.0.x").
  else if (rule !== undefined) {
    [from, to] = ruleColumn(rule.text, at - lineStart);
    inCell = true;
  } else if (h.separator === 0) {
    // A space-aligned header without its rule: the column under which the build stands, as the rule would give it.
    const span = spacedColumn(h, input, lineStart, lineEnd, at - lineStart);
    if (span !== undefined) {
      [from, to] = span;
      inCell = true;
    }
  }
  // A client registry value asked for by name ("… -Name VersionToReport", "| fl ClientVersionToReport").
  const mark = h.text.indexOf(REGISTRY_MARK, from);
  if (mark >= 0 && mark < to) return { kind: 'client', start: mark, end: mark + REGISTRY_MARK.length, text: h.text.slice(mark, mark + REGISTRY_MARK.length) };
  let client: Mention | undefined;
  let target: Mention | undefined;
  let negative: Mention | undefined;
  let suite: Mention | undefined;
  // The product whose builds the heading lists ("Outlook builds of the users complaining about Skype for Business:").
  let listed: Mention | undefined;
  for (const m of h.mentions) {
    if (m.start < from || m.end > to) continue;
    const kind = m.kind;
    // (Not the suite's: "Office build on the new image (Skype for Business included):" is the client's.)
    if (listed === undefined && (kind === 'client' || kind === 'other' || kind === 'app' || kind === 'windows')) {
      HEAD_NOUN.lastIndex = m.end;
      if (HEAD_NOUN.test(h.text) || HEAD_NOUN_BEFORE.test(h.text.slice(Math.max(0, m.start - 24), m.start))) listed = m;
    }
    if (kind === 'client' || kind === 'web' || kind === 'mac' || kind === 'mobile') client ??= m;
    // ("Under" is a preposition in a heading: "… version do you see under Help > About?", "… unter Hilfe > Info?".)
    // (A table's "before" column holds what is still there where its result column says the update failed: "更新前ビルド,
    // 更新後ビルド,結果" over "PC-JP-14,16.0.x,—,失敗", "Host;Before;After;Result" over "WS-17;16.0.x;;failed", red-team round 356.)
    else if ((kind === 'threshold-before' || kind === 'threshold-after' || kind === 'past') && !PLACE_WORDS.has(m.text.toLowerCase()) && !(inCell && kind === 'past' && stillBefore(h.text, input.slice(lineStart, lineEnd)))) target ??= m;
    else if (kind === 'other' || kind === 'app' || kind === 'windows') negative ??= m;
    else if (kind === 'suite') suite ??= m;
  }
  // A column's short label is one thing: "Minimum SfB client" holds thresholds, and so does a line that labels the
  // value below it ("Minimum Skype for Business client build for on-premises mailboxes:"). A heading in prose
  // ("Skype for Business clients that need an update") names the clients below it.
  // A history's label of its order ("Registrations (latest first):", "Last 3 scans (newest first):") quotes nothing.
  if (target !== undefined && ORDER_WORD.test(h.text) && ORDER_LABEL.test(h.text)) target = undefined;
  if (inCell || LABEL_END.test(h.text)) return target ?? listed ?? client ?? negative ?? suite;
  // A sentence that tells of an update done ("IT Helpdesk 9:30 AM: pushed the update", «обновил удалённо») quotes no build
  // below it: the line below tells what came of it ("now it's 16.0.y", red-team round 337).
  if (target !== undefined && target.kind === 'threshold-before' && DONE_ACTION.test(h.text)) target = undefined;
  return listed ?? client ?? target ?? negative ?? suite;
}

/** A verb of an action done, in the past: what a chat's or a work note's line says of an update made. */
const DONE_ACTION = /(?<![\p{L}])(?:pushed|installed|deployed|applied|triggered|kicked off|done|completed|finished|updated|upgraded|rolled out|установил\p{L}*|запустил\p{L}*|обновил\p{L}*|накатил\p{L}*|installiert|eingespielt|verteilt|angestoßen|aktualisiert|zaktualizowa\p{L}*|zainstalowa\p{L}*|installée?s?|lancée?|mis à jour|instalad[oa]s?|aplicad[oa]s?|actualizad[oa]s?)(?![\p{L}])/iu;

/** A header's column of an update's result or state. */
const RESULT_COLUMN = /(?<![\p{L}])(?:result|status|state|outcome|ergebnis|état|résultat|estado|resultado|esito|resultaat|wynik|výsledek|sonuç|результат|статус|состояние)(?![\p{L}])|結果|状態|状态|结果/iu;
/** A row that says its update went through. */
const ROW_SUCCEEDED = /(?<![\p{L}])(?:success\p{L}*|succeeded|installed|ok|done|completed?|erfolgreich|installiert|réussi\p{L}*|installée?|terminé|exitos[oa]|instalad[oa]|complet[oa]|başarılı|pomyślnie|udan[ea]|úspěšně|geslaagd|gelukt|riuscit[oa]|concluíd[oa]|sikeres|успешно|установлен\p{L}*|выполнено)(?![\p{L}])|成功|完了|済み|已安装|已安裝|설치됨/iu;
/** …or that it did not. */
const ROW_NOT_DONE = /(?<![\p{L}])(?:fail\p{L}*|error|not installed|rolled back|excluded|pending|fehlgeschlagen|fehler|échec|erreur|fallid[oa]|ошибка|сбой|не\s+установлен\p{L}*|откат\p{L}*)(?![\p{L}])|失敗|エラー|除外|失败|錯誤|错误/iu;

/** …or that it failed, and the build before it is still there (not one left out of the update, whose state the row does not give). */
const ROW_FAILED = /(?<![\p{L}])(?:fail\p{L}*|error|rolled back|reverted|fehlgeschlagen|fehler|échec|erreur|fallid[oa]|mislukt|başarısız|nieudan\p{L}*|selhal\p{L}*|ошибка|сбой|откат\p{L}*)(?![\p{L}])|失敗|エラー|失败|錯誤|错误/iu;

/** Whether a row's "before" cell still holds what is there: its header has a result column and the row's result is no success. */
function stillBefore(header: string, row: string): boolean {
  return RESULT_COLUMN.test(header) && (!ROW_SUCCEEDED.test(row) || ROW_NOT_DONE.test(row));
}

/** Threshold words that name a place in a heading ("under Help > About"): a heading's build below is not quoted by them. */
const PLACE_WORDS: ReadonlySet<string> = new Set(['under', 'unter']);

/** A client's name, web, Mac and mobile included: what the block above a blank line may not lend. */
function namesAClient(m: Mention): boolean {
  return m.kind === 'client' || m.kind === 'web' || m.kind === 'mac' || m.kind === 'mobile';
}

/** Whether the line at text[i] starts (after blanks) as a prompt may: "PS " or a drive letter and ":\\". */
function mayBePrompt(text: string, i: number): boolean {
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  const c = text.charCodeAt(i) | 0x20;
  // "[PS]", or a remote session's computer ("[SP01]: PS C:\>").
  if (c === 0x5b /* [ */) return true;
  return (c === 0x70 && (text.charCodeAt(i + 1) | 0x20) === 0x73) || (c >= 0x61 && c <= 0x7a && text.charCodeAt(i + 1) === 58 && text.charCodeAt(i + 2) === 92);
}

/** Whether input[first, lineEnd) is a PowerShell or cmd prompt and its command ("PS C:\> Get-SPFarm", "[SP01]: PS C:\>"). */
export function isPromptLine(input: string, first: number, lineEnd: number): boolean {
  return mayBePrompt(input, first) && PROMPT.test(input.slice(first, lineEnd));
}

/** The headings in force at a point of a text (texts, the nearest first), to start a later part of it with. */
export interface HeadingState {
  kept: string[];
  prompt: string | undefined;
  /** The headings of the block before the last blank line (the nearest first). */
  above: string[];
}

/**
 * What a part of a text does to the headings in force, whatever they were
 * before it: whether it holds a blank line, its headings after the last one
 * (the nearest first), and its last prompt.
 */
export interface HeadingChange {
  blank: boolean;
  kept: string[];
  prompt: string | undefined;
  /**
   * This part's headings of the last block before a blank line that held any (undefined: no such block ended here),
   * and whether that block began above the part (the headings in force before it are then that block's too).
   */
  above: string[] | undefined;
  aboveGoesOn: boolean;
}

export const NO_HEADINGS: HeadingState = { kept: [], prompt: undefined, above: [] };

/** The headings in force after a part that made `change`, when `before` were in force before it. */
export function afterChange(before: HeadingState, change: HeadingChange): HeadingState {
  const block = change.above === undefined ? [] : change.aboveGoesOn ? [...change.above, ...before.kept] : change.above;
  const above = block.length === 0 ? before.above : block.slice(0, KEPT);
  return { kept: (change.blank ? change.kept : [...change.kept, ...before.kept]).slice(0, KEPT), prompt: change.prompt ?? before.prompt, above };
}

const heading = (text: string): Heading => new Heading().set(text, 0, text.length);

export class Headings {
  /** The kept headings: `count` of them, the nearest at `ring[nearest]`, the next ones after it (wrapping). */
  private readonly ring: Heading[] = Array.from({ length: KEPT }, () => new Heading());
  private nearest = 0;
  private count = 0;
  private prompt: Heading | undefined;
  // For a part scanned before what stands above it is known (a CLI worker's block): what the part did,
  // and whether an answer could have been another had the headings above it been known.
  private startUnknown = false;
  private sawBlank = false;
  private sawPrompt = false;
  /** How many of the kept (the nearest) are this part's own, not inherited from above it. */
  private own = 0;
  /** An answer given here might differ with the headings above this part: it must be scanned again, from them. */
  dependedOnStart = false;
  /**
   * The headings of the block before the last blank line (copies: the ring's records are reused), read only for
   * what they say against a client: "SharePoint Server 2019 cumulative updates" / (blank) / a table of builds.
   */
  private readonly above: Heading[] = Array.from({ length: KEPT }, () => new Heading());
  private aboveCount = 0;
  /** This part's own among them, and whether their block began above the part (its start state then counts too). */
  private aboveOwn = 0;
  private aboveGoesOn = false;
  private aboveSet = false;

  /** Headings for a part whose start state is `state`, or unknown (undefined): ownerOf then notes when that state could matter. */
  static from(state: HeadingState | undefined): Headings {
    const h = new Headings();
    if (state === undefined) h.startUnknown = true;
    else {
      for (let k = Math.min(state.kept.length, KEPT) - 1; k >= 0; k--) h.push(state.kept[k]!, 0, state.kept[k]!.length);
      h.prompt = state.prompt === undefined ? undefined : heading(state.prompt);
      h.aboveCount = Math.min(state.above.length, KEPT);
      for (let k = 0; k < h.aboveCount; k++) h.above[k]!.set(state.above[k]!, 0, state.above[k]!.length);
    }
    return h;
  }

  private at(k: number): Heading {
    return this.ring[(this.nearest + k) % KEPT]!;
  }

  private push(source: string, from: number, to: number): Heading {
    this.nearest = (this.nearest + KEPT - 1) % KEPT;
    if (this.count < KEPT) this.count++;
    return this.ring[this.nearest]!.set(source, from, to);
  }

  /** What this part did to the headings (see HeadingChange). */
  change(): HeadingChange {
    const kept: string[] = [];
    for (let k = 0; k < this.own; k++) kept.push(this.at(k).text);
    const above: string[] = [];
    for (let k = 0; k < this.aboveOwn; k++) above.push(this.above[k]!.text);
    return { blank: this.sawBlank, kept, prompt: this.sawPrompt ? this.prompt?.text : undefined, above: this.aboveSet ? above : undefined, aboveGoesOn: this.aboveGoesOn };
  }

  /** A line without a dotted number, input[from, to) (not blank). */
  add(input: string, from: number, to: number): void {
    const h = this.push(input, from, Math.min(to, from + HEADING_LIMIT));
    if (mayBePrompt(input, from) && PROMPT.test(h.text)) {
      // Its own record: the ring's is reused by the next heading.
      this.prompt = heading(h.text);
      this.sawPrompt = true;
    }
    if (this.own < KEPT) this.own++;
  }

  /** A blank line: the headings above it no longer speak for what follows (a prompt still does). */
  blank(): void {
    // A block without headings (two blank lines in a row, a table's rows alone) keeps the block before it; so does one
    // of labels that name nothing ("Current version:" between a title and its build, blank lines around it).
    if (this.count > 0 && this.onlyBareLabels()) {
      // Whether the block began above this part decides, and that is not known here: the part may depend on it.
      if (!this.sawBlank && this.startUnknown) this.dependedOnStart = true;
    } else if (this.count > 0) {
      for (let k = 0; k < this.count; k++) this.above[k]!.copy(this.at(k));
      this.aboveCount = this.count;
      this.aboveOwn = this.own;
      // The block began above this part: its headings kept from the start state (or unknown ones) belong to it too.
      this.aboveGoesOn = !this.sawBlank;
      this.aboveSet = true;
    } else if (!this.sawBlank) {
      // The part's first block named nothing here: what it was is the start state's (kept as read, or unknown).
      this.aboveOwn = 0;
      this.aboveGoesOn = true;
      this.aboveSet = true;
    }
    this.sawBlank = true;
    this.own = 0;
    this.count = 0;
  }

  /** Whether every heading of the block under way is a short label that names nothing ("Current version:"). */
  private onlyBareLabels(): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      let end = h.to;
      while (end > h.from && isBlank(h.source.charCodeAt(end - 1))) end--;
      if (end - h.from > BARE_LABEL_LIMIT || h.source.charCodeAt(end - 1) !== 58 /* : */ || read(h)) return false;
    }
    return true;
  }

  /** What the nearest heading that names anything says of the build at `at` on input[lineStart, lineEnd), if any. */
  ownerOf(input: string, lineStart: number, lineEnd: number, at: number, aboutLine = false): Mention | undefined {
    // A table's header row between: a plan or a threshold in the prose above it speaks of the case, not of the table's
    // rows (another product named there still may: "The SharePoint farm was patched yesterday." over "Server,Build").
    let table = false;
    for (let k = 0; k < this.count; k++) {
      const m = says(this.at(k), input, lineStart, lineEnd, at, k > 0 ? this.ruleAt(k - 1) : undefined);
      if (table && m !== undefined && isTarget(m) && isProse(this.at(k))) continue;
      if (m?.kind === 'app' || m?.kind === 'suite') {
        // "About Outlook" on an Account page whose product list above names the client, or the suite's name under the
        // client's own About title ("Skype for Business" / "Microsoft 365 Apps for enterprise"): the suite's build, the client's.
        for (let j = k + 1; j < this.count; j++) {
          const client = m.kind === 'app' ? listedClient(this.at(j)) : titleClient(this.at(j));
          if (client) return client;
        }
      }
      if (m) return m;
      table ||= this.headerOfRow(k, input, lineStart, lineEnd, at);
    }
    // Headings above this part would come next (no blank line between), and so would a prompt above it.
    if (this.startUnknown && ((!this.sawBlank && this.count < KEPT) || !this.sawPrompt)) this.dependedOnStart = true;
    const prompted = this.prompt ? says(this.prompt, input, lineStart, lineEnd, at, undefined) : undefined;
    // A command that names the client speaks for its output, not for a sentence or a label of words further down the
    // paste ("reg query … /v VersionToReport" … "all clients: 16.0.x"): that line is no output of it.
    if (prompted !== undefined && !(namesAClient(prompted) && WORDS_BEFORE.test(input.slice(Math.max(lineStart, at - WORDS_REACH), at)))) return prompted;
    // When neither says anything, the block before the blank line may say the build is another product's (its title,
    // "Office Online Server release history" over a table of builds); never that it is a client's.
    if (this.startUnknown && (!this.sawBlank || (this.aboveGoesOn && this.aboveCount < KEPT))) this.dependedOnStart = true;
    for (let k = 0; k < this.aboveCount; k++) {
      const h = this.above[k]!;
      // A prompt there speaks for its own output only, by its own rule.
      if (mayBePrompt(h.source, h.from) && PROMPT.test(h.text)) continue;
      // An About line is its own evidence: only another app's About title above the blank line takes it ("About Microsoft
      // Project", "… About Word shows:"), whatever else that line says.
      if (aboutLine) {
        const app = read(h) ? h.mentions?.find((m) => m.kind === 'app') : undefined;
        if (app !== undefined) return app;
        continue;
      }
      const m = says(h, input, lineStart, lineEnd, at, undefined);
      if (table && m !== undefined && isTarget(m) && isProse(h)) continue;
      if (m !== undefined) return namesAClient(m) ? undefined : m;
    }
    return undefined;
  }

  /** Whether heading k is the header of the row on input[lineStart, lineEnd): a separated header the row fits, a Format-Table rule, an aligned header. */
  private headerOfRow(k: number, input: string, lineStart: number, lineEnd: number, at: number): boolean {
    const h = this.at(k);
    if (h.separator < 0) readCells(h);
    if (h.separator > 0) {
      const rowCells = countOutsideQuotes(input, lineStart, lineEnd, h.separator);
      return rowCells > 0 && rowCells <= h.cells && HAS_LETTER.test(h.text);
    }
    return this.ruleAt(k) !== undefined || spacedColumn(h, input, lineStart, lineEnd, at - lineStart) !== undefined;
  }

  /**
   * Whether the build at `at` on input[lineStart, lineEnd) stands in the column of a client registry value
   * ("VersionToReport", "ClientVersionToReport") of the nearest header row: a separated one, or an aligned one.
   */
  registryColumn(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if (h.separator < 0) readCells(h);
      if (h.separator > 0) {
        if (!REGISTRY_COLUMN.test(h.text)) return false;
        const [from, to] = cellBounds(h, columnAt(h, input, lineStart, at));
        return REGISTRY_COLUMN.test(h.text.slice(from, to));
      }
      const column = this.alignedColumn(k, input, lineStart, lineEnd, at, true);
      if (column !== undefined) return REGISTRY_COLUMN.test(column.label);
    }
    return false;
  }

  /** Heading k when it is a Format-Table rule (a header's dashes), else undefined. */
  private ruleAt(k: number): Heading | undefined {
    const h = this.at(k);
    h.rule ??= h.text.charCodeAt(0) <= 45 && TABLE_RULE.test(h.text);
    return h.rule ? h : undefined;
  }

  /**
   * The label of the column the build at `at` stands under in an aligned table, and its header's text: heading k a
   * Format-Table rule under its header, or (`spaced`) heading k a header whose cells stand two blanks apart
   * (spacedColumn). Undefined for neither.
   */
  private alignedColumn(k: number, input: string, lineStart: number, lineEnd: number, at: number, spaced: boolean): { header: string; label: string } | undefined {
    const h = this.at(k);
    if (this.ruleAt(k) !== undefined && k + 1 < this.count) {
      const header = this.at(k + 1).text;
      const [from, to] = ruleColumn(h.text, at - lineStart);
      return { header, label: header.slice(from, to) };
    }
    if (!spaced) return undefined;
    if (h.separator < 0) readCells(h);
    if (h.separator > 0) return undefined;
    const span = spacedColumn(h, input, lineStart, lineEnd, at - lineStart);
    return span === undefined ? undefined : { header: h.text, label: h.text.slice(span[0], span[1]) };
  }

  /**
   * Whether the build at `at` on input[lineStart, lineEnd) stands under a plan's heading, its own line naming the
   * client: a short label of a plan's section ("Target state:", "Soll-Stand:", "Required builds:" over a line that only
   * names the client), or the column of a header row that holds builds to reach ("Client | Minimum version | Status").
   */
  planAbove(input: string, lineStart: number, lineEnd: number, at: number, row: boolean): boolean {
    // A row without a cell separator (`row` false) is no table's row: its headings are read as labels only (their cells never counted).
    let table = false;
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if (row && h.separator < 0) readCells(h);
      if (row && h.separator > 0) {
        const rowCells = countOutsideQuotes(input, lineStart, lineEnd, h.separator);
        if (rowCells === 0 || rowCells > h.cells) return false;
        const columns = planColumns(h);
        // A Markdown table's rule ("|---|---|") under its header names nothing: the header is above it.
        if (columns === null && !HAS_LETTER.test(h.text)) continue;
        if (columns !== null) return columns[columnAt(h, input, lineStart, at)] === true;
        // A header row without such a column: a plan's heading right above it still speaks for its rows
        // ("## Planned Skype for Business builds (Q3)" over "| Ring | Build |"), not a sentence of the ticket's.
        table = true;
        continue;
      }
      if (table && isProse(h)) return false;
      // A Format-Table rule under its header ("Product  Minimum Version" / "-------  ---------------"), or a
      // space-aligned header without one: the column under which the build stands.
      const column = this.alignedColumn(k, input, lineStart, lineEnd, at, !row);
      if (column !== undefined) return RELEASE_COLUMN.test(column.header) || isPlanCell(column.label);
      // A title's underline ("Target state" / "------------", "Откат" / "=====") is part of the title above it.
      if (UNDERLINE.test(h.text)) continue;
      if (isPlanLabel(h)) return true;
      // The command an example's output came from, or its code block's fence, is part of the example under its title
      // ("Example output:" / "PS C:\> Get-ItemProperty …" / "VersionToReport : 16.0.x"; "{code:title=Example}" / "{code}").
      if (PROMPT.test(h.text) || COMMAND_OR_FENCE.test(h.text)) continue;
      // An item of the list under the label ("Anforderungen:" / "- Exchange 2016 CU2" / "- Skype for Business 16.0.x").
      if (LIST_BULLET.test(h.text)) continue;
      // A label that only names the client ("Skype for Business", "SfB:") under the plan's label.
      if (h.to - h.from > BARE_LABEL_LIMIT || titleClient(h) === undefined) return false;
    }
    if (this.startUnknown && !this.sawBlank && this.count < KEPT) this.dependedOnStart = true;
    return false;
  }

  /**
   * Whether the build at `at` on a row (input[lineStart, lineEnd), which holds a cell separator) stands under a header
   * row's column of installed builds ("InstalledVersion", "Current build", "Installierte Version"): a status cell on
   * the row then speaks of an update to come, not of that build.
   */
  installedColumn(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    const column = this.columnOf(input, lineStart, lineEnd, at);
    // (One aligned "cell" holding two labels, "InstalledVersion TargetVersion", is two columns a single blank apart: no saying which.)
    return column !== undefined && INSTALLED_COLUMN.test(column.label) && !(column.aligned && isPlanCell(column.label));
  }

  /**
   * The side of a change whose column the build at `at` stands in, for a header row that has both an old and a new side
   * ("Host,Product,OldVersion,NewVersion", "Старая версия   Новая версия", "Alte Version | Neue Version",
   * "PreviousVersion,InstalledVersion"): the old side's build is gone, the new side's is there now (no target); undefined
   * for other rows (a header read in no cells yet among them).
   */
  changeColumn(input: string, lineStart: number, lineEnd: number, at: number): 'old' | 'new' | undefined {
    const column = this.columnOf(input, lineStart, lineEnd, at);
    const side = column === undefined ? undefined : changeSide(column.header, column.label);
    // (A row whose result says the change did not go through keeps its "before" side, and its "after" side is not there.)
    return side === 'old' && stillBefore(column!.header, input.slice(lineStart, lineEnd)) ? undefined : side;
  }

  /**
   * The header and the label of the column the build at `at` on a row stands under: a Format-Table header over its rule
   * or a space-aligned header (`aligned`), else the nearest header row with at least as many cells as the row.
   */
  private columnOf(input: string, lineStart: number, lineEnd: number, at: number): { header: string; label: string; aligned: boolean } | undefined {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      const column = this.alignedColumn(k, input, lineStart, lineEnd, at, true);
      if (column !== undefined) return { ...column, aligned: true };
      if (h.separator <= 0) return undefined;
      const rowCells = countOutsideQuotes(input, lineStart, lineEnd, h.separator);
      if (rowCells === 0 || rowCells > h.cells) return undefined;
      // (A Markdown table's rule under its header names nothing: the header is above it.)
      if (!HAS_LETTER.test(h.text)) continue;
      const [from, to] = cellBounds(h, columnAt(h, input, lineStart, at));
      return { header: h.text, label: h.text.slice(from, to), aligned: false };
    }
    return undefined;
  }

  /** Whether the build at `at` on a row stands in the "before" column of a change its result column says did not go through. */
  beforeKept(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    const column = this.columnOf(input, lineStart, lineEnd, at);
    if (column === undefined) return false;
    const label = camelWords(column.label);
    return (OLD_SIDE.test(label) || BEFORE_SIDE.test(label)) && changeSide(column.header, column.label) === 'old' && RESULT_COLUMN.test(column.header) && ROW_FAILED.test(input.slice(lineStart, lineEnd));
  }

  /** Whether the row's result column says the change failed (the build at `at` stands on a row under a result column). */
  changeFailed(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    const column = this.columnOf(input, lineStart, lineEnd, at);
    return column !== undefined && RESULT_COLUMN.test(column.header) && ROW_FAILED.test(input.slice(lineStart, lineEnd));
  }

  /** Whether the mention at `at` on a row stands under a column of apps left out ("O365ProPlusRetail.ExcludedApps": "groove,lync"). */
  inExcludedColumn(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    // (Most headings name no exclusion: each is looked at once for the word.)
    let any = false;
    for (let k = 0; k < this.count && !any; k++) {
      const h = this.at(k);
      any = h.exclusionWord ??= EXCLUSION_WORD.test(h.text);
    }
    if (!any) return false;
    const column = this.columnOf(input, lineStart, lineEnd, at);
    return column !== undefined && EXCLUSION_WORD.test(column.label);
  }

  /**
   * Whether the row on input[lineStart, lineEnd) answers "no" in its header's column of an installed flag ("| Host | Version |
   * Установлено |" over "| PC-21 | 16.0.x | нет |", "Installed" over "No", ❌, "(x)"): a row of a build not installed.
   */
  flagSaysNo(input: string, lineStart: number, lineEnd: number): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if (h.separator < 0) readCells(h);
      if (h.separator <= 0) return false;
      // (A Markdown table's rule under its header names nothing: the header is above it.)
      if (!HAS_LETTER.test(h.text)) continue;
      if (!INSTALLED_FLAG_WORD.test(h.text)) return false;
      const rowCells = countOutsideQuotes(input, lineStart, lineEnd, h.separator);
      if (rowCells === 0 || rowCells > h.cells) return false;
      // (A Confluence header, "|| Host ||", doubles the bars its rows write once.)
      const step = h.separator === 124 && h.text.includes('||') ? 2 : 1;
      for (let column = 0; column <= h.cells; column += step) {
        const [from, to] = cellBounds(h, column);
        if (!INSTALLED_FLAG.test(h.text.slice(from, to))) continue;
        const cell = cellOf(input, lineStart, lineEnd, h.separator, column / step);
        return cell !== undefined && NO_ANSWER.test(cell);
      }
      return false;
    }
    return false;
  }

  /**
   * Whether the row on input[lineStart, lineEnd) says, in its header's column of the client, that the client is not there
   * ("Device;Skype for Business;Office build" over "PC-01;;16.0.x", "…|excluded|", «исключён», "n/a", "—"), when the build
   * at `at` stands in another column: the suite's build of a machine without the client (red-team round 314).
   */
  clientCellSaysNo(input: string, lineStart: number, lineEnd: number, at: number): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if (h.separator < 0) readCells(h);
      if (h.separator <= 0) return false;
      if (!HAS_LETTER.test(h.text)) continue;
      if (!read(h) || h.mentions === undefined || !h.mentions.some((m) => m.kind === 'client')) return false;
      const rowCells = countOutsideQuotes(input, lineStart, lineEnd, h.separator);
      if (rowCells === 0 || rowCells !== h.cells) return false;
      const step = h.separator === 124 && h.text.includes('||') ? 2 : 1;
      const own = columnAt(h, input, lineStart, at);
      for (let column = 0; column <= h.cells; column += step) {
        if (column === own) continue;
        const [from, to] = cellBounds(h, column);
        const label = h.text.slice(from, to);
        if (!CLIENT_ONLY_CELL.test(label) || !h.mentions.some((m) => m.kind === 'client' && m.start >= from && m.end <= to)) continue;
        const cell = cellOf(input, lineStart, lineEnd, h.separator, column / step);
        if (cell !== undefined && NO_CLIENT_CELL.test(cell)) return true;
      }
      return false;
    }
    return false;
  }

  /** Whether the prompt in force searches for packages or shows one ("winget search", "choco info", Find-Package): its output lists packages. */
  promptQueriesPackages(): boolean {
    return this.prompt !== undefined && PACKAGE_QUERY.test(this.prompt.text);
  }

  /** Whether a heading kept above leaves the client out of the install (EXCLUDED_CLIENT). */
  excludeClient(): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if ((h.excludes ??= EXCLUSION_WORD.test(h.text) && EXCLUDED_CLIENT.test(h.text))) return true;
    }
    // Headings above a part not yet known would come next.
    if (this.startUnknown && !this.sawBlank && this.count < KEPT) this.dependedOnStart = true;
    return false;
  }

  /** Whether a heading kept above is a client version rules table's header (RULE_TABLE_HEADER), each read once. */
  ruleTableAbove(): boolean {
    for (let k = 0; k < this.count; k++) {
      const h = this.at(k);
      if ((h.ruleTable ??= ACTION_COLUMN.test(h.text) && RULE_TABLE_HEADER.test(h.text))) return true;
    }
    if (this.startUnknown && !this.sawBlank && this.count < KEPT) this.dependedOnStart = true;
    return false;
  }

  /** Whether a heading kept above matches `pattern` (a rule table's "UserAgentFullName" column). */
  some(pattern: RegExp): boolean {
    for (let k = 0; k < this.count; k++) if (pattern.test(this.at(k).text)) return true;
    if (this.startUnknown && !this.sawBlank && this.count < KEPT) this.dependedOnStart = true;
    return false;
  }

  get empty(): boolean {
    return this.count === 0 && this.prompt === undefined && !this.startUnknown && this.aboveCount === 0;
  }
}
