// The one table of build strings and expected verdicts. Core unit tests, the
// CLI tests and the browser tests (popup rows, page badges) all read it, so a
// rule changes in one place and every surface is checked against it.
import type { FamilyId, Verdict } from '../src/core/types.ts';

export interface BuildCase {
  /** What the admin pastes or sees on a page: exactly one client. */
  input: string;
  /** Normalised version the engine must report. */
  version: string;
  family: FamilyId;
  online: Verdict;
  onprem: Verdict;
  /** Why this row exists. */
  why: string;
}

export const BUILD_CASES: readonly BuildCase[] = [
  { input: '16.0.6701.1000', version: '16.0.6701.1000', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'online threshold exactly' },
  { input: '16.0.6701.999', version: '16.0.6701.999', family: 'win16', online: 'upgrade-required', onprem: 'upgrade-required', why: 'one revision below the online threshold' },
  { input: '16.0.6920.1000', version: '16.0.6920.1000', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'on-premises threshold exactly' },
  { input: '16.0.6920.999', version: '16.0.6920.999', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'one revision below the on-premises threshold' },
  { input: '16.0.6919.99999', version: '16.0.6919.99999', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'big revision does not lift a lower build' },
  { input: '16.0.17928.20114', version: '16.0.17928.20114', family: 'win16', online: 'eligible', onprem: 'eligible', why: '5-digit build sorts below 6920 as text' },
  { input: '16.0.123456.20114', version: '16.0.123456.20114', family: 'win16', online: 'eligible', onprem: 'eligible', why: '6-digit build' },
  { input: '16.0.6701', version: '16.0.6701', family: 'win16', online: 'unknown', onprem: 'upgrade-required', why: 'revision-less, equals the online build' },
  { input: '16.0.6920', version: '16.0.6920', family: 'win16', online: 'eligible', onprem: 'unknown', why: 'revision-less, equals the on-premises build' },
  { input: '16.0.7000', version: '16.0.7000', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'revision-less but above both builds' },
  { input: '16.0.6600', version: '16.0.6600', family: 'win16-msi-range', online: 'upgrade-required', onprem: 'upgrade-required', why: 'revision-less below both' },
  { input: '16.0.4266.1001', version: '16.0.4266.1001', family: 'win16-msi-range', online: 'upgrade-required', onprem: 'upgrade-required', why: 'MSI volume build' },
  { input: '16.0.6965.2058', version: '16.0.6965.2058', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'Version 1605, the Drafts fix' },
  { input: 'Version 1605 (Build 6965.2058 Click-to-Run)', version: '16.0.6965.2058', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'About dialog, English' },
  { input: 'Версия 1605 (сборка 6965.2058 нажми и работай)', version: '16.0.6965.2058', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'About dialog, Russian' },
  { input: 'Version 1602 (Build 6741.2021 Klick-und-Los)', version: '16.0.6741.2021', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'About dialog, German' },
  { input: 'Version 1605 (build 6965.2058 Démarrer en un clic)', version: '16.0.6965.2058', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'About dialog, French' },
  { input: 'Versión 1512 (compilación 6366.2062 Hacer clic y ejecutar)', version: '16.0.6366.2062', family: 'win16', online: 'upgrade-required', onprem: 'upgrade-required', why: 'About dialog, Spanish' },
  { input: 'Version 2408 (Build 17928.20114 Click-to-Run)', version: '16.0.17928.20114', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'About dialog, modern build' },
  { input: 'UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)', version: '16.0.6965.2058', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'one client per agent' },
  { input: 'UCCAPI/16.0.6965.5308 OC/16.0.6965.2117 (Skype for Business)', version: '16.0.6965.2117', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'OC part wins' },
  { input: 'UCCAPI/16.0.13328.20130 OC/16.0.13426.20234 (Skype for Business)', version: '16.0.13426.20234', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'OC part wins, parts differ' },
  { input: 'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001 (Skype for Business)', version: '16.0.6870.2001', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'OC below while UCCAPI is at threshold' },
  { input: 'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)', version: '15.0.4569.1503', family: 'lync2013', online: 'not-supported', onprem: 'not-supported', why: 'Lync 2013 agent' },
  { input: 'OC/15.0.4971.1000 (Skype for Business)', version: '15.0.4971.1000', family: 'lync2013', online: 'not-supported', onprem: 'not-supported', why: 'a label never beats the number' },
  { input: 'OC/4.0.7577.4051', version: '4.0.7577.4051', family: 'lync2010', online: 'not-supported', onprem: 'not-supported', why: 'Lync 2010 agent' },
  { input: '15.0.4569.1503', version: '15.0.4569.1503', family: 'lync2013', online: 'not-supported', onprem: 'not-supported', why: 'bare Lync 2013' },
  { input: '4.0.7577.4051', version: '4.0.7577.4051', family: 'lync2010', online: 'not-supported', onprem: 'not-supported', why: 'bare Lync 2010' },
  { input: '3.5.6907.268', version: '3.5.6907.268', family: 'communicator', online: 'not-supported', onprem: 'not-supported', why: 'Office Communicator 2007 R2' },
  { input: 'MC/16.28.0.147 (Mac OS X Version 10.14.5 (Build 18F132))', version: '16.28.0.147', family: 'mac', online: 'not-supported', onprem: 'not-supported', why: 'Mac client' },
  { input: 'UCWA/6.0.0.0 AndroidLync/6.25.0.16 (SAMSUNG Android 9)', version: '6.25.0.16', family: 'mobile', online: 'not-supported', onprem: 'not-supported', why: 'mobile client carrying UCWA' },
  { input: 'UCWA/16.0.0.0 iPhoneLync/6.26.0.12 (iPhone iOS 13.3)', version: '6.26.0.12', family: 'mobile', online: 'not-supported', onprem: 'not-supported', why: 'Windows-looking UCWA in a mobile agent' },
  { input: '16.28.0.147', version: '16.28.0.147', family: 'other16', online: 'not-supported', onprem: 'not-supported', why: 'other 16.x line' },
  { input: 'VersionToReport : 16.0.17928.20114', version: '16.0.17928.20114', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'PowerShell registry output' },
  { input: '    VersionToReport    REG_SZ    16.0.6769.2017', version: '16.0.6769.2017', family: 'win16', online: 'eligible', onprem: 'upgrade-required', why: 'reg query output' },
  { input: 'alice@contoso.com;Сидоров Иван;16.0.6920.1000;2024-05-01', version: '16.0.6920.1000', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'CSV row with Cyrillic' },
  { input: 'версия16.0.6920.999клиент', version: '16.0.6920.999', family: 'win16', online: 'unknown', onprem: 'upgrade-required', why: 'Cyrillic touching the build: found, but no evidence of a client, so never eligible' },
  { input: '１６．０．６９２０．１０００', version: '16.0.6920.1000', family: 'win16', online: 'eligible', onprem: 'eligible', why: 'full-width digits' },
];

/** Text that holds no client build: the engine must find nothing in it. */
export const NOT_A_BUILD: readonly string[] = [
  '10.0.19045.3803',
  'Version 22H2 (OS Build 19045.3803)',
  'Version 22H2 (Build 19045.3803)',
  'Версия 22H2 (сборка ОС 19045.3803)',
  'Client IP 192.168.10.25 connected',
  '14.06.2016',
  '16.06.2016 10:15',
  '2016.06.14',
  '{6F2B0E6A-1C4B-4F7E-9A8B-3C2D1E0F9A8B}',
  'Exchange 2013 CU23 15.0.1497.2',
  'Skype for Business Server 2015 6.0.9319.0',
  '.NET 4.0.30319.42000',
  '1.2.3.4.5.6',
  'Version 1605',
];

/** Classes of realistic admin text (issue: trustworthy verdicts); each line is written from a public format. */
export type RealisticClass =
  | 'exchange'
  | 'windows'
  | 'other-16.0-products'
  | 'servers-sql-browsers'
  | 'quoted-threshold'
  | 'agent-encodings'
  | 'one-client-two-numbers'
  | 'web-mobile-mac'
  | 'office-apps-and-suite'
  | 'clients-in-admin-output'
  | 'registry-and-records'
  | 'deployment-and-updates'
  | 'drivers-and-tools';

export interface RealisticCase {
  input: string;
  cls: RealisticClass;
  /** The clients the line holds, in order, with their client verdicts; [] when it holds none. */
  clients: readonly { version: string; online: Verdict; onprem: Verdict }[];
}

const none: RealisticCase['clients'] = [];
const c = (version: string, online: Verdict, onprem: Verdict) => [{ version, online, onprem }];
const EL = (version: string) => c(version, 'eligible', 'eligible');

