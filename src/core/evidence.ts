// What the words on a line say about the numbers on it (docs/evidence.md).
// A dotted number is a Skype for Business client build only on evidence of a
// client; another product's name, an Office app, a quoted threshold or mixed
// evidence defeats it. This module finds the product names and threshold
// phrases on one line; scan.ts weighs them against each number's position.

/** What a product name or phrase on a line is evidence of. */
export type MentionKind =
  /** Words about the mailbox location ("Exchange Online"): no product's build. */
  | 'neutral'
  /** A Skype for Business / Lync client. */
  | 'client'
  /** A web client or web API (never the Windows client). */
  | 'web'
  | 'mac'
  | 'mobile'
  /** Another product: a server, Exchange, SharePoint, SQL Server, a browser… */
  | 'other'
  /** Windows itself: its builds look like Office's in "(Build …)". */
  | 'windows'
  /** Another Office app: shares the suite build, proves no Skype client. */
  | 'app'
  /** The Office suite: the Skype client shares its build only where installed. */
  | 'suite'
  /** A phrase that follows a quoted minimum ("or later"). */
  | 'threshold-after'
  /** A phrase that precedes a quoted minimum ("needs", "at least"). */
  | 'threshold-before';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** The words as written, for a reason ("SharePoint"). */
  text: string;
}

