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
  | 'threshold-before'
  /**
   * A word that may state a row's deployment status or a version rule's terms ("Failed", "Deferred", "Allow", "GEQ"):
   * names nothing; it only tells the scanner to read the line's status cells and rule terms (scan.ts).
   */
  | 'status'
  /** A phrase that precedes a build installed before, not now ("upgraded from", "vorher war"). */
  | 'past'
  /** A word that says the client is not on the build right after it ("not 16.0.x", «не 16.0.x»). */
  | 'negation';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** The words as written, for a reason ("SharePoint"). */
  text: string;
}

export { spacedLine } from './spaced-line.ts';
export { mentionsIn, mentionsOn } from './mentions.ts';

/**
 * Windows builds (7, 8, 8.1, 10, 11, Server 2008 R2 to 2025), which Windows
 * writes as "(Build 9600.17415)" exactly where Office writes its own build.
 */
export const WINDOWS_BUILDS: ReadonlySet<string> = new Set([
  '6001', '6002', '6003', '7600', '7601', '9200', '9600', '10240', '10586', '14393', '15063', '16299', '17134', '17763',
  '18362', '18363', '19041', '19042', '19043', '19044', '19045', '20348', '22000', '22621', '22631', '25398', '26100', '26200',
]);

/** Words in an Office About dialog's parenthesis that name how the suite is installed (Click-to-Run, the Store), in the UI languages admins meet. */
export const CLICK_TO_RUN = /microsoft store|магазин microsoft|click[-\u2010\u2011]to[-\u2010\u2011]run|klick[-\u2010\u2011]und[-\u2010\u2011]los|klikaj i uruchamiaj|démarrer en un clic|hacer clic y ejecutar|a portata di clic|clicar para executar|clique para executar|klik-en-klaar|klicka[- ]och[- ]kör|klik[- ]og[- ]kør|klikk[- ]og[- ](?:bruk|kjør)|nažmi a spusť|klikni a spusť|kliknij i uruchom|szybka instalacja|szybkie uruchamianie|klick-und-ausführen|tıkla[- ]çalıştır|napsauta ja käytä|нажми и работай|клацни [іій] працюй|kattintásra|clic și pornire|κλικ και εκτέλεση|натисни [йі] працюй|запуск одним клацанням|クイック実行|即点即用|隨選即用|即按即用|간편 실행|التشغيل الفوري|คลิกทูรัน|bấm-để-chạy|bấm để chạy|לחץ והפעל/i;

/** "Version 1605" (Office's year-month label) standing right before "(Build …" or "Build …". */
export const OFFICE_LABEL = /(?:version|versio|versión|versão|versione|wersja|verze|sürüm|версия|версія|バージョン|版本|버전|الإصدار|เวอร์ชัน|phiên bản|גירסה|גרסה)\s*(\d{4})\s*\(?\s*(?:build|сборка|збірка|compilación|compilacion|compilação|kompilacja|sestavení|derleme|koontiversio|ビルド|빌드|内部版本|組建|البنية|รุ่น|bản dựng)?\s*$/iu;

/** A version label that is not Office's: "Version 15.20 (Build …" (Exchange), "Version 22H2 (Build …" (Windows). */
export const FOREIGN_LABEL = /(?:version|versio|версия|версія|versión|versione|versão|wersja|verze|sürüm|バージョン|版本|버전)(?:info)?\s*(\d{1,2}\.\d{1,2}|\d\d[hH]\d)\s*\(?\s*(?:build|сборка|збірка|compilación|compilacion|compilação|kompilacja|sestavení|derleme|ビルド|빌드|内部版本|組建)?\s*$/iu;
