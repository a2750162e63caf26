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