// Each group is one kind; at one position the earlier group wins, so the
// longer names ("Skype for Business Server", "… Web App") come before the
// client names they start with. Letters around a name must not be letters
// (the lookarounds), except where a name is a prefix ("exchangeversion").
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}])`;
const S = String.raw`[\s\u00a0]+`;
const SKYPE = String.raw`(?:skype${S}(?:for|для|f[üu]r|per|dla)${S}(?:business|бизнеса|firm)|skype${S}entreprise|skype${S}empresarial|lync)`;
const GROUPS: ReadonlyArray<[MentionKind, string]> = [
  ['neutral', String.raw`exchange${S}online|exchange${S}on[-\s]?prem\p{L}*|локальн\p{L}*${S}exchange|exchange${S}в${S}облаке|exchange${S}mailbox`],
  ['web', String.raw`${SKYPE}${S}web${S}app|web${S}?app|lync${S}web|lwa|cwa|ucwa|web${S}client|веб-?клиент\p{L}*|веб-?приложени\p{L}*`],
  ['other', String.raw`${SKYPE}${S}server|lync${S}phone${S}edition|office${S}communications${S}server|communications${S}server|ocs|front[-\s]?end|edge${S}server|mediation${S}server|director|sharepoint|office${S}online${S}server|online${S}server|wopi|visual${S}studio|vs${S}?20\d\d|sql${S}?server|sql|mssql|ssms|management${S}studio|admindisplayversion|msexch|exsetup|onedrive|teams|dynamics|power${S}?bi|silverlight|java|adobe|acrobat|zoom|webex|cisco|polycom|chrome|chromium|firefox|safari|opera|internet${S}explorer|msie|edge|server|сервер\p{L}*`],
  ['mac', String.raw`for${S}mac|on${S}mac|для${S}mac|mac|macos|os${S}x`],
  ['mobile', String.raw`windows${S}phone|iphone|ipad|android|ios|мобильн\p{L}*`],
  ['windows', String.raw`windows|win${S}?(?:7|8|8\.1|10|11)|os${S}build|сборка${S}ос|виндовс`],
  ['app', String.raw`outlook|winword|microsoft${S}word|word|excel|powerpoint|onenote|visio|microsoft${S}project|project${S}(?:professional|standard|20\d\d)|winproj|microsoft${S}access|msaccess|microsoft${S}publisher|mspub|infopath`],
  ['suite', String.raw`office${S}?365|microsoft${S}365|m365|proplus|pro${S}plus|professional${S}plus|office${S}professional|office${S}standard|office${S}ltsc|office${S}20(?:16|19|21|24)|microsoft${S}office|office`],
  ['client', String.raw`${SKYPE}|communicator|sfb|uccapi|skype`],
  [
    'threshold-after',
    String.raw`or${S}(?:later|newer|higher|above|greater)|and${S}(?:later|newer|higher|above)|или${S}(?:новее|выше|старше|более${S}поздн\p{L}*|поздне\p{L}*)|и${S}(?:выше|новее)|oder${S}(?:höher|neuer|später)|ou${S}(?:ultérieure?|supérieure?|plus${S}récente?|posterior|superior)|o${S}(?:posterior|superior|successiv[ao]|más${S}reciente)|lub${S}nowsz\p{L}*|veya${S}üzeri|nebo${S}novější`,
  ],
  [
    'threshold-before',
    String.raw`at${S}least|minimum|minimal|min\.?|required?|requires|need(?:s|ed)?|must${S}be|should${S}be|(?:update|upgrade)d?${S}to|threshold|mindestens|erforderlich|benötigt|au${S}moins|minimale?|requis|nécessite|al${S}menos|mínim[oa]|requiere|не${S}ниже|минимум|минимальн\p{L}*|требуется|требу\p{L}*|нужн\p{L}*|необходим\p{L}*|обнов\p{L}*${S}до|начиная${S}с|starting${S}(?:with|from)`,
  ],
];
/** Names of non-Latin scripts carry no word boundary; matched as they stand. */
const UNBOUNDED: ReadonlyArray<[MentionKind, string]> = [
  ['threshold-after', '以降|以上|或更高|或更新|이상'],
  ['threshold-before', '最低|必要|至少|需要|≥|>='],
  ['other', String.raw`exchange|x-ms-exchange`],
];

const KINDS: MentionKind[] = [];
const parts: string[] = [];
for (const [kind, body] of GROUPS) {
  KINDS.push(kind);
  parts.push(`(${B}(?:${body})${E})`);
}
for (const [kind, body] of UNBOUNDED) {
  KINDS.push(kind);
  parts.push(`((?:${body}))`);
}
const MENTION = new RegExp(parts.join('|'), 'giu');

/**
 * Characters that stand for a space in pasted agents and web copies, replaced
 * by as many spaces so that offsets do not move: IIS's "+", "%20", "&nbsp;",
 * NBSP, zero-width and bidi marks, and the ® ™ of product names.
 */
const SPACE_LIKE = /%20|&nbsp;|&#160;|[+_®™\u00a0\u200b-\u200f\u202a-\u202f\u2060\ufeff]/gi;

export function spacedLine(line: string): string {
  return line.replace(SPACE_LIKE, (m) => ' '.repeat(m.length));
}

/** Product names and threshold phrases on one line, in order. `line` is one line's text (spacedLine applied). */
export function mentionsOn(line: string): Mention[] {
  const found: Mention[] = [];
  MENTION.lastIndex = 0;
  for (let m = MENTION.exec(line); m !== null; m = MENTION.exec(line)) {
    let g = 1;
    while (m[g] === undefined) g++;
    found.push({ kind: KINDS[g - 1]!, start: m.index, end: m.index + m[0].length, text: m[0] });
    if (m[0].length === 0) MENTION.lastIndex++;
  }
  return found;
}

/**
 * Windows builds (7, 8, 8.1, 10, 11, Server 2008 R2 to 2025), which Windows
 * writes as "(Build 9600.17415)" exactly where Office writes its own build.
 */
export const WINDOWS_BUILDS: ReadonlySet<string> = new Set([
  '6001', '6002', '6003', '7600', '7601', '9200', '9600', '10240', '10586', '14393', '15063', '16299', '17134', '17763',
  '18362', '18363', '19041', '19042', '19043', '19044', '19045', '20348', '22000', '22621', '22631', '25398', '26100', '26200',
]);

/** Words in an Office About dialog's parenthesis that say Click-to-Run, in the UI languages admins meet. */
export const CLICK_TO_RUN = /click-to-run|klick-und-los|démarrer en un clic|hacer clic y ejecutar|a portata di clic|clicar para executar|nažmi a spusť|klikni a spusť|kliknij i uruchom|tıkla çalıştır|нажми и работай|клацни і працюй|クイック実行|即点即用|即按即用|간편 실행/i;

/** "Version 1605" (Office's year-month label) standing right before "(Build …" or "Build …". */
export const OFFICE_LABEL = /(?:version|versión|versão|versione|wersja|verze|sürüm|версия|версія|バージョン|版本|버전)\s*(\d{4})\s*\(?\s*(?:build|сборка|збірка|compilación|compilacion|compilação|kompilacja|sestavení|derleme|ビルド|빌드|内部版本|組建)?\s*$/iu;

/** A version label that is not Office's: "Version 15.20 (Build …" (Exchange), "Version 22H2 (Build …" (Windows). */
export const FOREIGN_LABEL = /(?:version|версия|versión|versione|versão|wersja|verze)\s*(\d{1,2}\.\d{1,2}|\d\d[hH]\d)\s*\(?\s*(?:build|сборка|збірка|compilación|compilacion|compilação|kompilacja|sestavení|derleme|ビルド|빌드|内部版本|組建)?\s*$/iu;