export const REALISTIC_CASES: readonly RealisticCase[] = [
  // Exchange: Get-Mailbox, Get-ExchangeServer, headers.
  { cls: 'exchange', input: 'AdminDisplayVersion : Version 15.20 (Build 7472.19)', clients: none },
  { cls: 'exchange', input: 'alice@contoso.com    Version 15.20 (Build 8857.14)    ', clients: none },
  { cls: 'exchange', input: 'EX01   Mailbox   Version 15.2 (Build 1544.4)', clients: none },
  { cls: 'exchange', input: 'X-MS-Exchange-Transport-EndToEndLatency: 00:00:00.3406612 X-ExchangeVersion: 15.20', clients: none },
  { cls: 'exchange', input: 'ExchangeVersion : 0.20 (15.0.0.0)', clients: none },
  { cls: 'exchange', input: 'Received: from AM0PR04MB6579.eurprd04.prod.outlook.com (2603:10a6:208:16c::16) by AM0PR04MB6579 with HTTPS; Version 15.20.7472.19', clients: none },
  { cls: 'exchange', input: 'Microsoft Exchange Server 2019 Cumulative Update 14,15.2.1544.4,Microsoft Corporation', clients: none },
  { cls: 'exchange', input: 'Версия 15.20 (сборка 7472.19)', clients: none },
  // Windows in every form it writes its own "Build".
  { cls: 'windows', input: 'Windows 8.1 (Build 9600.17415)', clients: none },
  { cls: 'windows', input: 'Windows Server 2008 R2 Datacenter (Build 7601.24544)', clients: none },
  { cls: 'windows', input: 'Version 1507 (Build 10240.20402)', clients: none },
  { cls: 'windows', input: 'Microsoft Windows [Версия 6.3 (сборка 9600.21620)]', clients: none },
  { cls: 'windows', input: 'Версия 22H2 (сборка ОС 19045.3803)', clients: none },
  { cls: 'windows', input: 'OS Name,Microsoft Windows 11 Enterprise,Version,10.0.22631 Build 22631', clients: none },
  { cls: 'windows', input: 'PC-042,Windows 10 Enterprise,(Build 19045.4291)', clients: none },
  // Other products numbered 16.0.x: SCCM / Intune inventory, Get-Module, update histories.
  { cls: 'other-16.0-products', input: 'Microsoft SharePoint Server 2019,16.0.10337.12109,Microsoft Corporation,4', clients: none },
  { cls: 'other-16.0-products', input: '"SRV-SP01","Microsoft SharePoint Server Subscription Edition","16.0.17928.20238"', clients: none },
  { cls: 'other-16.0-products', input: '"Office Online Server","16.0.10338.20039","Microsoft Corporation"', clients: none },
  { cls: 'other-16.0-products', input: 'Microsoft Visual Studio Community 2019,16.11.34601.136', clients: none },
  { cls: 'other-16.0-products', input: 'Script     16.0.24810.12000      Microsoft.Online.SharePoint.PowerShell      {Add-SPOGeoAdministrator, ...}', clients: none },
  { cls: 'other-16.0-products', input: 'SharePoint Online Management Shell	16.0.24810.12000	Microsoft Corporation', clients: none },
  { cls: 'other-16.0-products', input: 'Microsoft Teams meeting add-in for Microsoft Office,1.24.14501,16.0.17928.20114', clients: none },
  { cls: 'other-16.0-products', input: 'Microsoft OneDrive,16.0.17928.20114', clients: none },
  { cls: 'other-16.0-products', input: 'BuildVersion : 16.0.17928.20238', clients: none },
  { cls: 'other-16.0-products', input: 'PS C:\\> (Get-SPFarm).BuildVersion  16.0.10337.12109', clients: none },
  // SQL Server, server roles, browsers.
  { cls: 'servers-sql-browsers', input: 'Microsoft SQL Server 2022 (RTM-CU12) (KB5033663) - 16.0.4125.3 (X64)', clients: none },
  { cls: 'servers-sql-browsers', input: 'SQL Server 2019,15.0.4153.1,Enterprise Edition', clients: none },
  { cls: 'servers-sql-browsers', input: 'SQL Server Management Studio 18.12.1,15.0.18424.0', clients: none },
  { cls: 'servers-sql-browsers', input: 'Skype for Business Server 2015, Front End, 6.0.9319.277', clients: none },
  { cls: 'servers-sql-browsers', input: 'Skype for Business Server 2019 Core Components,7.0.2046.0', clients: none },
  { cls: 'servers-sql-browsers', input: 'Lync Server 2013, Front End, 5.0.8308.1001', clients: none },
  { cls: 'servers-sql-browsers', input: 'Office Communications Server 2007 R2, 3.5.6907.0', clients: none },
  { cls: 'servers-sql-browsers', input: 'Lync Server 2010 Core Components 4.0.7577.230', clients: none },
  { cls: 'servers-sql-browsers', input: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 OPR/16.0.1196.62', clients: none },
  { cls: 'servers-sql-browsers', input: 'Opera 16.0.1196.62', clients: none },
  // Quoted thresholds: tickets, documentation, policy descriptions (ours too).
  { cls: 'quoted-threshold', input: 'Offline IM needs Skype for Business 2016 Click-to-Run 16.0.6920.1000 or later', clients: none },
  { cls: 'quoted-threshold', input: 'Description : Offline IM needs Skype for Business 2016 Click-to-Run 16.0.6701.1000 or later (Exchange Online mailboxes).', clients: none },
  { cls: 'quoted-threshold', input: 'Requirement: minimum client version 16.0.6701.1000 for offline messages', clients: none },
  { cls: 'quoted-threshold', input: 'Для офлайн-сообщений нужна сборка 16.0.6920.1000 или новее', clients: none },
  { cls: 'quoted-threshold', input: 'Требуется версия клиента не ниже 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 2016 Click-to-Run, Build 16.0.6920.1000 oder höher erforderlich', clients: none },
  { cls: 'quoted-threshold', input: 'Version 16.0.6701.1000 ou ultérieure', clients: none },
  { cls: 'quoted-threshold', input: 'Please update to 16.0.6920.1000 before Friday', clients: none },
  { cls: 'quoted-threshold', input: 'at least 16.0.6701.1000 is required', clients: none },
  { cls: 'quoted-threshold', input: 'Description : Offline IM: Skype for Business 2016 Click-to-Run below 16.0.6920.1000 must update (on-premises mailboxes)', clients: none },
  { cls: 'quoted-threshold', input: 'Клиенты с версией ниже 16.0.6920.1000 не могут отправлять офлайн-сообщения', clients: none },
  { cls: 'quoted-threshold', input: 'Versions prior to 16.0.6701.1000 cannot send offline IM', clients: none },
  // One agent in the encodings logs and pages write it in: one client, OC's build.
  { cls: 'agent-encodings', input: '2024-05-01 10:00:00 10.0.0.5 POST /EWS/Exchange.asmx - 443 alice 10.1.1.1 UCCAPI/16.0.6965.5308+OC/16.0.6568.2036+(Skype+for+Business) 200 0 0 15', clients: c('16.0.6568.2036', 'upgrade-required', 'upgrade-required') },
  { cls: 'agent-encodings', input: 'UCCAPI/16.0.13328.20130&nbsp;OC/16.0.6870.2001&nbsp;(Skype&nbsp;for&nbsp;Business)', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  { cls: 'agent-encodings', input: 'agent=UCCAPI%2F16.0.13328.20130%20OC%2F16.0.6870.2001%20%28Skype%20for%20Business%29', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  { cls: 'agent-encodings', input: '{"userAgent":"UCCAPI\\/16.0.13328.20130 OC\\/16.0.6870.2001 (Skype for Business)"}', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  { cls: 'agent-encodings', input: 'UCCAPI/16.0.13328.20130\u200b OC/16.0.6870.2001\u00a0(Skype for Business)', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  { cls: 'agent-encodings', input: 'ucCapi/16.0.13328.20130 oc/16.0.6870.2001 (skype for business)', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  { cls: 'agent-encodings', input: '\u200fUCCAPI/16.0.6965.5308\u200e OC/16.0.6965.2117 （Skype for Business）', clients: EL('16.0.6965.2117') },
  { cls: 'agent-encodings', input: 'UCCAPI/16.0.6920.1000+OC/16.0.6870.2001', clients: c('16.0.6870.2001', 'eligible', 'upgrade-required') },
  // Two numbers, one client.
  { cls: 'one-client-two-numbers', input: 'Skype for Business 2016 (16.0.17928.20114) MSO (16.0.17928.20110) 32-bit', clients: EL('16.0.17928.20114') },
  { cls: 'one-client-two-numbers', input: 'Microsoft Lync 2013 (15.0.5589.1000) MSO (15.0.5589.1000)', clients: c('15.0.5589.1000', 'not-supported', 'not-supported') },
  { cls: 'one-client-two-numbers', input: '16.0.17928.20114  16.0.17928.20114  C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe', clients: EL('16.0.17928.20114') },
  { cls: 'one-client-two-numbers', input: 'lync.exe  16.0.6769.2017  16.0.6769.2017', clients: c('16.0.6769.2017', 'eligible', 'upgrade-required') },
  { cls: 'one-client-two-numbers', input: 'Microsoft® Skype® for Business MSO (Version 2408 Build 16.0.17928.20114) 64-bit', clients: EL('16.0.17928.20114') },
  // Web, phone and Mac clients: never eligible.
  { cls: 'web-mobile-mac', input: 'Skype for Business Web App 16.0.7894.0', clients: c('16.0.7894.0', 'not-supported', 'not-supported') },
  { cls: 'web-mobile-mac', input: 'Lync Web App 15.0.4481.1000', clients: c('15.0.4481.1000', 'not-supported', 'not-supported') },
  { cls: 'web-mobile-mac', input: 'UCWA/16.0.0.0 AndroidLync/6.25.0.16 (SAMSUNG Android 9)', clients: c('6.25.0.16', 'not-supported', 'not-supported') },
  { cls: 'web-mobile-mac', input: 'MC/16.28.0.147 (Mac OS X Version 10.14.5 (Build 18F132))', clients: c('16.28.0.147', 'not-supported', 'not-supported') },
  { cls: 'web-mobile-mac', input: 'Skype for Business on Mac 16.28.0.147', clients: c('16.28.0.147', 'not-supported', 'not-supported') },
  { cls: 'web-mobile-mac', input: 'CWA/1.0.0.0 (Windows NT 10.0) UCWA/16.0.0.0', clients: c('1.0.0.0', 'not-supported', 'not-supported') },
  // Office apps and the suite share the build but prove no Skype client.
  { cls: 'office-apps-and-suite', input: 'Microsoft Outlook 16.0.17928.20114', clients: none },
  { cls: 'office-apps-and-suite', input: 'Microsoft® Outlook® for Microsoft 365 MSO (Version 2408 Build 16.0.17928.20114) 64-bit', clients: none },
  { cls: 'office-apps-and-suite', input: 'X-Mailer: Microsoft Outlook 16.0', clients: none },
  { cls: 'office-apps-and-suite', input: 'Microsoft Visio Professional 2016,16.0.4266.1001', clients: none },
  { cls: 'office-apps-and-suite', input: 'Microsoft Project Standard 2016,16.0.4266.1001', clients: none },
  { cls: 'office-apps-and-suite', input: 'WINWORD.EXE 16.0.17928.20114', clients: none },
  { cls: 'office-apps-and-suite', input: 'Microsoft 365 Apps for enterprise - en-us,16.0.17928.20114,Microsoft Corporation', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'office-apps-and-suite', input: 'Microsoft Office Professional Plus 2016,16.0.4266.1001', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  // Real clients as admins meet them: these stay found, with the right verdict.
  { cls: 'clients-in-admin-output', input: 'alice@contoso.com,UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business),12', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'sip:bob@contoso.com	OC/16.0.6701.1000 (Skype for Business)	3', clients: c('16.0.6701.1000', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'CONTOSO\\carol;16.0.6001.1038;2016-03-01', clients: c('16.0.6001.1038', 'upgrade-required', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'VersionToReport          : 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: '    ClientVersionToReport    REG_SZ    16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 2016,16.0.6965.2058,Microsoft Corporation', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Версия 2408 (сборка 17928.20114 нажми и работай)', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Version 1602 (Build 6741.2021 Click-to-Run)', clients: c('16.0.6741.2021', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Skype для бизнеса 2016: 16.0.6920.1000', clients: EL('16.0.6920.1000') },
  { cls: 'clients-in-admin-output', input: 'Microsoft Lync 2010,4.0.7577.4051', clients: c('4.0.7577.4051', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: '16.0.6701.1000', clients: c('16.0.6701.1000', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Ticket 4711: Bob reports 16.0.17928.20114 on his laptop', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'ms-client-diagnostics: 52001;reason="Client version is blocked";UserAgent="UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)"', clients: c('15.0.4569.1503', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: 'Product: Skype for Business, Version: 16.0.6001.1038, Install: MSI', clients: c('16.0.6001.1038', 'upgrade-required', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Скайп для бизнеса 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'SkypeforBusinessRetail - en-us 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  // reg query / Get-ItemProperty: only the client registry value says a client; other value names say a build of something.
  { cls: 'registry-and-records', input: '    UpdateToVersion    REG_SZ    16.0.17928.20156', clients: none },
  { cls: 'registry-and-records', input: 'UpdateTargetVersion : 16.0.6965.2117', clients: none },
  { cls: 'registry-and-records', input: '    DisplayVersion    REG_SZ    16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '    LastProduct    REG_SZ    16.0.17726.20160', clients: c('16.0.17726.20160', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'ProductVersion : 16.0.17531.20152', clients: c('16.0.17531.20152', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '    VersionToReport    REG_SZ    16.0.17425.20176', clients: EL('16.0.17425.20176') },
  // Click-to-Run deployment, update titles and channels: targets and releases, not installed clients.
  // An ODT configuration's <Add Version="…"> is the build it installs: a target.
  { cls: 'deployment-and-updates', input: '  <Add OfficeClientEdition="64" Channel="Current" Version="16.0.17928.20114">', clients: none },
  { cls: 'deployment-and-updates', input: '<Add SourcePath="\\\\fs01\\odt" Version="16.0.6965.2117" OfficeClientEdition="32" Channel="Deferred">', clients: none },
  // Not an ODT <Add>: a product element's Version attribute in an inventory export names what is installed.
  { cls: 'registry-and-records', input: '<Product Name="Skype for Business 2016" Version="16.0.6965.2117" />', clients: EL('16.0.6965.2117') },
  { cls: 'deployment-and-updates', input: '  <Updates Enabled="TRUE" TargetVersion="16.0.17928.20114" />', clients: none },
  { cls: 'deployment-and-updates', input: '<setting name="SfbBaseline" value="16.0.7070.2036" />', clients: none },
  { cls: 'deployment-and-updates', input: 'clientBaselineBuild: 16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'OfficeC2RClient.exe /update user updatetoversion=16.0.17928.20156', clients: none },
  { cls: 'deployment-and-updates', input: 'Microsoft 365 Apps Update - Current Channel Version 2408 for x64 based Edition (Build 17928.20156)', clients: c('16.0.17928.20156', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Current Channel: Version 2408 (Build 17928.20114)', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: '| Monthly Enterprise Channel | Version 2407 (Build 17830.20210) | August 13, 2024 |', clients: c('16.0.17830.20210', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Application: OfficeClickToRun.exe, Version: 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: 'Customers must update Skype for Business to 16.0.6920.1000 or a later build.', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 16.0.6920.1000+', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 16.0.6920.1000 onwards', clients: none },
  { cls: 'quoted-threshold', input: 'Target version: 16.0.6965.2117', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business ab Version 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Skype Entreprise requiert 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Обновите Skype для бизнеса до версии 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business supported from 16.0.6920.1000', clients: none },
  // Drivers, firmware and developer tools numbered 16.x.
  { cls: 'drivers-and-tools', input: 'Intel(R) Rapid Storage Technology,16.8.3.1003,Intel Corporation', clients: none },
  { cls: 'drivers-and-tools', input: 'Intel(R) Management Engine Firmware Version: 16.1.30.2307', clients: none },
  { cls: 'drivers-and-tools', input: 'devenv.exe 16.11.34930.48', clients: none },
  { cls: 'drivers-and-tools', input: 'Microsoft Lync 2013 SDK 15.0.4603.1000', clients: none },
  { cls: 'servers-sql-browsers', input: 'Skype for Business Online PowerShell 16.0.6965.2058', clients: none },
  // Tickets that say a build was replaced: the later one is the client's now.
  { cls: 'clients-in-admin-output', input: 'Rolled back Skype for Business from 16.0.6965.2058 to 16.0.6568.2025', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Откатили Skype для бизнеса с 16.0.6965.2058 на 16.0.6568.2025', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  // A change may be planned, not made: the later build is no "eligible" on the line's word.
  { cls: 'clients-in-admin-output', input: 'Skype for Business: upgrade from 16.0.4266.1001 to 16.0.6965.2058 planned for next week', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'servers-sql-browsers', input: 'Сервер Skype для бизнеса 2015 16.0.6965.2058', clients: none },
  // A server role next to the client's name makes it the server's, in the admins' languages.
  { cls: 'servers-sql-browsers', input: 'Serveur frontal Skype Entreprise 16.0.6965.2058', clients: none },
  { cls: 'servers-sql-browsers', input: 'Skype for Business Edgeserver 16.0.6965.2058', clients: none },
  { cls: 'servers-sql-browsers', input: 'пул переднего плана Skype для бизнеса 16.0.6965.2058', clients: none },
  { cls: 'servers-sql-browsers', input: 'Lync FE 16.0.6965.2058 patched', clients: none },
  { cls: 'clients-in-admin-output', input: 'Front End pool fe01.contoso.com, client: Skype for Business 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Edge Server logs show Skype for Business 16.0.6965.2058 for the remote user', clients: EL('16.0.6965.2058') },
  // A client left out, removed or replaced is not installed.
  { cls: 'office-apps-and-suite', input: 'Office 365 ProPlus (without Skype for Business) 16.0.17928.20114', clients: none },
  { cls: 'office-apps-and-suite', input: 'PC-17: Skype for Business uninstalled, Office 16.0.17928.20114', clients: none },
  { cls: 'office-apps-and-suite', input: 'Microsoft 365 Apps вместо Skype для бизнеса 16.0.17928.20114', clients: none },
  // A threshold phrase quotes the build after it (and a list after it), not a client named later on the line.
  { cls: 'clients-in-admin-output', input: 'Word updated to 16.0.17928.20114 today, Skype for Business 16.0.6568.2025', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Excel upgraded to 16.0.17928.20114; Lync on 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  // A threshold phrase taken by one build leaves a client in another clause alone; within one clause, never "eligible".
  { cls: 'clients-in-admin-output', input: 'Minimum for Exchange Online: 16.0.6701.1000; this user: Skype for Business 16.0.6769.2015', clients: c('16.0.6769.2015', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Rollback target: Skype for Business 16.0.17531.20190 (if 16.0.17628.20144 misbehaves)', clients: c('16.0.17628.20144', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: 'Minimum builds: 16.0.7000.1000, 16.0.7100.1000', clients: none },
  // An update made names the build installed now; one to make names a target.
  { cls: 'clients-in-admin-output', input: 'Lync crashed after the update to 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Скайп для бизнеса обновился до 16.0.6965.2058 вчера', clients: EL('16.0.6965.2058') },
  { cls: 'quoted-threshold', input: 'Skype for Business will be updated to 16.0.17928.20114 tonight', clients: none },
  // What a build will or should be, and candidates, are targets.
  { cls: 'deployment-and-updates', input: 'Lync will be 16.0.17928.20114 after Saturday\'s maintenance', clients: none },
  { cls: 'deployment-and-updates', input: 'Fallback candidate for Skype for Business: 16.0.17830.20210', clients: none },
  { cls: 'deployment-and-updates', input: 'После обновления у всех должно быть 16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'Pilot ring: Skype for Business 16.0.17928.20114', clients: none },
  { cls: 'quoted-threshold', input: 'Zielversion: 16.0.17928.20114', clients: none },
  { cls: 'quoted-threshold', input: 'Versione minima richiesta 16.0.6920.1000', clients: none },
  // Code and queries: a threshold compared with, a pattern of agents.
  { cls: 'quoted-threshold', input: "if ([version]$build -ge [version]'16.0.6701.1000') { 'ok' }", clients: none },
  { cls: 'quoted-threshold', input: "SELECT COUNT(*) FROM Sessions WHERE ClientVersion LIKE 'OC/16.0.6920.1000%'", clients: none },
  { cls: 'quoted-threshold', input: 'Filter: UserAgent = OC/16.0.*', clients: none },
  { cls: 'agent-encodings', input: 'GET /Autodiscover/Autodiscover.xml UA=UCCAPI%2F16.0.6965.2058%20OC%2F16.0.6965.2058%20%28Skype%20for%20Business%29', clients: EL('16.0.6965.2058') },
  // The client and the suite it runs on: one client.
  { cls: 'one-client-two-numbers', input: 'Lync 2013 15.0.5023.1000 on Office Professional Plus 2013 (15.0.4569.1506)', clients: c('15.0.5023.1000', 'not-supported', 'not-supported') },
  // A four-digit build Windows also shipped is Office's where the About line says Click-to-Run.
  { cls: 'clients-in-admin-output', input: 'Version 1509 (Build 6001.1038 Click-to-Run)', clients: c('16.0.6001.1038', 'upgrade-required', 'upgrade-required') },
  { cls: 'windows', input: 'Version 1607 (Build 14393.7259 Click-to-Run)', clients: none },
  // A threshold written as an agent, a comparison's operand, a file's name: rules and names, not clients. A log's line
  // (a date, a time, addresses before the agent) is a client's request, whatever its URL says.
  { cls: 'clients-in-admin-output', input: '2024-06-17 22:50:57 10.0.146.196 POST /update/status - 443 CONTOSO\\alice 192.168.1.20 UCCAPI/16.0.6920.1000+OC/16.0.6920.1000+(Skype+for+Business) - 200', clients: EL('16.0.6920.1000') },
  { cls: 'quoted-threshold', input: 'Lync clients need at least OC/16.0.6701.1000 for Exchange Online mailboxes', clients: none },
  { cls: 'quoted-threshold', input: 'Get-CimInstance … | Where-Object { $_.VersionToReport -lt 16.0.17928.20114 }', clients: none },
  { cls: 'quoted-threshold', input: 'Requirement rule: ClientVersionToReport >= 16.0.6965.2117', clients: none },
  // An update to make, in the admins' languages (its verb after the build in German and Japanese); one made is no target.
  { cls: 'quoted-threshold', input: 'Bitte alle Clients bis Freitag auf 16.0.17928.20114 aktualisieren', clients: none },
  { cls: 'quoted-threshold', input: 'Proszę zaktualizować wszystkich do 16.0.17928.20114 do piątku', clients: none },
  { cls: 'quoted-threshold', input: '金曜日までに全員を 16.0.17928.20114 に更新してください', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business wurde gestern auf 16.0.17928.20114 aktualisiert', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'Skype for Business は 16.0.17928.20114 に更新しました', clients: EL('16.0.17928.20114') },
  // The verb of another clause is said of something else.
  { cls: 'clients-in-admin-output', input: 'Mein Skype for Business ist 16.0.17928.20114, bitte nur Outlook aktualisieren', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'C:\\ODT\\setup.exe /configure sfb-pilot-16.0.17830.20210.xml', clients: none },
  { cls: 'deployment-and-updates', input: 'Office Deployment Tool 16.0.17531.20046', clients: none },
  { cls: 'deployment-and-updates', input: 'Pin the kiosks to 16.0.17830.20210; revert to 16.0.17726.20160 if sign-in fails', clients: none },
  { cls: 'deployment-and-updates', input: 'Mettre à jour tous les postes Skype Entreprise vers 16.0.17928.20114', clients: none },
  // An update made: the build is the one installed now, in the clause that says so.
  { cls: 'clients-in-admin-output', input: 'Skype for Business updated to 16.0.17830.20210 on Tuesday, offline IM works again', clients: EL('16.0.17830.20210') },
  { cls: 'clients-in-admin-output', input: 'Lync 16.0.6741.2063 on the lobby PC; it is pinned to Version 1602', clients: c('16.0.6741.2063', 'eligible', 'upgrade-required') },
  // Plans and fixes name a release, not an installed client.
  { cls: 'deployment-and-updates', input: 'Plan: move all users to Skype for Business 16.0.6965.2117 by Friday', clients: none },
  { cls: 'deployment-and-updates', input: 'Roll out 16.0.17928.20114 to the Sales OU', clients: none },
  { cls: 'deployment-and-updates', input: 'The June update for Skype for Business 16.0.6965.2058 fixes sign-in loops', clients: none },
  // An About line without how the suite is installed is how update histories list a release.
  { cls: 'deployment-and-updates', input: 'Version 2409 (Build 18025.20104)', clients: c('16.0.18025.20104', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Версия 2409 (сборка 18025.20104)', clients: c('16.0.18025.20104', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Version 2408 (Build 17928.20114 Microsoft Store)', clients: EL('16.0.17928.20114') },
  // Everyday prepositions that are also threshold words quote only the build right after them.
  { cls: 'clients-in-admin-output', input: 'In Skype for Business under Help > About it says Version 1605 (Build 6965.2058 Click-to-Run)', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Bei Frau Schmidt zeigt Skype for Business unter Info: Version 1605 (Build 6965.2058 Klick-und-Los). Offline-Nachrichten kommen nicht an.', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Письмо от Иванова: Skype для бизнеса 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'quoted-threshold', input: 'Offline IM works since 16.0.6701.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Offline-Chat nur ab Version 16.0.6920.1000', clients: none },
  // A product named in a later sentence is said of something else.
  { cls: 'clients-in-admin-output', input: 'Коллеги, в «О программе» у Иванова: Версия 1602 (сборка 6741.2048 нажми и работай). Ящик на Exchange 2016.', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: '版本 1605 (組建 6965.2058 隨選即用)', clients: EL('16.0.6965.2058') },
  { cls: 'registry-and-records', input: '{"VersionToReport":"16.0.17928.20114","Platform":"x64","ProductReleaseIds":"O365ProPlusRetail"}', clients: EL('16.0.17928.20114') },
  // Plans in prose: an install to make, a rollout, a deployment, a goal; a ring's state is no plan.
  { cls: 'deployment-and-updates', input: 'Плановое обновление: установить Skype для бизнеса 16.0.6965.2058 на все ПК до 20.07.', clients: none },
  { cls: 'deployment-and-updates', input: 'Objectif : passer tous les postes en Skype Entreprise 16.0.6965.2058 avant fin juillet.', clients: none },
  { cls: 'deployment-and-updates', input: 'Plan: deployment of Skype for Business 2016 C2R build 16.0.17928.20114 via MECM next Tuesday', clients: none },
  { cls: 'deployment-and-updates', input: 'Rollout of Skype for Business 16.0.17928.20114 starts Monday', clients: none },
  { cls: 'deployment-and-updates', input: 'Rollback plan: revert clients to 16.0.6868.2067 with OfficeC2RClient.exe /update user updatetoversion=16.0.6868.2067', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business 16.0.17928.20114 was released in July', clients: none },
  { cls: 'clients-in-admin-output', input: 'I installed Skype for Business 16.0.17928.20114 yesterday', clients: EL('16.0.17928.20114') },
  // Rules in more forms: a plural, a range, a superseded package, plans in German, Dutch, Japanese and Chinese, the keys of a rule in JSON.
  { cls: 'quoted-threshold', input: 'Thresholds: 16.0.6701.1000 (EXO), 16.0.6920.1000 (on-prem).', clients: none },
  { cls: 'quoted-threshold', input: 'Users may be unable to send offline messages from Skype for Business clients with builds between 16.0.17628.20110 and 16.0.17628.20144.', clients: none },
  { cls: 'deployment-and-updates', input: 'Deployment type "SfB C2R 2405" requirements: lync.exe version Greater than or equal to 16.0.17628.20144 (detection), supersedes "SfB C2R 1605" (16.0.6965.2058)', clients: none },
  { cls: 'deployment-and-updates', input: 'Geplant: Aktualisierung aller Skype-for-Business-Clients auf 16.0.17628.20144 im Wartungsfenster am 22.06.2024.', clients: none },
  { cls: 'quoted-threshold', input: 'Vereiste: Skype voor Bedrijven 2016 Klik-en-klaar build 16.0.6920.1000 of later bij een on-premises postvak.', clients: none },
  { cls: 'deployment-and-updates', input: '計画：2024.07.01 に全社の Skype for Business を 16.0.17628.20144 へ更新予定。', clients: c('16.0.17628.20144', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: '计划：2024.07.01 将所有 Skype for Business 客户端升级到 16.0.17628.20144。', clients: none },
  { cls: 'quoted-threshold', input: '{"policy":"offline-im","minBuildOnPrem":"16.0.6920.1000","minBuildOnline":"16.0.6701.1000"}', clients: none },
  // Approved, recommended, expected, available and minimum builds in the admins' languages; detection rules; a query's comparison.
  { cls: 'quoted-threshold', input: 'Утверждено к развёртыванию: Skype для бизнеса 16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: 'Доступно обновление: Skype для бизнеса 16.0.7070.2036', clients: none },
  { cls: 'quoted-threshold', input: 'Freigegeben: Skype for Business 16.0.6965.2058 (Change 2016-117)', clients: none },
  { cls: 'quoted-threshold', input: 'Version approuvée de Skype Entreprise : 16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: 'Aprobado para producción: Skype Empresarial 16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: 'Aggiornamento disponibile: Skype for Business 16.0.7070.2036', clients: none },
  { cls: 'quoted-threshold', input: 'Versão aprovada do Skype for Business: 16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: 'Doelversie Skype voor Bedrijven: 16.0.7070.2036', clients: none },
  { cls: 'quoted-threshold', input: 'Zatwierdzona wersja Skype dla firm: 16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: 'Krav: Skype för företag 2016, version 16.0.6920.1000 eller senare', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business の最小バージョン: 16.0.6701.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 目标版本：16.0.7070.2036', clients: none },
  { cls: 'quoted-threshold', input: '비즈니스용 Skype 최소 버전: 16.0.6701.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Правило обнаружения: файл lync.exe, версия больше или равна 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Erkennungsregel: Datei lync.exe, Version größer oder gleich 16.0.6920.1000', clients: none },
  { cls: 'quoted-threshold', input: 'DeviceTvmSoftwareInventory | where SoftwareName has "skype_for_business" and parse_version(SoftwareVersion) < parse_version("16.0.6920.1000")', clients: none },
  { cls: 'quoted-threshold', input: "INSERT INTO ApprovedBuilds (Product, Build) VALUES ('Skype for Business', '16.0.6965.2058');", clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: '{"policy":"OfflineIM","product":"Skype for Business","minClientVersion":"16.0.6920.1000"}', clients: none },
  { cls: 'deployment-and-updates', input: 'Lync 2013 15.0.4569.1503 today; replacement Skype for Business 16.0.7070.2036 approved for next week', clients: c('15.0.4569.1503', 'not-supported', 'not-supported') },
  // A change still pending: the build before the arrow is the installed one; a change made gives the one after it.
  { cls: 'deployment-and-updates', input: 'Skype for Business 16.0.6568.2025 → 16.0.6965.2058 pending reboot', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  // A build inside an address; the thresholds of a configuration dump; an agent in a query string stays an agent.
  { cls: 'other-16.0-products', input: 'DefaultURL : https://intranet.contoso.com/sfb-16.0.6965.2058', clients: none },
  { cls: 'quoted-threshold', input: '"minimumClient":{"online":"16.0.6701.1000","onprem":"16.0.6920.1000"},"generated":"2024-03-12T08:00:00Z"}', clients: none },
  { cls: 'agent-encodings', input: 'https://contoso.com/ucwa?ua=UCCAPI%2F16.0.6965.2058+OC%2F16.0.6965.2058+(Skype+for+Business)', clients: EL('16.0.6965.2058') },
  // Past builds, "or later" and lists of users in more languages; localised About lines.
  { cls: 'deployment-and-updates', input: 'Vor dem Neuaufsetzen war auf dem Rechner Skype for Business 16.0.8201.2102 installiert.', clients: none },
  { cls: 'deployment-and-updates', input: 'Avant la migration, Skype Entreprise était en 16.0.7070.2036.', clients: none },
  { cls: 'deployment-and-updates', input: '之前 Skype for Business 是 16.0.7070.2036。', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 16.0.6701.1000 vagy újabb build szükséges.', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business 16.0.6920.1000 tai uudempi.', clients: none },
  { cls: 'quoted-threshold', input: 'Потрібен Skype для бізнесу 16.0.6920.1000 або новіша.', clients: none },
  { cls: 'clients-in-admin-output', input: 'SfB-Clients im Team: Anna 16.0.7070.2036, Jens 16.0.6868.2067, Piotr 15.0.4569.1503', clients: [...EL('16.0.7070.2036'), ...c('16.0.6868.2067', 'eligible', 'upgrade-required'), ...c('15.0.4569.1503', 'not-supported', 'not-supported')] },
  { cls: 'exchange', input: 'バージョン 15.2 (ビルド 1544.4)', clients: none },
  { cls: 'exchange', input: '版本 15.20 (内部版本 8005.17)', clients: none },
  { cls: 'other-16.0-products', input: 'Project Server 2016 (Project Web App) database schema version 16.0.5422.1000', clients: none },
  { cls: 'other-16.0-products', input: 'OOS 16.0.10338.20039 for PPT sharing; presenter on UCCAPI/16.0.6001.1078 OC/16.0.6001.1078 (Skype for Business)', clients: c('16.0.6001.1078', 'upgrade-required', 'upgrade-required') },
  { cls: 'quoted-threshold', input: 'Начиная со сборки 16.0.6701.1000 функция работает с Exchange Online.', clients: none },
  { cls: 'quoted-threshold', input: 'Serve almeno la versione 16.0.6701.1000 con Exchange Online.', clients: none },
  { cls: 'quoted-threshold', input: '需要 16.0.6701.1000 或更高版本；张伟的客户端：版本 1602 (内部版本 6741.2048 即点即用)', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: '展開予定のバージョン: 16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'Сейчас: Версия 1511 (сборка 6366.2062 нажми и работай); план: 16.0.17328.20282 к сентябрю', clients: c('16.0.6366.2062', 'upgrade-required', 'upgrade-required') },
  { cls: 'servers-sql-browsers', input: 'SQL Server 2022 16.0.4115.5 sits on the same VDI image as Skype for Business 2016 MSO (16.0.4266.1001) 32-bit', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  { cls: 'quoted-threshold', input: "Sam: no, not 16.0.6965.2058 — it's still 16.0.6001.1078 on the reception PC, the updates were paused", clients: c('16.0.6001.1078', 'upgrade-required', 'upgrade-required') },
  { cls: 'quoted-threshold', input: 'Skype for Business 16.0.6868.2067, not 16.0.6965.2058 as the inventory claimed.', clients: c('16.0.6868.2067', 'eligible', 'upgrade-required') },
  { cls: 'quoted-threshold', input: 'У Иванова сборка не 16.0.6965.2058, а 16.0.6741.2048 (Скайп)', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'quoted-threshold', input: "that's above 16.0.6920.1000 so the client side is fine, check EWS", clients: none },
  { cls: 'deployment-and-updates', input: 'Update: the pilot group got Skype for Business 16.0.8431.2079 yesterday (Semi-Annual)', clients: EL('16.0.8431.2079') },
  { cls: 'deployment-and-updates', input: 'setup.exe /configure configuration-sfb.xml  (ODT 16.0.17830.20138)', clients: none },
  { cls: 'clients-in-admin-output', input: 'в скайпе для бизнеса версия 16.0.17531.20190, пользователь в EXO', clients: EL('16.0.17531.20190') },
  { cls: 'deployment-and-updates', input: 'Прошу согласовать обновление Скайпа до 16.0.17928.20156 для отдела продаж', clients: none },
  { cls: 'quoted-threshold', input: 'Prérequis : Skype Entreprise 2016 Démarrer en un clic, build 16.0.6701.1000 ou version ultérieure.', clients: none },
  { cls: 'quoted-threshold', input: '必要なビルド 16.0.6920.1000 以降、ユーザーの Skype for Business は 16.0.10827.20150 なので問題なし', clients: EL('16.0.10827.20150') },
  { cls: 'office-apps-and-suite', input: 'Office 16 Click-to-Run Extensibility Component          16.0.17928.20114', clients: none },
  { cls: 'office-apps-and-suite', input: 'Office 2016 Primary Interop Assemblies   16.0.4266.1001', clients: none },
  { cls: 'clients-in-admin-output', input: '16.0.6965.5308\tUCCAPI/16.0.6965.5308 OC/16.0.6965.2117 (Skype for Business)\t122', clients: EL('16.0.6965.2117') },
  { cls: 'registry-and-records', input: '{"Computer":"PC-7","VersionToReport":"16.0.17928.20114","ExcludedApps":"groove,lync"}', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Skype for Business 16.0.6741.2048, Available: 16.0.17928.20156', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'registry-and-records', input: 'В конфигурации исключён Скайп для бизнеса (ExcludeApp Lync), VersionToReport 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Offline IM not working on Skype for Business 16.0.17928.20114 since Monday.', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business versions: alice@contoso.com — 16.0.17928.20114; bob@contoso.com — 16.0.6741.2048', clients: [...EL('16.0.17928.20114'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business versions: CONTOSO\\anna - 16.0.17928.20114, CONTOSO\\jens - 16.0.6741.2048', clients: [...EL('16.0.17928.20114'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Версии Skype для бизнеса: Анна — 16.0.6965.2058, Йенс — 16.0.6741.2048, Пётр — 16.0.6568.2036', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required'), ...c('16.0.6568.2036', 'upgrade-required', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business bei uns: Jens: 16.0.6868.2067; Klaus: 16.0.7070.2036', clients: [...c('16.0.6868.2067', 'eligible', 'upgrade-required'), ...EL('16.0.7070.2036')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business - FIN-PC647: 16.0.17928.20114; FIN-PC648: 16.0.6741.2048', clients: [...EL('16.0.17928.20114'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business — Анна (бухгалтерия): 16.0.17928.20114; Йенс (ИТ): 16.0.6741.2048', clients: [...EL('16.0.17928.20114'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'It happens not only on Skype for Business 16.0.6741.2048 but also on 16.0.17928.20114.', clients: [...c('16.0.6741.2048', 'eligible', 'upgrade-required'), ...EL('16.0.17928.20114')] },
  { cls: 'clients-in-admin-output', input: 'Проблема не только на Скайпе 16.0.6741.2048, но и на 16.0.17928.20114.', clients: [...c('16.0.6741.2048', 'eligible', 'upgrade-required'), ...EL('16.0.17928.20114')] },
  { cls: 'deployment-and-updates', input: 'Скайп для бизнеса на FIN-PC647 — Было: 16.0.6741.2048; Стало: 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'Skype for Business on FIN-PC647 – Previous: 16.0.6741.2048; Now: 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'Skype for Business, old: 16.0.6741.2048; new: 16.0.17928.20114', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Wersje Skype dla firm: Kasia 16.0.6920.999 / Marek 16.0.6920.1000', clients: [...c('16.0.6920.999', 'eligible', 'upgrade-required'), ...EL('16.0.6920.1000')] },
  { cls: 'quoted-threshold', input: 'Current: Skype for Business 16.0.6568.2025, Goal: 16.0.7070.2036', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Bob: Skype for Business 16.0.4266.1001, next: 16.0.6965.2117', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Nuvarande: Skype för företag 16.0.6568.2025, mål: 16.0.7070.2036', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Current: Skype for Business 16.0.6568.2025, goal: 16.0.7070.2036', clients: c('16.0.6568.2025', 'upgrade-required', 'upgrade-required') },
  { cls: 'one-client-two-numbers', input: 'Skype for Business ProductVersion: 16.0.6965.2058, FileVersion: 16.0.6965.2053', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Sürüm 1605 (Derleme 6965.2058 Tıkla-Çalıştır)', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Version 2408 Build 17928.20114 Click-to-Run', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Lync 2010 (Build 7577.4051)', clients: c('4.0.7577.4051', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: 'Lync 2010 build 7577.4051', clients: c('4.0.7577.4051', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 2015 (Build 5023.1000)', clients: c('15.0.5023.1000', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business build 6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'deployment-and-updates', input: "Bob's Skype for Business hasn't received 16.0.17928.20114 yet", clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business was not updated to 16.0.17928.20114 on PC-07', clients: none },
  { cls: 'deployment-and-updates', input: 'Скайп для бизнеса так и не обновился до 16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business should get 16.0.17928.20114 tonight via SCCM', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business 16.0.17928.20114 awaiting approval in WSUS', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business: 16.0.17928.20114 (not installed yet – pilot group only from Monday)', clients: none },
  { cls: 'quoted-threshold', input: 'Skype for Business builds that support offline IM: 16.0.6701.1000 (Exchange Online) and 16.0.6920.1000 (on-premises)', clients: none },
  { cls: 'clients-in-admin-output', input: 'anna@contoso.nl - Wave 1 - Islands - SfB 16.0.13127.21506 - Teams 1.4.00.2879', clients: EL('16.0.13127.21506') },
  { cls: 'clients-in-admin-output', input: '2021-03-14 09:01  anna  SfB 16.0.13127.21506  Teams 1.4.00.2879  wave 1', clients: EL('16.0.13127.21506') },
  { cls: 'clients-in-admin-output', input: '他的Skype for Business版本是16.0.6965.2058。', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'SfBのバージョンは16.0.6741.2048でした。', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business: 16.0.6965.2058, 16.0.6741.2048, 16.0.4266.1001', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required'), ...c('16.0.4266.1001', 'upgrade-required', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: '各拠点の Skype for Business のバージョン：16.0.6965.2058、16.0.6741.2048。', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Users on SfB: anna (16.0.13127.21506), joost (16.0.11328.20438)', clients: [...EL('16.0.13127.21506'), ...EL('16.0.11328.20438')] },
  { cls: 'quoted-threshold', input: 'minimalna wersja klienta: 16.0.6701.1000', clients: none },
  { cls: 'quoted-threshold', input: 'Gereksinim: istemci derlemesi en az 16.0.6920.1000 olmalı.', clients: none },
  { cls: 'quoted-threshold', input: "16.0.6701.1000'den eski istemciler desteklenmez.", clients: none },
  { cls: 'quoted-threshold', input: '16.0.6920.1000 未満のクライアントはオフライン IM を送信できません。', clients: none },
  { cls: 'quoted-threshold', input: '低于 16.0.6701.1000 的客户端不支持离线消息。', clients: none },
  { cls: 'quoted-threshold', input: '16.0.6701.1000 미만 클라이언트는 지원되지 않습니다.', clients: none },
  { cls: 'quoted-threshold', input: '다음 주에 비즈니스용 Skype를 16.0.7369.2038(으)로 업데이트할 예정입니다.', clients: none },
  { cls: 'quoted-threshold', input: 'Verze starší než 16.0.6701.1000 nejsou podporovány.', clients: none },
  { cls: 'quoted-threshold', input: 'Klienci starsi niż 16.0.6920.1000 nie obsługują tej funkcji.', clients: none },
  { cls: 'quoted-threshold', input: 'A partir de la compilación 16.0.6920.1000, Skype Empresarial entrega los MI sin conexión también para buzones locales.', clients: none },
  { cls: 'quoted-threshold', input: 'Minimaal vereist: Skype voor Bedrijven 16.0.6701.1000 (Exchange Online)', clients: none },
  { cls: 'quoted-threshold', input: "DECLARE @minOnline varchar(20) = '16.0.6701.1000';", clients: none },
  { cls: 'clients-in-admin-output', input: '16.0.6965.2058 (32-bit)', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'PC-0142;16.0.10730.20102 x64;2024-05-01', clients: EL('16.0.10730.20102') },
  { cls: 'clients-in-admin-output', input: '16.0.6741.2048 (64 бит)', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'office-apps-and-suite', input: '16.0.17928.20114 (64-bit) Outlook', clients: none },
  { cls: 'quoted-threshold', input: 'Le correctif est inclus dans OC/16.0.6965.2058 (Skype for Business) et versions ultérieures.', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: 'The fix was released in UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business).', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: 'Certified builds for Skype for Business: 16.0.16731.20542, 16.0.17928.20114', clients: none },
  { cls: 'quoted-threshold', input: 'Vorschlag Regel: UserAgent=OC, CompareOp=LT, 16.0.6920.1000, Action=BlockWithUrl', clients: none },
  { cls: 'quoted-threshold', input: '| 0 | OC | 16.0.6920.1000 | LT | Block | Offline-IM on-prem |', clients: none },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 16.0.6920.1000 on LT-0912', clients: EL('16.0.6920.1000') },
  { cls: 'deployment-and-updates', input: 'Software change on PC-12: Skype for Business 2016 16.0.17928.20114 — Removed', clients: none },
  { cls: 'registry-and-records', input: 'HR-PC04,HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\O365ProPlusRetail - en-us,DisplayVersion,16.0.17928.20114,2024-09-12 08:14:02', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business: 16.0.17928.20114 (CONTOSO\\mkowalski), 15.0.5023.1000 (CONTOSO\\abauer)', clients: [...EL('16.0.17928.20114'), ...c('15.0.5023.1000', 'not-supported', 'not-supported')] },
  { cls: 'clients-in-admin-output', input: 'Skype builds seen this week: 16.0.14332.20721, 16.0.6965.2058, 16.0.6741.2021', clients: [...EL('16.0.14332.20721'), ...EL('16.0.6965.2058'), ...c('16.0.6741.2021', 'eligible', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Validated on NSTN-TGH-5E-A (Skype for Business 16.0.10416.20073)', clients: EL('16.0.10416.20073') },
  { cls: 'office-apps-and-suite', input: "Outlook on Clara's Windows VM (Skype not installed there): 16.0.6965.2058", clients: none },
  { cls: 'drivers-and-tools', input: 'Office ADMX templates: admx 16.0.5439.1000', clients: none },
  { cls: 'exchange', input: 'Skype for Business Server 2015 CU13 (6.0.9319.640); Exchange 2016 CU23 (15.1.2507.6); клиент отправителя 16.0.17928.20114 (Skype for Business, C2R). EnableOfflineIM True.', clients: EL('16.0.17928.20114') },
  { cls: 'office-apps-and-suite', input: 'офис у меня 2408 (сборка 17928.20114), про скайп не уверен', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Скайп для бизнеса, московский офис: 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'After the upgrade every workstation should report UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business) in the Client Version Summary.', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Ring 2 rollout next Tuesday: OC/16.0.17928.20114 (Skype for Business) to all Finance desktops.', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'quoted-threshold', input: 'KB3115087: the Drafts-folder issue is fixed in OC/16.0.6965.2058 (Skype for Business) and later builds.', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'helpdesk note: user previously signed in with UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business); since the reimage only the web app works.', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'agent-encodings', input: 'Not affected: UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business)', clients: EL('16.0.17928.20114') },
  { cls: 'agent-encodings', input: 'user agent is UCCAPI/16.0.17928.20114 OC/16.0.17928.20114 (Skype for Business)', clients: EL('16.0.17928.20114') },
  { cls: 'servers-sql-browsers', input: '2024-04-22 09:30:00  room-berlin-4@contoso.com  UCCAPI/16.0.12527.20194 OC/16.0.12527.20194 (Skype for Business Room System)', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business 16.0.16731.20636 was uninstalled from all kiosk PCs during the Teams-only switch.', clients: none },
  { cls: 'deployment-and-updates', input: 'If we moved everyone to Skype for Business 16.0.17928.20114, would offline IM work with Exchange 2016?', clients: none },
  { cls: 'office-apps-and-suite', input: 'Skype for Business: 16.0.6568.2036 (Anna), 16.0.17928.20114 (Outlook)', clients: c('16.0.6568.2036', 'upgrade-required', 'upgrade-required') },
  { cls: 'other-16.0-products', input: 'Skype for Business: 16.0.6568.2036 on FIN-PC647, 16.0.17928.20238 on SPSE-APP01 (SharePoint Server SE)', clients: c('16.0.6568.2036', 'upgrade-required', 'upgrade-required') },
  { cls: 'one-client-two-numbers', input: 'Skype for Business 16.0.6965.2058 (Outlook 16.0.6965.2058)', clients: EL('16.0.6965.2058') },
  { cls: 'deployment-and-updates', input: 'Rollout waves for Skype for Business: wave 1 16.0.17928.20114, wave 2 16.0.17928.20114, wave 3 16.0.18025.20104.', clients: none },
  { cls: 'quoted-threshold', input: 'Vendor certified Skype for Business builds: 16.0.16731.20636, 16.0.17928.20114.', clients: none },
  { cls: 'clients-in-admin-output', input: 'Change request: set EnableOfflineIM to False on Global next week. Current client: Skype for Business 16.0.17928.20114.', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'у бухгалтерии сфб 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'jdoe 16.0.6965.2058; asmith 16.0.6741.2021; bwong Lync 2013 15.0.4569.1503', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2021', 'eligible', 'upgrade-required'), ...c('15.0.4569.1503', 'not-supported', 'not-supported')] },
  { cls: 'clients-in-admin-output', input: 'Version 1805 (version 9330.2087 Klicka och kör)', clients: EL('16.0.9330.2087') },
  { cls: 'clients-in-admin-output', input: 'SfB2016 C2R 16.0.6741.2063', clients: c('16.0.6741.2063', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: '[10:35] Julien (SfB Paris): colleague next to him: Skype for Business 2016 MSO (16.0.4266.1001) 32-bit', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Moscow ring is still on Skype for Business 16.0.6769.2015, so on-prem mailboxes there will not get it', clients: c('16.0.6769.2015', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'sea-ws-1182\tSkype for Business - en-us\t16.0.17928.20114\t"C:\\Program Files\\Common Files\\Microsoft Shared\\ClickToRun\\OfficeClickToRun.exe" scenario=install scenariosubtype=ARP productstoremove=SkypeForBusinessRetail.16_en-us_x-none', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Expected: message lands in Missed Conversations. Actual: nothing arrives. Client: Skype for Business 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'quoted-threshold', input: 'min. 16.0.6920.1000 for Skype for Business', clients: none },
  { cls: 'office-apps-and-suite', input: 'WKS-0612\tMicrosoft Windows 10 Enterprise\t19045\tMicrosoft 365 Apps for enterprise - en-us\t16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'office-apps-and-suite', input: 'PC1;Windows 11 Pro;Office 365 ProPlus;16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'SfB client is on build 6741.2048 (Current Channel)', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 2015 client, build 5023.1000', clients: c('15.0.5023.1000', 'not-supported', 'not-supported') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business version 1509 build 6001.1038', clients: c('16.0.6001.1038', 'upgrade-required', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 16.0.6741.2048 (Anna), 16.0.6965.2058 (Jens)', clients: [...c('16.0.6741.2048', 'eligible', 'upgrade-required'), ...EL('16.0.6965.2058')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 2016: 16.0.6965.2058 on FIN-PC647, 16.0.4266.1001 on FIN-PC648', clients: [...EL('16.0.6965.2058'), ...c('16.0.4266.1001', 'upgrade-required', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'Skype for Business is installed not only on FIN-PC647 (16.0.6965.2058) but also on FIN-PC648 (16.0.4266.1001)', clients: [...EL('16.0.6965.2058'), ...c('16.0.4266.1001', 'upgrade-required', 'upgrade-required')] },
  { cls: 'office-apps-and-suite', input: 'ws-1207,o.kuznetsov,16.0.17928.20114 (SfB),16.0.17928.20114 (Outlook),24193.1805.3040.8975 (Teams)', clients: EL('16.0.17928.20114') },
  { cls: 'deployment-and-updates', input: 'Skype for Business on FIN-PC647: Installed: 16.0.6741.2048; Pending: 16.0.17928.20114', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'PC-07 — Previous: Lync 2013 15.0.4569.1503; Now: Skype for Business 2016 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'deployment-and-updates', input: 'Skype for Business on PC-07 is no longer on 16.0.4266.1001, now 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'registry-and-records', input: 'VersionToReport: 16.0.17928.20114, Скайп для бизнеса не установлен', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'office-apps-and-suite', input: 'Acerca de Publisher: Versión 2310 (compilación 16924.20150 Hacer clic y ejecutar) Canal de empresa mensual', clients: none },
  { cls: 'office-apps-and-suite', input: 'О программе Access: Версия 2310 (сборка 16924.20150 нажми и работай)', clients: none },
  { cls: 'clients-in-admin-output', input: '[0]1F2C.2A10::11/29/2026-10:15:21.004 [UccApi] CUccPlatform::Initialize - Application: lync.exe, Product version: 16.0.13426.20234, UCCAPI version: 16.0.13328.20130', clients: EL('16.0.13426.20234') },
  { cls: 'exchange', input: '[UccApi] CEwsClient::OnResponse - CreateItem hr=0x0, HTTP 200, ServerVersionInfo 15.1 (Build 2507.6), X-FEServer=EXCH01', clients: none },
  { cls: 'quoted-threshold', input: '<property name="MinSupportedClientVersion">16.0.6920.1000</property>', clients: none },
  { cls: 'office-apps-and-suite', input: 'Версия: 16.0.16731.20398', clients: c('16.0.16731.20398', 'unknown', 'unknown') },
  { cls: 'agent-encodings', input: '<UserAgent>UCCAPI/16.0.6769.2017&#x20;OC/16.0.6769.2017&#x20;(Skype&#x20;for&#x20;Business)</UserAgent>', clients: c('16.0.6769.2017', 'eligible', 'upgrade-required') },
  { cls: 'office-apps-and-suite', input: 'mine says 1605 build 6965.2058', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  { cls: 'windows', input: 'Windows 10 Version 1607 build 14393.2189', clients: none },
  { cls: 'clients-in-admin-output', input: 'Version 1605 (Build 6965.2058 Klik-og-kør)', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Versio 1605 (koontiversio 6965.2058 Napsauta ja käytä)', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Min Skype for Business har version 16.0.6741.2048, fungerar offline-IM?', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  // The client's own About line in Microsoft 365 names its suite after the client.
  { cls: 'clients-in-admin-output', input: 'Skype for Business for Microsoft 365 MSO (Version 2410 Build 16.0.18129.20158) 64-bit', clients: EL('16.0.18129.20158') },
  { cls: 'clients-in-admin-output', input: 'Skype для бизнеса для Microsoft 365 MSO (версия 2408, сборка 16.0.17928.20114) 32-разрядная', clients: EL('16.0.17928.20114') },
  // «Скайп» is the client in Russian admins' speech, «аутлук» Outlook; an agent spaced with "&#32;" is one agent.
  { cls: 'clients-in-admin-output', input: 'Скайп обновился до 16.0.6965.2117', clients: EL('16.0.6965.2117') },
  { cls: 'office-apps-and-suite', input: 'скайп 16.0.6965.2117, аутлук 16.0.17928.20114', clients: EL('16.0.6965.2117') },
  { cls: 'agent-encodings', input: 'sip:anna.k@contoso.com\tUCCAPI/16.0.17928.20114&#32;OC/16.0.17928.20114&#32;(Skype&#32;for&#32;Business)', clients: EL('16.0.17928.20114') },
  // "с … до …", "から … に", "从 … 到": the build left; the one after it is judged as any client where the line says the change is made.
  { cls: 'deployment-and-updates', input: 'Обновили Skype для бизнеса с 16.0.6741.2048 до 16.0.17628.20144, автономные сообщения теперь приходят.', clients: EL('16.0.17628.20144') },
  { cls: 'deployment-and-updates', input: 'Skype for Business を 16.0.6741.2048 から 16.0.17628.20144 に更新しました。', clients: EL('16.0.17628.20144') },
  { cls: 'deployment-and-updates', input: '已将 Skype for Business 从 16.0.6741.2048 升级到 16.0.17628.20144，脱机消息正常。', clients: EL('16.0.17628.20144') },
  { cls: 'deployment-and-updates', input: 'Skype для бизнеса будет обновлен с 16.0.6741.2048 до 16.0.17628.20144', clients: c('16.0.17628.20144', 'unknown', 'unknown') },
  { cls: 'deployment-and-updates', input: 'Skype for Business will be updated from 16.0.6741.2048 to 16.0.17628.20144 tonight', clients: c('16.0.17628.20144', 'unknown', 'unknown') },
  // After an update the build is the one installed, unless the line says what it should be.
  { cls: 'deployment-and-updates', input: 'After the update Skype for Business shows 16.0.17628.20144', clients: EL('16.0.17628.20144') },
  { cls: 'quoted-threshold', input: 'After the update Skype for Business should show 16.0.17628.20144', clients: none },
  { cls: 'quoted-threshold', input: 'Sollte nach dem Update Skype for Business 16.0.17628.20144 zeigen, zeigt aber noch 16.0.4266.1001', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Status: pilot ring is on Skype for Business 16.0.6965.2058, broad ring still on Skype for Business 16.0.6741.2048.', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'deployment-and-updates', input: '2016 年 6 月 14 日 — バージョン 1605 (ビルド 6965.2058)：Skype for Business の不具合を修正', clients: c('16.0.6965.2058', 'unknown', 'unknown') },
  // SQL Server and SharePoint by their own words; a program file named nearer than the suite owns the version.
  { cls: 'servers-sql-browsers', input: '{ "computer": "WS-0456", "sqlLocalDb": "15.0.4153.1" }', clients: none },
  { cls: 'servers-sql-browsers', input: 'Microsoft Analysis Services OLE DB Provider 16.0.4301.1000', clients: none },
  { cls: 'servers-sql-browsers', input: 'SqlPackage 162.1.167.1 — Microsoft.Data.Tools.Schema 16.0.6161.0', clients: none },
  { cls: 'other-16.0-products', input: 'Configuration database version: 16.0.5456.1000', clients: none },
  { cls: 'drivers-and-tools', input: 'Office 2016 (MSI) KB5002600 file version table: mso.dll 16.0.5456.1000, outlook.exe 16.0.5456.1000', clients: none },
  // Report rows put the From and To agents side by side: two clients (a mobile agent goes on after its comment).
  { cls: 'web-mobile-mac', input: '1/15/2024 9:40 AM\tfrank.o@contoso.com\tdev.patel@contoso.com\tUCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)\tUCWA/6.0.0.0 iPhoneLync/6.26.0.14 (iPhone iOS 17.2 iPhone15,2)\t0\tAudio', clients: [...c('15.0.4569.1503', 'not-supported', 'not-supported'), ...c('6.26.0.14', 'not-supported', 'not-supported')] },
  // The build a client had before is not its build now; a change made ("upgraded from … to …") gives the new one.
  { cls: 'deployment-and-updates', input: 'Upgraded from 16.0.6366.2062 last week via SCCM.', clients: none },
  { cls: 'deployment-and-updates', input: 'Vorher war 16.0.6366.2062 installiert.', clients: none },
  { cls: 'deployment-and-updates', input: 'Antes tenía 16.0.6366.2062.', clients: none },
  { cls: 'deployment-and-updates', input: 'Раньше стоял Lync 2013 (15.0.4569.1503).', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business upgraded from 16.0.6366.2062 to 16.0.17928.20114 yesterday', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business 16.0.17928.20114, previously 16.0.6366.2062', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: "Her Lync was 15.0.4569.1503 before the refresh, now it's SfB 16.0.6769.2040", clients: c('16.0.6769.2040', 'eligible', 'upgrade-required') },
  { cls: 'deployment-and-updates', input: 'Skype for Business was 16.0.6965.2058 before the reimage (now uninstalled)', clients: none },
  // A row's other cells: the agent's comment names only the agent, the suite's build beside it is its suite's, Windows in a later cell is the OS column.
  // A client registry value's name right before its build decides, whatever else the line names.
  { cls: 'registry-and-records', input: '{"computer":"PC-201","os":{"caption":"Microsoft Windows 10 Enterprise","build":"19045.3803"},"office":{"VersionToReport":"16.0.17126.20132","Platform":"x64"}}', clients: EL('16.0.17126.20132') },
  { cls: 'registry-and-records', input: '[{"Computer":"PC-501","VersionToReport":"16.0.14326.20404","OSBuild":"19045.3803","ExchangeVersion":"15.2.1544.4"},', clients: EL('16.0.14326.20404') },
  { cls: 'registry-and-records', input: 'Computer: LT-0442   Key: HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration   VersionToReport = 16.0.11929.20838', clients: EL('16.0.11929.20838') },
  // Another product's record under its heading.
];

/**
 * Pastes of several lines, where a line above says what a build below it is
 * (a CSV header, a command, an About page, a Format-List record). Each is
 * scanned on its own.
 */
export const REALISTIC_PASTES: readonly RealisticCase[] = [
  {
    cls: 'office-apps-and-suite',
    input: [
      'ComputerName  OutlookVersion     SfBVersion        TeamsVersion',
      '------------  --------------     ----------        ------------',
      'WKS-0612      16.0.17928.20114                     24215.1007.3082.1590',
      'WKS-0613      16.0.16731.20636   16.0.16731.20636  24215.1007.3082.1590',
    ].join('\n'),
    clients: EL('16.0.16731.20636'),
  },
  {
    cls: 'office-apps-and-suite',
    input: 'Computer OfficeBuild      SfBBuild\n-------- -----------      --------\nPC-07    16.0.17928.20114',
    clients: c('16.0.17928.20114', 'unknown', 'unknown'),
  },
  { cls: 'office-apps-and-suite', input: '| User | Outlook | Skype for Business |\n|---|---|---|\n| alice | 16.0.17928.20114 |', clients: none },
  {
    cls: 'clients-in-admin-output',
    input: [
      'UPN,Wave,CurrentMode,SfB client,Teams client,Mailbox,Status',
      'jan.devries@contoso.nl,Wave 1,Islands,16.0.14326.20404,1.6.00.4472,EXO,Ready',
      'p.bakker@contoso.nl,Wave 1,Islands,16.0.4266.1001,1.5.00.8070,EXO,Blocked - MSI Office',
    ].join('\n'),
    clients: [...EL('16.0.14326.20404'), ...c('16.0.4266.1001', 'upgrade-required', 'upgrade-required')],
  },
  { cls: 'registry-and-records', input: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\n    ClientVersionToReport    REG_SZ    16.0.17928.20114\n\n(Skype for Business was removed from this image in 2023)', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'ACC-PC05\tVersionToReport\t16.0.17928.20114\nACC-PC05\tProductReleaseIds\tHomeBusiness2019Retail', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'ACC-PC05\tVersionToReport\t16.0.17928.20114\nACC-PC05\tVisioProRetail.ExcludedApps\tgroove,lync', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: 'ProductReleaseIds : ProPlus2019Volume,SkypeforBusiness2019Volume\nVersionToReport : 16.0.10416.20073', clients: EL('16.0.10416.20073') },
  { cls: 'exchange', input: 'Get-LogonStatistics ivanov | ft UserName,ClientName,ClientVersion,ClientMode,ServerName\nUserName      ClientName ClientVersion     ClientMode ServerName\n--------      ---------- -------------     ---------- ----------\nИванов Иван  WS-0417    16.0.17328.20184  Cached     EX01', clients: none },
  // A note under a registry record may still leave the client out.
  { cls: 'registry-and-records', input: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\n    VersionToReport    REG_SZ    16.0.17928.20114\n\n(на этой машине только Word и Excel, Скайп для бизнеса не устанавливался)', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Asset;Software;Version;State\nFIN-PC700;Skype for Business 2016;16.0.17928.20114;Uninstalled 2024-08-30', clients: none },
  { cls: 'web-mobile-mac', input: 'DisplayName    : Skype for Business Web App Plug-in\nDisplayVersion : 16.0.8326.80\nPublisher      : Microsoft Corporation', clients: none },
  { cls: 'registry-and-records', input: 'Конфигурация ODT: исключён Скайп для бизнеса\nVersionToReport : 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'Computer;Key;Value;Data\nWKS-0612;HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration;VersionToReport;16.0.17928.20114\nWKS-0614;HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration;O365ProPlusRetail.ExcludedApps;lync,groove', clients: EL('16.0.17928.20114') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business clients that need an update:\nHR-PC011: 16.0.6568.2036\nHR-PC012: 16.0.6741.2048', clients: [...c('16.0.6568.2036', 'upgrade-required', 'upgrade-required'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'office-apps-and-suite', input: 'Компьютеры без Скайпа для бизнеса (только Office):\nБУХ-ПК01: 16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'Skype for Business on PC-07 before the rollback:\nVersion: 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  // The product a record's exclusion key names is installed: its own list of apps left out does not leave the client out.
  { cls: 'registry-and-records', input: 'ProductReleaseIds                 : SkypeforBusinessEntryRetail\nVersionToReport                   : 16.0.15601.20148\nSkypeforBusinessEntryRetail.ExcludedApps : groove,onedrive', clients: EL('16.0.15601.20148') },
  // A heading that names the client speaks for a record under it that names nothing; its file version is the same client.
  { cls: 'clients-in-admin-output', input: 'Скайп для бизнеса на ПК бухгалтерии:\nВерсия: 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'clients-in-admin-output', input: 'Skype for Business builds in Finance:\nFIN-PC647: 16.0.6965.2058\nFIN-PC648: 16.0.6741.2048', clients: [...EL('16.0.6965.2058'), ...c('16.0.6741.2048', 'eligible', 'upgrade-required')] },
  { cls: 'deployment-and-updates', input: 'Скайп для бизнеса, ПК-12\nБыло: 16.0.4266.1001\nСтало: 16.0.6741.2048', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'one-client-two-numbers', input: 'PS C:\\> (Get-Item "C:\\Program Files (x86)\\Microsoft Office\\root\\Office16\\lync.exe").VersionInfo | fl ProductVersion,FileVersion\n\nProductVersion : 16.0.6741.2048\nFileVersion    : 16.0.6741.2047', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'registry-and-records', input: 'PS C:\\> reg query "HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\Setup"\n    Version    REG_SZ    16.0.4135.4', clients: none },
  // One row per registry value (Lansweeper, PDQ): the next row of the same computer leaves the client out.
  { cls: 'registry-and-records', input: 'Computer Name\tHive\tPath\tName\tValue\nACC-PC05\tHKEY_LOCAL_MACHINE\tSOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\tVersionToReport\t16.0.17928.20114\nACC-PC05\tHKEY_LOCAL_MACHINE\tSOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\tO365ProPlusRetail.ExcludedApps\tgroove,lync,teams', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'ACC-PC05\tVersionToReport\t16.0.17928.20114\nACC-PC06\tO365ProPlusRetail.ExcludedApps\tgroove,lync,teams', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: '<Obj RefId="0">\n  <MS>\n    <S N="VersionToReport">16.0.17928.20114</S>\n    <S N="O365ProPlusRetail.ExcludedApps">groove,lync</S>\n  </MS>\n</Obj>', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'clients-in-admin-output', input: 'Product        : Skype for Business 2016\nProduct version: 16.0.6741.2048\nUCCAPI version : 16.0.6741.2056', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Application Name:\tlync.exe\nApplication Version:\t16.0.6741.2048\nFault Module Name:\tUccApi.dll\nFault Module Version:\t16.0.6741.2047', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  // Prose wrapped onto the next line: the build closes a parenthesis opened above it, it does not stand alone.
  { cls: 'quoted-threshold', input: '- PAR-LT-0150 (revision-less build, cannot tell if it meets\n  16.0.6920.1000).', clients: c('16.0.6920.1000', 'unknown', 'unknown') },
  // A crash report's module and its version (P4, P5) are a library's, not a second client.
  { cls: 'clients-in-admin-output', input: 'Event Name: APPCRASH\nProblem signature:\nP1: lync.exe\nP2: 16.0.6868.2067\nP3: 5714a3b2\nP4: UccApi.dll\nP5: 16.0.6868.2062\nP6: 5714a0ff', clients: c('16.0.6868.2067', 'eligible', 'upgrade-required') },
  // A pretty-printed JSON object or an XML element per line is a record, as Format-List's: a later field may leave the client out.
  { cls: 'registry-and-records', input: '{\n    "Platform":  "x64",\n    "ProductReleaseIds":  "O365ProPlusRetail",\n    "VersionToReport":  "16.0.17928.20114",\n    "O365ProPlusRetail.ExcludedApps":  "lync,groove,onenote"\n}', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '<C2RStatus>\n  <Platform>x64</Platform>\n  <VersionToReport>16.0.17726.20160</VersionToReport>\n  <ProductReleaseIds>O365ProPlusRetail</ProductReleaseIds>\n  <ExcludedApps>lync,teams</ExcludedApps>\n</C2RStatus>', clients: c('16.0.17726.20160', 'unknown', 'unknown') },
  { cls: 'servers-sql-browsers', input: '[\n  {\n    "ServerInstance": "SQL01\\\\LYNCMON",\n    "ProductVersion": "16.0.4135.4",\n    "ProductLevel": "RTM"\n  }\n]', clients: none },
  { cls: 'clients-in-admin-output', input: '{\n  "computer": "WS-0456",\n  "osVersion": "10.0.19045.3803",\n  "skypeForBusinessVersion": "16.0.6568.2036",\n  "sqlLocalDb": "15.0.4153.1"\n}', clients: c('16.0.6568.2036', 'upgrade-required', 'upgrade-required') },
  { cls: 'registry-and-records', input: '<Product ID="O365ProPlusRetail"><Language ID="en-us" /><ExcludeApp ID="Lync" /><ExcludeApp ID="Groove" /></Product>\nVersionToReport : 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  // A new computer's heading ends the list above it: its suite row is not the next computer's client.
  { cls: 'office-apps-and-suite', input: 'Computer: PC1\nMicrosoft Office 365 ProPlus - en-us   16.0.6741.2017\nComputer: PC2\nSkype for Business 2016 - en-us        16.0.6741.2017', clients: [...c('16.0.6741.2017', 'unknown', 'upgrade-required'), ...c('16.0.6741.2017', 'eligible', 'upgrade-required')] },
  // Apps beside the suite that holds the client take nothing from it; apps alone make VersionToReport theirs, before or after.
  { cls: 'registry-and-records', input: 'VersionToReport   : 16.0.17928.20114\nProductReleaseIds : O365ProPlusRetail,VisioProRetail', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: 'VersionToReport   : 16.0.17928.20114\nProductReleaseIds : VisioProRetail', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'VersionToReport   : 16.0.17928.20114\nProductReleaseIds : Standard2019Volume', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'ProductReleaseIds    REG_SZ    O365ProPlusRetail,VisioProRetail\nO365ProPlusRetail.ExcludedApps    REG_SZ    lync,groove,teams\nVersionToReport    REG_SZ    16.0.17628.20144', clients: c('16.0.17628.20144', 'unknown', 'unknown') },
  // Lists of installed programs: the suite's row beside the client's row of the same build is that client's suite,
  // before or after it; per computer, only on that computer's rows; in a fleet's list of products, as well.
  { cls: 'office-apps-and-suite', input: 'C:\\>wmic product get name,version\nName                                                  Version\nMicrosoft Office Professional Plus 2016               16.0.4266.1001\nMicrosoft Skype for Business MUI (English) 2016       16.0.4266.1001\nSQL Server 2022 Database Engine Services              16.0.1000.6', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  { cls: 'office-apps-and-suite', input: 'Anzeigename\tHerausgeber\tVersion\nSkype for Business 2016 - de-de\tMicrosoft Corporation\t16.0.6741.2017\nMicrosoft Office 365 ProPlus - de-de\tMicrosoft Corporation\t16.0.6741.2017', clients: c('16.0.6741.2017', 'eligible', 'upgrade-required') },
  { cls: 'office-apps-and-suite', input: '"Computer Name","Product Name","Product Version"\n"FIN-PC647","Microsoft Office 365 ProPlus - en-us","16.0.6769.2017"\n"FIN-PC647","Skype for Business 2016 - en-us","16.0.6769.2017"\n"HR-PC319","Microsoft Office 365 ProPlus - en-us","16.0.6769.2017"', clients: [...c('16.0.6769.2017', 'eligible', 'upgrade-required'), ...c('16.0.6769.2017', 'unknown', 'upgrade-required')] },
  // An Account page: "About Outlook" labels the suite's build, and the product list above it says the client is installed.
  { cls: 'office-apps-and-suite', input: 'Product Information\nMicrosoft 365 Apps for enterprise\nThis product contains\n[Access] [Excel] [Skype for Business] [OneNote] [Outlook] [PowerPoint] [Publisher] [Word]\nAbout Outlook\nVersion 2402 (Build 17328.20184 Click-to-Run)\nCurrent Channel', clients: EL('16.0.17328.20184') },
  { cls: 'office-apps-and-suite', input: 'Сведения о продукте\nПриложения Microsoft 365 для предприятий\nЭтот продукт содержит: Access, Excel, Skype для бизнеса, OneNote, Outlook, PowerPoint, Word\nО программе Outlook\nВерсия 1605 (сборка 6965.2058 нажми и работай)\nТекущий канал', clients: EL('16.0.6965.2058') },
  { cls: 'office-apps-and-suite', input: 'Product Information\nThis product contains\n[Access] [Excel] [OneNote] [Outlook] [PowerPoint]\nAbout Outlook\nVersion 2402 (Build 17328.20184 Click-to-Run)', clients: none },
  // Monitoring's Client Version Summary: the "Client version" cell is read from the agent beside it, one client per row.
  { cls: 'clients-in-admin-output', input: '"Client version","User agent","Prefix","Registrations","Unique users"\n"16.0.6965.2058","UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)","OC","18412","612"\n"15.0.4833.1000","UCCAPI/15.0.4833.1000 OC/15.0.4833.1000 (Skype for Business)","OC","3004","172"', clients: [...EL('16.0.6965.2058'), ...c('15.0.4833.1000', 'not-supported', 'not-supported')] },
  { cls: 'clients-in-admin-output', input: 'Client version\tUser agent\tRegistrations\tUnique users\n16.0.17328.20184\tUCCAPI/16.0.17328.20184 OC/16.0.17328.20184 (Skype for Business)\t40221\t1877\n16.28.0.147\tUCCAPI/16.28.0.147 MC/16.28.0.147 (Skype for Business)\t210\t47', clients: [...EL('16.0.17328.20184'), ...c('16.28.0.147', 'not-supported', 'not-supported')] },
  // The record says the client is left out of the install, after or before its registry value gave the suite's build.
  { cls: 'registry-and-records', input: 'C:\\>reg query HKLM\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\n\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration\n    ClientCulture    REG_SZ    en-us\n    ClientVersionToReport    REG_SZ    16.0.17726.20160\n    O365ProPlusRetail.ExcludedApps    REG_SZ    groove,lync,teams,bing\n    Platform    REG_SZ    x64\n    ProductReleaseIds    REG_SZ    O365ProPlusRetail\n    VersionToReport    REG_SZ    16.0.17726.20160', clients: c('16.0.17726.20160', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: 'VersionToReport                 : 16.0.14332.20721\nProductReleaseIds               : ProPlus2021Volume\nProPlus2021Volume.ExcludedApps  : lync,groove,onedrive', clients: c('16.0.14332.20721', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '    ClientVersionToReport    REG_SZ    16.0.17531.20152\n    ProductReleaseIds    REG_SZ    HomeBusiness2019Retail\n    VersionToReport    REG_SZ    16.0.17531.20152', clients: c('16.0.17531.20152', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '    ClientVersionToReport    REG_SZ    16.0.17531.20152\n    ProductReleaseIds    REG_SZ    O365ProPlusRetail\n    VersionToReport    REG_SZ    16.0.17531.20152', clients: EL('16.0.17531.20152') },
  { cls: 'clients-in-admin-output', input: 'Użytkownik | Wersja Skype dla firm | Skrzynka\nKasia Nowak | 16.0.6920.1000 | Exchange lokalnie\nMarek Zieliński | 16.0.6920.999 | Exchange lokalnie\nOla Wiśniewska | 16.0.6965.2058 | Exchange Online', clients: [...EL('16.0.6920.1000'), ...c('16.0.6920.999', 'eligible', 'upgrade-required'), ...EL('16.0.6965.2058')] },
  { cls: 'other-16.0-products', input: 'PS C:\\> (Get-SPFarm).BuildVersion.ToString()\r\n16.0.10337.12109', clients: none },
  { cls: 'office-apps-and-suite', input: "PS C:\\> (Get-Item 'C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE').VersionInfo.FileVersion\n16.0.17928.20114", clients: none },
  { cls: 'deployment-and-updates', input: 'PS C:\\> (Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Updates).UpdateToVersion\n\n16.0.17928.20156', clients: none },
  { cls: 'clients-in-admin-output', input: "PS C:\\> Get-ItemPropertyValue 'HKLM:\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration' -Name VersionToReport\n16.0.17928.20114", clients: EL('16.0.17928.20114') },
  { cls: 'office-apps-and-suite', input: 'Computer,Outlook Version\nPC01,16.0.17928.20114\nPC02,16.0.6965.2058', clients: none },
  { cls: 'other-16.0-products', input: 'Server;SharePoint Build\nSP01;16.0.10337.12109', clients: none },
  { cls: 'office-apps-and-suite', input: '"Device name","Office version","Office channel"\n"PC01","16.0.17928.20114","Current Channel"', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  // The header's column decides: the Skype column is a client, the Outlook column is not.
  { cls: 'clients-in-admin-output', input: 'User,Outlook version,Skype for Business version\nalice,16.0.17928.20114,16.0.6965.2058', clients: EL('16.0.6965.2058') },
  { cls: 'office-apps-and-suite', input: 'About Outlook\nVersion 2408 (Build 17928.20114 Click-to-Run)', clients: none },
  { cls: 'office-apps-and-suite', input: 'О программе Outlook\nВерсия 2408 (сборка 17928.20114 нажми и работай)', clients: none },
  { cls: 'clients-in-admin-output', input: 'About Skype for Business\nVersion 2408 (Build 17928.20114 Click-to-Run)', clients: EL('16.0.17928.20114') },
  // A blank line ends a heading's say.
  { cls: 'clients-in-admin-output', input: 'About Outlook\n\nVersion 2408 (Build 17928.20114 Click-to-Run)', clients: EL('16.0.17928.20114') },
  // One record, one client: VersionToReport and ClientVersionToReport, FileVersion and ProductVersion.
  { cls: 'registry-and-records', input: '    VersionToReport    REG_SZ    16.0.17928.20114\n    ClientVersionToReport    REG_SZ    16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: 'DisplayName    : Microsoft 365 Apps for enterprise - en-us\nDisplayVersion : 16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'registry-and-records', input: '    ProductReleaseIds    REG_SZ    VisioProRetail,ProjectProRetail\n    VersionToReport    REG_SZ    16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  { cls: 'exchange', input: 'ClientName    : PC01\nClientVersion : 16.0.17928.20114\nClientMode    : Cached', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  // Skype for Business left out of the install: the suite's build is no client's.
  { cls: 'registry-and-records', input: '    ProductReleaseIds    REG_SZ    O365ProPlusRetail\n    O365ProPlusRetail.ExcludedApps    REG_SZ    groove,lync\n    VersionToReport    REG_SZ    16.0.17928.20114', clients: c('16.0.17928.20114', 'unknown', 'unknown') },
  // A record names its product: the version it gives is that product's (Win32_Product, Get-Package, the Uninstall key).
  { cls: 'registry-and-records', input: 'IdentifyingNumber : {6B1E0C2A-0000-0000-0000-000000000000}\nName              : Fabrikam Time Tracker\nVendor            : Fabrikam\nVersion           : 16.0.8201.1000', clients: none },
  { cls: 'registry-and-records', input: '    DisplayName    REG_SZ    Northwind Reporting Add-in\n    DisplayVersion    REG_SZ    16.0.9126.2116', clients: none },
  { cls: 'registry-and-records', input: 'Name    : Skype for Business 2016\nVersion : 16.0.4266.1001\n\nName    : Northwind CRM\nVersion : 16.0.17928.20114', clients: c('16.0.4266.1001', 'upgrade-required', 'upgrade-required') },
  // An application error names the faulting module's file: its version is that file's.
  { cls: 'registry-and-records', input: 'Faulting application name: EXCEL.EXE, version: 16.0.17928.20114, time stamp: 0x66a1b2c3\nFaulting module name: mso40uiwin32client.dll, version: 16.0.17928.20114, time stamp: 0x66a1b2c4', clients: none },
  { cls: 'clients-in-admin-output', input: 'Faulting application name: lync.exe, version: 16.0.6965.2058, time stamp: 0x5755a1b2\nFaulting module name: ntdll.dll, version: 10.0.19041.4355, time stamp: 0x4a5be02b', clients: EL('16.0.6965.2058') },
  // sigcheck: one file, one client.
  { cls: 'clients-in-admin-output', input: 'C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe:\n\tVerified:\tSigned\n\tDescription:\tSkype for Business\n\tProd version:\t16.0.17928.20114\n\tFile version:\t16.0.17928.20114', clients: EL('16.0.17928.20114') },
  // A rule table's column of minimums holds thresholds.
  { cls: 'quoted-threshold', input: 'Mailbox,Minimum client build\nOnline,16.0.6701.1000\nOn-premises,16.0.6920.1000', clients: none },
  // Format-List writes an empty value as "Key :"; the record goes on.
  { cls: 'registry-and-records', input: 'DisplayName    : Skype for Business 2016\nDescription    :\nDisplayVersion : 16.0.6965.2058', clients: EL('16.0.6965.2058') },
  // Pastes whose lines decide together: a report row with two agents, a CSV with its header, a record under its heading.
  { cls: 'other-16.0-products', input: 'Server,Role,Version\noos01.contoso.com,OfficeOnline,16.0.10417.20037', clients: none },
  { cls: 'deployment-and-updates', input: 'Computer,OS,OSBuild,OfficeTarget\nPC1,Windows 11,22631.3880,16.0.17928.20114', clients: none },
  { cls: 'deployment-and-updates', input: 'User,PreviousBuild,Status\nalice@contoso.com,16.0.17928.20114,reimaged', clients: none },
  // The suite's build in the Office column equals the client's in the SfB column: one client, the SfB column's.
  { cls: 'clients-in-admin-output', input: 'DeviceName,OS,OSVersion,OfficeVersion,SfBClientVersion\nWS-0413,Windows,10.0.19044.4291,16.0.6741.2048,16.0.6741.2048', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'clients-in-admin-output', input: 'Hostname,SfBClientVersion,OfficeVersion\nWS-0187,16.0.17928.20114,16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'office-apps-and-suite', input: 'Skype for Business\nMicrosoft 365 Apps for enterprise\nVersion 2408 (Build 17928.20114 Click-to-Run)\nCurrent Channel', clients: EL('16.0.17928.20114') },
  // The switch read as a property: PowerShell prints its value alone on the next line.
  { cls: 'registry-and-records', input: 'PS C:\\> (Get-CsImConfiguration).EnableOfflineIM\nFalse\nVersionToReport : 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: 'PS C:\\> Get-CsImConfiguration | Select-Object -ExpandProperty EnableOfflineIM\n\nTrue\nVersionToReport : 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'registry-and-records', input: 'We set EnableOfflineIM\nFalse alarm, all good\nVersionToReport : 16.0.17928.20114', clients: EL('16.0.17928.20114') },
  { cls: 'quoted-threshold', input: 'KB article pasted into ticket INC0052510:\n> Minimum Skype for Business client build for Exchange on-premises mailboxes:\n> 16.0.6920.1000', clients: none },
  { cls: 'clients-in-admin-output', input: 'Skype for Business clients that need an update\n16.0.6741.2048', clients: c('16.0.6741.2048', 'eligible', 'upgrade-required') },
  { cls: 'drivers-and-tools', input: 'Faulting application name: lync.exe, version: 16.0.6769.2017, time stamp: 0x571f8c3a\nFaulting module name: UccApi.dll, version: 16.0.6769.2015, time stamp: 0x571f8a11', clients: c('16.0.6769.2017', 'eligible', 'upgrade-required') },
  { cls: 'servers-sql-browsers', input: 'PS C:\\> Invoke-Sqlcmd -ServerInstance SQL01 -Query "SELECT SERVERPROPERTY(\'ProductVersion\') AS v" | Select -Expand v\n16.0.4135.4', clients: none },
  { cls: 'servers-sql-browsers', input: 'ServerName\tProductVersion\tEdition\nSQL01\t16.0.4135.4\tEnterprise Edition: Core-based Licensing (64-bit)', clients: none },
  { cls: 'clients-in-admin-output', input: 'FromUri            ToUri              MediaTypesDescription  FromClientVersion                                            ToClientVersion\nhana@fabrikam.com  ivan@fabrikam.com  [IM]                   UCCAPI/16.0.13127.21216 OC/16.0.13127.21216 (Skype for Business)   UCCAPI/16.0.6965.5308 OC/16.0.6965.2117 (Skype for Business)', clients: [...EL('16.0.13127.21216'), ...EL('16.0.6965.2117')] },
  { cls: 'clients-in-admin-output', input: 'Device,User,User agent,Office build,Teams version\nLT-1001,dana@contoso.com,UCCAPI/16.0.16731.20542 OC/16.0.16731.20542 (Skype for Business),16.0.16731.20542,1.6.00.33567\nLT-1002,erik@contoso.com,UCCAPI/16.0.4849.1000 OC/16.0.4849.1000 (Skype for Business),16.0.4849.1000,24004.1403.2634.2418', clients: [...EL('16.0.16731.20542'), ...c('16.0.4849.1000', 'upgrade-required', 'upgrade-required')] },
  { cls: 'clients-in-admin-output', input: 'User;Clientversion;Betriebssystem\nm.schmidt@contoso.de;16.0.17126.20132;Windows 10 Enterprise 10.0.19045.3803', clients: EL('16.0.17126.20132') },
  { cls: 'office-apps-and-suite', input: '| Host | OS build | Office build | SfB client |\n|---|---|---|---|\n| PC-403 | 19045.3803 | 16.0.17126.20132 | not installed (ExcludeApp Lync) |', clients: none },
  { cls: 'servers-sql-browsers', input: 'C:\\>reg query "HKLM\\SOFTWARE\\Microsoft\\Microsoft SQL Server\\MSSQL16.MSSQLSERVER\\Setup"\n    Edition    REG_SZ    Standard Edition\n    PatchLevel    REG_SZ    16.0.4125.3\n    Version    REG_SZ    16.0.1000.6', clients: none },
];

/** Product names that are not Skype clients, and line shapes they appear in, for the property test. */
export const NON_CLIENT_PRODUCTS: readonly string[] = [
  'Microsoft SharePoint Server 2019',
  'SharePoint Server Subscription Edition',
  'Office Online Server',
  'Microsoft Visual Studio Enterprise 2019',
  'Microsoft SQL Server 2022',
  'Skype for Business Server 2015',
  'Lync Server 2013',
  'Microsoft Exchange Server 2019',
  'Microsoft Outlook',
  'Microsoft Word',
  'Microsoft Visio Professional',
  'Microsoft Teams',
  'Microsoft OneDrive',
  'Windows Server 2022',
  'SharePoint Online Management Shell',
];
