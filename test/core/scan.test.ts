// The scanner against docs/domain.md: thresholds, build forms, families, traps,
// line numbering and offsets, reasons and unrecognised lines.
import { describe, expect, it } from 'vitest';
import { scan, summarize, THRESHOLDS, type Finding } from '../../src/core/index.ts';

function only(text: string): Finding {
  const { findings } = scan(text);
  expect(findings, text).toHaveLength(1);
  return findings[0]!;
}

function verdicts(text: string): [string, string] {
  const f = only(text);
  return [f.verdicts.online, f.verdicts.onprem];
}

describe('thresholds', () => {
  it('are the documented builds', () => {
    expect(THRESHOLDS).toEqual({ online: '16.0.6701.1000', onprem: '16.0.6920.1000' });
  });

  it.each([
    ['16.0.6701.1000', 'eligible', 'upgrade-required'],
    ['16.0.6701.999', 'upgrade-required', 'upgrade-required'],
    ['16.0.6701.0', 'upgrade-required', 'upgrade-required'],
    ['16.0.6700.99999', 'upgrade-required', 'upgrade-required'],
    ['16.0.6702.0', 'eligible', 'upgrade-required'],
    ['16.0.6920.1000', 'eligible', 'eligible'],
    ['16.0.6920.999', 'eligible', 'upgrade-required'],
    ['16.0.6920.1001', 'eligible', 'eligible'],
    ['16.0.6919.99999', 'eligible', 'upgrade-required'],
    ['16.0.6921.0', 'eligible', 'eligible'],
  ])('%s -> online %s, on-premises %s', (build, online, onprem) => {
    expect(verdicts(build)).toEqual([online, onprem]);
  });

  it('compares numerically: 5- and 6-digit builds are above 6920 although they sort below it as text', () => {
    expect(verdicts('16.0.17928.20114')).toEqual(['eligible', 'eligible']);
    expect(verdicts('16.0.10000.1')).toEqual(['eligible', 'eligible']);
    expect(verdicts('16.0.123456.1')).toEqual(['eligible', 'eligible']);
    expect(verdicts('16.0.999999.0')).toEqual(['eligible', 'eligible']);
  });

  it('keeps leading zeros out of the version but compares the value', () => {
    const f = only('16.0.06920.01000');
    expect(f.version).toBe('16.0.6920.1000');
    expect(f.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
  });

  it('takes a build of more than seven digits for two parts run together (a dot lost to OCR), no client', () => {
    const r = scan('Skype for Business 16.0.65682025\nSkype for Business 2016 (MSI) 16.0.42661001\nSkype for Business 16.0.1234567.20114');
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.1234567.20114']);
    expect(r.unrecognized.map((u) => u.line)).toEqual([1, 2]);
  });

  it('never loses precision on huge parts', () => {
    const f = only('16.0.6920.99999999999999999999999');
    expect(f.version).toBe('16.0.6920.99999999999999999999999');
    expect(f.verdicts.onprem).toBe('eligible');
    expect(verdicts('16.0.6919.99999999999999999999999')).toEqual(['eligible', 'upgrade-required']);
  });
});

describe('revision-less builds', () => {
  it('16.0.6701 is unknown online (equals the build) and decided on-premises (6701 < 6920)', () => {
    const f = only('16.0.6701');
    expect(f.verdicts).toEqual({ online: 'unknown', onprem: 'upgrade-required' });
    expect(f.reasons.online.key).toBe('reason_missing_revision');
    expect(f.reasons.online.params).toMatchObject({ version: '16.0.6701', threshold: '16.0.6701.1000' });
    expect(f.reasons.onprem.key).toBe('reason_upgrade');
  });

  it('16.0.6920 is eligible online and unknown on-premises', () => {
    const f = only('16.0.6920');
    expect(f.verdicts).toEqual({ online: 'eligible', onprem: 'unknown' });
    expect(f.reasons.onprem).toEqual({ key: 'reason_missing_revision', params: { version: '16.0.6920', threshold: '16.0.6920.1000', product: '' } });
  });

  it('decides where the build part already decides, never rounding up', () => {
    expect(verdicts('16.0.6800')).toEqual(['eligible', 'upgrade-required']);
    expect(verdicts('16.0.6919')).toEqual(['eligible', 'upgrade-required']);
    expect(verdicts('16.0.6921')).toEqual(['eligible', 'eligible']);
    expect(only('16.0.6700').verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(only('16.0.6701').version).toBe('16.0.6701');
  });
});

describe('build forms', () => {
  it('bare build', () => {
    const f = only('16.0.6965.2058');
    expect(f).toMatchObject({ source: 'bare', family: 'win16', start: 0, end: 14, text: '16.0.6965.2058' });
  });

  it('Office About dialog in several languages: the build gets its 16.0. prefix', () => {
    const forms = [
      'Version 1605 (Build 6965.2058 Click-to-Run)',
      'Версия 1605 (сборка 6965.2058 нажми и работай)',
      'Version 1605 (build 6965.2058 Démarrer en un clic)',
      'Versione 1605 (build 6965.2058 A portata di clic)',
      'Versão 1605 (Compilação 6965.2058 Clique para Executar)',
      'Wersja 1605 (kompilacja 6965.2058 Kliknij i uruchom)',
      'Verze 1605 (sestavení 6965.2058 Klikni a spusť)',
      'Версія 1605 (збірка 6965.2058 «Клацни й працюй»)',
      'バージョン 1605 (ビルド 6965.2058 クイック実行)',
    ];
    for (const form of forms) {
      const f = only(form);
      expect(f.version, form).toBe('16.0.6965.2058');
      expect(f.source, form).toBe('about');
      expect(f.verdicts, form).toEqual({ online: 'eligible', onprem: 'eligible' });
      expect(form.slice(f.start, f.end)).toBe(f.text);
      expect(f.text.endsWith('6965.2058')).toBe(true);
    }
  });

  it('a two-part number without the About context is not a build', () => {
    expect(scan('Build 6965.2058').findings).toEqual([]);
    expect(scan('total 6965.2058 MB').findings).toEqual([]);
  });

  it('registry and PowerShell output', () => {
    expect(only('VersionToReport : 16.0.17928.20114')).toMatchObject({ source: 'registry', version: '16.0.17928.20114' });
    expect(only('    ClientVersionToReport    REG_SZ    16.0.6769.2017')).toMatchObject({ source: 'registry', version: '16.0.6769.2017' });
  });

  it('CSV rows with names, counts and dates around the build', () => {
    const f = only('"Иванов, Пётр",42,16.0.6920.1000,2024-05-01,10:15');
    expect(f.version).toBe('16.0.6920.1000');
  });

  it('Cyrillic letters touching the build', () => {
    const input = 'клиент16.0.6920.1000версия';
    const f = only(input);
    expect(f.text).toBe('16.0.6920.1000');
    expect(f.start).toBe(6);
    expect(input.slice(f.start, f.end)).toBe('16.0.6920.1000');
  });

  it('full-width digits and dots are normalised, offsets still slice the original', () => {
    const input = 'сборка：１６．０．６７０１．１０００';
    const f = only(input);
    expect(f.version).toBe('16.0.6701.1000');
    expect(f.text).toBe('１６．０．６７０１．１０００');
    expect(input.slice(f.start, f.end)).toBe(f.text);
    expect(f.verdicts).toEqual({ online: 'eligible', onprem: 'upgrade-required' });
  });
});

describe('families', () => {
  it('MSI 16.0.4266.1001: upgrade-required with the MSI note', () => {
    const f = only('Microsoft Skype for Business 2016 MSO (16.0.4266.1001) 32-bit');
    expect(f.family).toBe('win16-msi-range');
    expect(f.verdicts).toEqual({ online: 'upgrade-required', onprem: 'upgrade-required' });
    expect(f.reasons.online).toEqual({ key: 'reason_msi_range', params: { version: '16.0.4266.1001', threshold: '16.0.6701.1000', product: '' } });
    expect(f.reasons.onprem.key).toBe('reason_msi_range');
    expect(f.reasons.onprem.params.threshold).toBe('16.0.6920.1000');
  });

  it('MSI-range builds 4xxx-5xxx.1000 and the last one below 6701', () => {
    for (const b of ['16.0.4000.1000', '16.0.5000.1000', '16.0.5999.1000', '16.0.6700.1000']) expect(only(b).family, b).toBe('win16-msi-range');
    expect(only('16.0.6701.1000').family).toBe('win16');
  });

  it('Lync 2013 / SfB 2015, Lync 2010 and Communicator are not supported, with their reasons', () => {
    const rows: [string, string, string][] = [
      ['15.0.4569.1503', 'lync2013', 'reason_lync2013'],
      ['UCCAPI/15.0.5023.1000 OC/15.0.5023.1000 (Skype for Business)', 'lync2013', 'reason_lync2013'],
      ['OC/4.0.7577.4051', 'lync2010', 'reason_lync2010'],
      ['4.0.7577.4374', 'lync2010', 'reason_lync2010'],
      ['3.5.6907.268', 'communicator', 'reason_communicator'],
      ['2.0.6362.111', 'communicator', 'reason_communicator'],
      ['OC/3.5.6907.268', 'communicator', 'reason_communicator'],
    ];
    for (const [input, family, key] of rows) {
      const f = only(input);
      expect(f.family, input).toBe(family);
      expect(f.verdicts, input).toEqual({ online: 'not-supported', onprem: 'not-supported' });
      expect(f.reasons.online.key, input).toBe(key);
      expect(f.reasons.online.params.threshold).toBe('16.0.6701.1000');
      expect(f.reasons.onprem.params.threshold).toBe('16.0.6920.1000');
    }
  });

  it('Mac (MC/) is never eligible and says so', () => {
    const f = only('MC/16.28.0.147 (Mac OS X Version 10.14.5 (Build 18F132))');
    expect(f).toMatchObject({ family: 'mac', version: '16.28.0.147', source: 'user-agent', text: 'MC/16.28.0.147' });
    expect(f.verdicts).toEqual({ online: 'not-supported', onprem: 'not-supported' });
    expect(f.reasons.online).toMatchObject({ key: 'reason_mac', params: { product: 'MC', version: '16.28.0.147' } });
  });

  it('Mac agents with Windows-looking 16.0 numbers are still Mac', () => {
    expect(only('MC/16.0.7000.1000 (Mac OS X)').family).toBe('mac');
  });

  it('mobile agents: one mobile finding, UCWA/16.0.0.0 inside never becomes a Windows client', () => {
    for (const input of [
      'UCWA/16.0.0.0 AndroidLync/6.25.0.16 (SAMSUNG Android 9)',
      'UCWA/16.0.0.0 iPhoneLync/6.26.0.12 (iPhone iOS 13.3)',
      'iPadLync/6.26.0.12 (iPad iOS 13.3) UCWA/16.0.0.0',
      'AndroidLync/6.25.0.16 (Android 9) UCWA/16.0.7000.1000',
      'WPLync/5.0.1 (Windows Phone)',
    ]) {
      const f = only(input);
      expect(f.family, input).toBe('mobile');
      expect(f.verdicts, input).toEqual({ online: 'not-supported', onprem: 'not-supported' });
      expect(f.reasons.online.key).toBe('reason_mobile');
    }
  });

  it('web clients (LWA/CWA/UCWA alone) are not the Windows client', () => {
    for (const input of ['LWA/15.0.4481.1000 (Lync Web App)', 'UCWA/16.0.0.0', 'CWA/1.0.0.0']) {
      const f = only(input);
      expect(f.family, input).toBe('web');
      expect(f.verdicts.online, input).not.toBe('eligible');
      expect(f.reasons.online.key).toBe('reason_web');
    }
  });

  it('other 16.x lines written bare are not supported', () => {
    const f = only('16.28.0.147');
    expect(f).toMatchObject({ family: 'other16', verdicts: { online: 'not-supported', onprem: 'not-supported' } });
    expect(f.reasons.online.key).toBe('reason_other16');
  });

  it('an OC agent with a number of no known line gets unknown, with its reason', () => {
    const f = only('OC/9.1.2.3 (Something)');
    expect(f.family).toBe('unknown');
    expect(f.verdicts).toEqual({ online: 'unknown', onprem: 'unknown' });
    expect(f.reasons.online).toMatchObject({ key: 'reason_unknown_client', params: { product: 'OC', version: '9.1.2.3' } });
  });

  it('a label never beats the number', () => {
    expect(only('OC/15.0.4971.1000 (Skype for Business 2016)').family).toBe('lync2013');
  });
});

describe('user agents', () => {
  it('UCCAPI + OC is one client and OC wins', () => {
    const input = 'UCCAPI/16.0.6920.1000 OC/16.0.6870.2001 (Skype for Business)';
    const f = only(input);
    expect(f).toMatchObject({ version: '16.0.6870.2001', text: 'OC/16.0.6870.2001', source: 'user-agent' });
    expect(f.verdicts).toEqual({ online: 'eligible', onprem: 'upgrade-required' });
    expect(f.reasons.onprem.params.product).toBe('OC');
  });

  it('UCCAPI alone stands for the client', () => {
    expect(only('UCCAPI/16.0.6965.2058').version).toBe('16.0.6965.2058');
  });

  it('several clients on separate lines are separate findings', () => {
    const text = [
      'UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)',
      'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)',
      'OC/4.0.7577.4051',
      'MC/16.28.0.147 (Mac OS X)',
    ].join('\n');
    const { findings } = scan(text);
    expect(findings.map((f) => [f.line, f.family, f.version])).toEqual([
      [1, 'win16', '16.0.6965.2058'],
      [2, 'lync2013', '15.0.4569.1503'],
      [3, 'lync2010', '4.0.7577.4051'],
      [4, 'mac', '16.28.0.147'],
    ]);
  });

  it('two agents on one line separated by a delimiter are two clients', () => {
    const { findings } = scan('OC/16.0.6965.2058 (Skype for Business); OC/15.0.4569.1503 (Microsoft Lync)');
    expect(findings.map((f) => f.version)).toEqual(['16.0.6965.2058', '15.0.4569.1503']);
  });

  it('a product name glued to other letters is not an agent token', () => {
    const { findings } = scan('DOC/16.0.0.0');
    expect(findings).toEqual([]);
  });
});

describe('not client builds', () => {
  it.each([
    ['10.0.19045.3803', 'ignored_windows'],
    ['Microsoft Windows [Version 10.0.22631.4460]', 'ignored_windows'],
    ['6.3.9600.20778', 'ignored_windows'],
    // winver without "OS": a release name, or a five-digit build with a short revision, is Windows's.
    ['Version 22H2 (Build 19045.3803)', 'ignored_windows'],
    ['Version 2004 (Build 19041.1415)', 'ignored_windows'],
    ['Версия 24H2 (сборка 26100.2605)', 'ignored_windows'],
    ['Version 24H2 (Build 6965.2058)', 'ignored_windows'],
    ['Client IP 192.168.10.25 connected', 'ignored_ip'],
    // A server that serves the client, named right before it: its build.
    ['OOS for Skype for Business: 16.0.10338.20039', 'ignored_product'],
    ['SharePoint 2019 farm with Skype for Business presence: 16.0.10337.12109', 'ignored_product'],
    ['from 10.1.2.3', 'ignored_ip'],
    ['14.06.2016', 'ignored_date'],
    ['2016.06.14', 'ignored_date'],
    ['15.0.1497.2', 'ignored_server'],
    // A server number keeps its shape's reason; where the shape is a poor guess, a product named on the line says more.
    ['Exchange 2013 CU23 15.0.1497.2', 'ignored_server'],
    ['Skype for Business Server 2015 6.0.9319.562', 'ignored_product'],
    ['Microsoft Teams 1.6.00.4472', 'ignored_product'],
    ['.NET 4.0.30319.42000', 'ignored_not_client'],
    ['16.0.0.0', 'ignored_ip'],
    ['1.2.3.4.5.6', 'ignored_too_many_parts'],
    ['16.0.6920.1000.1', 'ignored_too_many_parts'],
    ['99.1.2.3000', 'ignored_other'],
  ])('%s is listed as unrecognised with note %s', (line, key) => {
    const r = scan(line);
    expect(r.findings).toEqual([]);
    expect(r.unrecognized).toEqual([{ line: 1, text: line, note: { key, params: expect.objectContaining({ text: expect.any(String) }) } }]);
    expect(line).toContain(r.unrecognized[0]!.note!.params.text!);
  });

  it('a number whose shape only suggests a product is put down to the product the line or its record names', () => {
    const note = (text: string) => scan(text).unrecognized.map((u) => u.note);
    expect(note('Microsoft Teams 1.6.00.4472')).toEqual([{ key: 'ignored_product', params: { text: '1.6.00.4472', product: 'Teams' } }]);
    // The nearest name before the number, else the first after it.
    expect(note('SharePoint 6.0.6001.18000 Windows')).toEqual([{ key: 'ignored_product', params: { text: '6.0.6001.18000', product: 'SharePoint' } }]);
    expect(note('6.0.6001.18000 (Visio)')).toEqual([{ key: 'ignored_office_app', params: { text: '6.0.6001.18000', product: 'Visio' } }]);
    expect(note('DisplayName    : Microsoft Teams\nDisplayVersion : 1.6.00.4472')[1]).toEqual({ key: 'ignored_product', params: { text: '1.6.00.4472', product: 'Teams' } });
    // An IP address stays one whatever the line names; a number with no product named keeps its shape's reason.
    expect(note('10.0.0.1 Chrome')).toEqual([{ key: 'ignored_ip', params: { text: '10.0.0.1' } }]);
    expect(note('Product Version: 6.0.9319.0')).toEqual([{ key: 'ignored_windows', params: { text: '6.0.9319.0' } }]);
  });

  it('an Office About build of 10000 and more keeps its five-digit revision and is read', () => {
    expect(scan('Version 2004 (Build 12730.20270 Click-to-Run)').findings.map((f) => f.version)).toEqual(['16.0.12730.20270']);
    expect(scan('Version 2408 (Build 17928.20114)').findings.map((f) => f.version)).toEqual(['16.0.17928.20114']);
    // "H2" glued to more letters or digits is no release name.
    expect(scan('Version X22H2 (Build 6965.2058)').findings.map((f) => f.version)).toEqual(['16.0.6965.2058']);
  });

  it('the Windows "OS Build" in English and Russian is not an Office build', () => {
    expect(scan('Version 22H2 (OS Build 19045.3803)').findings).toEqual([]);
    expect(scan('Версия 22H2 (сборка ОС 19045.3803)').findings).toEqual([]);
    expect(scan('OS Build 19045.3803').findings).toEqual([]);
  });

  it('lines with no numbers are unrecognised without a note; blank lines are not listed', () => {
    const r = scan('hello world\n\n   \nsecond');
    expect(r.unrecognized).toEqual([
      { line: 1, text: 'hello world' },
      { line: 4, text: 'second' },
    ]);
  });

  it('a very long unrecognised line is shortened', () => {
    const r = scan('x'.repeat(5000));
    expect(r.unrecognized[0]!.text.length).toBeLessThanOrEqual(201);
    expect(r.unrecognized[0]!.text.endsWith('…')).toBe(true);
  });

  it('shortening never splits a surrogate pair', () => {
    const line = `${'x'.repeat(199)}😀${'y'.repeat(50)}`;
    const [entry] = scan(line).unrecognized;
    expect(entry!.text).toBe(`${'x'.repeat(199)}…`);
  });

  it('the same text scanned twice gives the same result (caches are transparent)', () => {
    const text = 'UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business)\n16.0.6965.2058\n(Build 6965.2058)\n10.0.19045.3803';
    expect(scan(text)).toEqual(scan(text));
    expect(scan(text).summary.distinctBuilds).toBe(1);
  });

  it('caches stay correct past their bound and across offsets', () => {
    const text = Array.from({ length: 30_000 }, (_, i) => `16.0.${7000 + i}.1000`).join('\n');
    const r = scan(text);
    expect(r.findings).toHaveLength(30_000);
    expect(r.summary.distinctBuilds).toBe(30_000);
    r.findings.forEach((f, i) => {
      expect(f.version).toBe(`16.0.${7000 + i}.1000`);
      expect(text.slice(f.start, f.end)).toBe(f.text);
    });
    expect(scan('x 16.0.6920.1000', { offset: 7 }).findings[0]).toMatchObject({ start: 9, end: 23 });
    expect(scan('x 16.0.6920.1000').findings[0]).toMatchObject({ start: 2, end: 16, text: '16.0.6920.1000' });
  });

  it('a line with a finding is not unrecognised, even with other numbers on it', () => {
    const r = scan('10.0.19045.3803 16.0.6920.1000 192.168.0.1');
    expect(r.findings).toHaveLength(1);
    expect(r.unrecognized).toEqual([]);
  });
});

describe('lines and offsets', () => {
  it('CRLF is one break, LF and lone CR each end a line', () => {
    const text = 'a\r\n16.0.6920.1000\rb\n16.0.6701.1000\r\n\r\n15.0.4569.1503';
    const r = scan(text);
    expect(r.findings.map((f) => [f.line, f.version])).toEqual([
      [2, '16.0.6920.1000'],
      [4, '16.0.6701.1000'],
      [6, '15.0.4569.1503'],
    ]);
    for (const f of r.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(r.summary.lines).toBe(6);
  });

  it('a trailing line break does not add a line', () => {
    expect(scan('16.0.6920.1000\n').summary.lines).toBe(1);
    expect(scan('16.0.6920.1000\r\n').summary.lines).toBe(1);
    expect(scan('').summary.lines).toBe(0);
  });

  it('offsets are correct deep in a multi-line input', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `user${i}@contoso.com;Иван ${i};UCCAPI/16.0.${7000 + i}.1000 OC/16.0.${7000 + i}.2000 (Skype for Business)`);
    // Mixed CRLF, LF and lone CR breaks.
    const text = lines.reduce((acc, line, n) => (n === 0 ? line : acc + ['\r\n', '\n', '\r'][n % 3] + line), '');
    expect(text).toContain('\r\n');
    const r = scan(text);
    expect(r.findings).toHaveLength(50);
    r.findings.forEach((f, n) => {
      expect(f.line).toBe(n + 1);
      expect(f.version).toBe(`16.0.${7000 + n}.2000`);
      expect(text.slice(f.start, f.end)).toBe(`OC/16.0.${7000 + n}.2000`);
    });
  });

  it('ScanOptions shift line numbers and offsets for a slice of a longer text', () => {
    const r = scan('x\n16.0.6920.1000', { firstLine: 10, offset: 100 });
    expect(r.findings[0]).toMatchObject({ line: 11, start: 102, end: 116 });
  });
});

describe('summary', () => {
  it('counts findings per location and verdict', () => {
    const r = scan(['16.0.6920.1000', '16.0.6701.1000', '16.0.6701', '15.0.4569.1503', 'noise', 'EnableOfflineIM : False'].join('\n'));
    expect(r.summary).toEqual({
      lines: 6,
      findings: 4,
      distinctBuilds: 4,
      unrecognized: 1,
      prerequisites: 1,
      byLocation: {
        online: { eligible: 0, 'upgrade-required': 0, 'not-supported': 1, unknown: 1, blocked: 2 },
        onprem: { eligible: 0, 'upgrade-required': 2, 'not-supported': 1, unknown: 0, blocked: 1 },
      },
      blocked: true,
      blockedPolicies: [],
    });
  });
});

describe('a client left out of the install after its registry value gave a build', () => {
  const DUMP = ['    ClientVersionToReport    REG_SZ    16.0.17726.20160', '    O365ProPlusRetail.ExcludedApps    REG_SZ    groove,lync,teams', '    VersionToReport    REG_SZ    16.0.17726.20160', '', 'OC/16.0.17726.20160 (Skype for Business)'].join('\n');

  it('judges that build again as the suite’s, and the summary counts what the findings say', () => {
    const r = scan(DUMP);
    expect(r.findings.map((f) => [f.line, f.verdicts.online, f.reasons.online.key])).toEqual([
      [1, 'unknown', 'reason_unconfirmed_suite'],
      [5, 'eligible', 'reason_eligible'],
    ]);
    expect(r.findings[0]!.clientVerdicts).toEqual(r.findings[0]!.verdicts);
    expect(r.summary.byLocation).toEqual(summarize(r.findings, r.unrecognized, r.prerequisites, r.summary.lines).byLocation);
  });

  it('keeps the build a client that is not left out gave', () => {
    expect(scan(DUMP.replace('groove,lync,teams', 'groove,teams')).findings[0]!.verdicts.online).toBe('eligible');
  });
});

describe('a list of users and their builds', () => {
  it('gives each item its own user', () => {
    const r = scan('Skype for Business versions: alice@contoso.com — 16.0.17928.20114; bob@contoso.com — 16.0.6741.2048');
    expect(r.findings.map((f) => [f.version, f.user])).toEqual([
      ['16.0.17928.20114', 'alice@contoso.com'],
      ['16.0.6741.2048', 'bob@contoso.com'],
    ]);
  });
});

describe('what a label, a column or a command says of a build', () => {
  const found = (text: string) => scan(text).findings.map((f) => `${f.version} ${f.verdicts.online}`);

  it("an agent after a label of a plan or of another state is no client; a policy's block keeps it", () => {
    expect(found('Pending install: UCCAPI/16.0.8431.2215 OC/16.0.8431.2215 (Skype for Business)')).toEqual([]);
    expect(found('Old agent (removed): OC/16.0.7571.2109 (Skype for Business)')).toEqual([]);
    expect(found('Previously installed (now removed): UCCAPI/16.0.7571.2109 OC/16.0.7571.2109 (Skype for Business)')).toEqual([]);
    expect(found('Blocked by client version policy: UCCAPI/16.0.8431.2270 OC/16.0.8431.2270 (Skype for Business) from sip:alice@contoso.com')).toEqual(['16.0.8431.2270 eligible']);
    expect(found('Client (after update): UCCAPI/16.0.8201.2102 OC/16.0.8201.2102 (Skype for Business)')).toEqual(['16.0.8201.2102 eligible']);
  });

  it("an agent in a CSV's target column is no client; a call's target user is a user", () => {
    expect(found('"User","Installed agent","Planned agent"\n"bob@contoso.com","OC/16.0.4266.1003 (Skype for Business)","OC/16.0.9126.2282 (Skype for Business)"')).toEqual(['16.0.4266.1003 upgrade-required']);
    const cdr = 'Source user,Target user,Source user agent,Target user agent\nsip:e@contoso.com,sip:f@contoso.com,UCCAPI/16.0.9126.2116 OC/16.0.9126.2116 (Skype for Business),UCCAPI/16.0.7070.2036 OC/16.0.7070.2036 (Skype for Business)';
    expect(found(cdr)).toEqual(['16.0.9126.2116 eligible', '16.0.7070.2036 eligible']);
  });

  it('a server described in brackets that name the client keeps its build', () => {
    expect(found('Office Online Server (PowerPoint sharing in SfB meetings): 16.0.10338.20039')).toEqual([]);
    expect(found('SharePoint Server 2019 (SfB meeting content archive): 16.0.10337.12109')).toEqual([]);
    expect(found('SQL Server 2022 for the SfB Monitoring role: 16.0.4095.4')).toEqual([]);
  });

  it("a vendor's requirement said with a verb is the rule; an \"old\" label marks the build left", () => {
    expect(found('Microsoft exige Skype Entreprise 16.0.6920.1000 pour les boîtes sur site.')).toEqual([]);
    expect(found('Microsoft verlangt Skype for Business 16.0.6920.1000.')).toEqual([]);
    expect(found('Prérequis Microsoft : Skype Entreprise 16.0.6920.1000.')).toEqual([]);
    expect(found('Skype for Business: Old 16.0.7167.2060 → New 16.0.6001.1073 (rolled back after add-in crash)')).toEqual(['16.0.6001.1073 upgrade-required']);
    expect(found('Alt: Skype for Business 16.0.7167.2060 / Neu: Skype for Business 16.0.4266.1001')).toEqual(['16.0.4266.1001 upgrade-required']);
    expect(found('Old: UCCAPI/16.0.7167.2060 OC/16.0.7167.2060 (Skype for Business)')).toEqual([]);
    // "Before:" keeps its agent: the "After" may be a plan.
    expect(found('Before: OC/16.0.4266.1003 (Skype for Business)\nAfter (scheduled for next weekend): OC/16.0.8431.2215 (Skype for Business)')).toEqual(['16.0.4266.1003 upgrade-required']);
  });

  it("a client version filter's rule written with an agent is the rule's", () => {
    expect(found('Rule 0: OC/16.0.6920.1000 GE Allow')).toEqual([]);
    expect(found('Allowed: OC/16.0.6965.2058')).toEqual([]);
    expect(found('Client version filter: Allow OC/16.0.7167.2060')).toEqual([]);
    expect(found('Description       : Allow OC/16.0.7167.2060 (pilot ring)')).toEqual([]);
    expect(found('Rule,User agent,Action\n0,OC/16.0.6920.1000,Allow\n1,OC/15.0.4569.1503,Block')).toEqual([]);
  });

  it("a grouped report's \"Product Name:\" line speaks for the rows under it", () => {
    expect(found('Product Name: Microsoft Outlook 2016\nComputer Name\tUser Name\tProduct Version\nPC-OPS-02\tCONTOSO\\rlee\t16.0.11001.20108')).toEqual([]);
    expect(found('Software: Skype for Business Basic 2016 - en-us\nAsset,Version\nNB-101,16.0.10827.20150')).toEqual(['16.0.10827.20150 eligible']);
  });

  it('a rollback: the build before it is left, the one after it is the client', () => {
    expect(found("SfB was on 16.0.7070.2036, after the rollback it's now 16.0.6366.2062")).toEqual(['16.0.6366.2062 upgrade-required']);
    expect(found('SfB war auf 16.0.7070.2036, nach dem Rollback jetzt 16.0.6366.2062')).toEqual(['16.0.6366.2062 upgrade-required']);
    expect(found('SfB 16.0.6366.2062 (before rollback: 16.0.7070.2036)')).toEqual(['16.0.6366.2062 upgrade-required']);
  });

  it("a rules table's rows, an app page's button, a failed install's cell, a package listed or pinned are no clients", () => {
    expect(found('User agent  | Version          | Operator | Action\nOC          | 16.0.6741.2021   | LT       | BlockWithUrl')).toEqual([]);
    expect(found('Benutzer-Agent;Version;Vergleichsoperation;Aktion\nOC;16.0.7571.2109;Kleiner als;Mit URL blockieren')).toEqual([]);
    expect(found('Skype for Business\nMicrosoft Corporation\nVersion 16.0.17928.20114\nInstall')).toEqual([]);
    expect(found('Skype Entreprise\nMicrosoft Corporation\nVersion 16.0.13127.20408\nDésinstallée')).toEqual([]);
    expect(found('PC-104;Skype for Business 2016;16.0.7070.2036;Installation fehlgeschlagen')).toEqual([]);
    expect(found('PC-102,Skype for Business 2016,16.0.7070.2036,0x87D1041C')).toEqual([]);
    expect(found('PS C:\\> winget search "Skype for Business"\nName                Id                          Version          Source\nSkype for Business  Contoso.SkypeForBusiness    16.0.7070.2036   contoso-repo')).toEqual([]);
    expect(found('<Product ID="SkypeforBusinessEntryRetail" Version="16.0.6965.2058">')).toEqual([]);
    // winget's "Found …" line: the package about to be installed, unknown until the lines below say so.
    expect(found('Found Skype for Business [Contoso.SkypeForBusiness] Version 16.0.7070.2036')).toEqual(['16.0.7070.2036 unknown']);
    // A sign-in's failure keeps the client; an inventory's <Product Name=… Version=…> is an installed product.
    expect(found("Échec de connexion sur Skype Entreprise 16.0.10228.20080 (erreur 0x80190190)")).toEqual(['16.0.10228.20080 eligible']);
    expect(found('<Product Name="Microsoft Lync 2010" Version="4.0.7577.4103" />')).toEqual(['4.0.7577.4103 not-supported']);
  });

  it("a folder named after the build is an install source; a file's path before a build is not", () => {
    expect(found('Source: \\\\fs01\\software\\Skype for Business 16.0.14326.20454\\')).toEqual([]);
    expect(found('ODT source folder: \\\\srv-dist\\office\\SfB 16.0.12527.21986\\Office\\Data\\16.0.12527.21986\\')).toEqual([]);
    expect(found('https://officecdn.microsoft.com/pr/Office/Data/16.0.12527.21986/stream.x86.x-none.dat')).toEqual([]);
    expect(found('C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe  16.0.12527.21986')).toEqual(['16.0.12527.21986 eligible']);
    // Two builds with a slash between them are two builds, and an agent's build has no separator after it.
    expect(found('UCCAPI/16.0.12527.21986 OC/16.0.12527.21986 (Skype for Business)')).toEqual(['16.0.12527.21986 eligible']);
  });

  it("a deployment ring's name says where the client is; what the line says of it decides", () => {
    expect(found('Pilot ring status: 35/35 devices on Skype for Business 16.0.6868.2067 – GREEN')).toEqual(['16.0.6868.2067 eligible']);
    expect(found('Ring 1 (Pilot) – Skype for Business 16.0.7571.2109 – deployed 2016-12-13 – 100 %')).toEqual(['16.0.7571.2109 eligible']);
    expect(found('Skype for Business 16.0.12527.21236 goes out to Broad ring on 6/9')).toEqual([]);
    expect(found('CDN has Skype for Business 16.0.10730.20102 ready for the Semi-Annual ring')).toEqual([]);
    // A rollout, a wave or a migration the line says is finished names where the build is now.
    expect(found('Rollout abgeschlossen: Skype for Business 16.0.7766.2060 ist auf allen 412 Geräten installiert.')).toEqual(['16.0.7766.2060 eligible']);
    expect(found('Wave 1 completed: Skype for Business 16.0.6366.2036 live on 120 devices')).toEqual(['16.0.6366.2036 upgrade-required']);
    expect(found('Upgrade of S4B to 16.0.10325.20118 is pending approval from CAB, will update once done.')).not.toContain('16.0.10325.20118 eligible');
    // "Done" that must happen first is no finished rollout.
    expect(found('Rollout of Skype for Business 16.0.7571.2109 starts when the pilot is complete')).toEqual([]);
    expect(found('Deploy Skype for Business 16.0.7571.2109 once testing is done')).toEqual([]);
    // A ring's label and nothing after the build: now or to come, unknown.
    expect(found('Pilot ring: Skype for Business 16.0.17928.20114')).toEqual(['16.0.17928.20114 unknown']);
  });

  it("a history's next line that takes the client away takes back the build above, of the same machine only", () => {
    expect(found('2016-06-01 Skype for Business 2016 (16.0.6868.2067) installed for pilot\n2016-06-30 pilot closed, Skype for Business 2016 uninstalled from all pilot PCs')).toEqual([]);
    expect(found('PC-61 Skype for Business 2016 16.0.6868.2067 installed\nPC-62 Skype for Business 2016 uninstalled')).toEqual(['16.0.6868.2067 eligible']);
    // Another client named below, or a table's next row, says nothing of the build above.
    expect(found('Skype for Business 16.0.9126.2116\nLync 2013 removed before install')).toEqual(['16.0.9126.2116 eligible']);
  });

  it("a dated history's next entry that updates the same machine's client leaves the build above; Compare-Object's reference-only row is gone", () => {
    expect(found('2016-05-10  Skype for Business 2016 installed (16.0.6741.2021)\n2016-06-14  Skype for Business 2016 updated to 16.0.6965.2058')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('2016-06-01  PC-1  Skype for Business 16.0.6741.2021 installed\n2016-07-01  PC-2  Skype for Business updated to 16.0.6965.2058')).toEqual(['16.0.6741.2021 eligible', '16.0.6965.2058 eligible']);
    expect(found('Name                      Version          SideIndicator\nSkype for Business 2016   16.0.6965.2058   =>\nSkype for Business 2016   16.0.6741.2021   <=')).toEqual(['16.0.6965.2058 eligible']);
  });

  it('a question whether a build would fix it asks of a build not there yet', () => {
    expect(found('Would Skype for Business 16.0.9126.2116 fix offline IM for on-prem users?')).toEqual(['16.0.9126.2116 unknown']);
    expect(found('Does Skype for Business 16.0.9126.2116 fix offline IM?')).toEqual(['16.0.9126.2116 eligible']);
  });

  it('"under Help > About" in a header is a place, not a threshold', () => {
    expect(found('ID,Name,"Which Skype for Business version do you see under Help > About?",Updated\n1,Anna Berg,16.0.6965.2058,Yes')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('Client,Minimum version\nSkype for Business,16.0.6920.1000')).toEqual([]);
  });

  it('an agent a client will show once updated is no client seen; a label before a captured agent keeps it', () => {
    expect(found('After the update the UA will read OC/16.0.8431.2215 (Skype for Business).')).toEqual(['16.0.8431.2215 unknown']);
    expect(found('Der Client wird sich danach als OC/16.0.8431.2215 (Skype for Business) melden.')).toEqual(['16.0.8431.2215 unknown']);
    expect(found('The SIP trace will show you: User-Agent: UCCAPI/16.0.7167.2060 OC/16.0.7167.2060 (Skype for Business)')).toEqual(['16.0.7167.2060 eligible']);
  });

  it("a ticket's sentence above a table speaks of the case: its threshold words leave the table's rows, another product's name does not", () => {
    expect(found('Offline IM requires a newer client on some PCs, list attached.\n\nDevice,ClientVersion\nPC-2231,16.0.13426.20308')).toEqual(['16.0.13426.20308 eligible']);
    expect(found('The SharePoint farm was patched yesterday.\nServer,Build\nSP01,16.0.10337.12109')).toEqual([]);
    expect(found('Here are the Outlook builds of the affected users.\nUser,Device,Build\nj.meyer,PC-2231,16.0.15601.20088')).toEqual([]);
    expect(found('We will roll out the following builds next month.\nDevice,Build\nPC-2231,16.0.13426.20308')).toEqual([]);
  });

  it('"Deferred" under a Channel column is the channel; under a Status column the deployment put off', () => {
    expect(found('Computer,Product,Version,Channel\nWS-01,Skype for Business 2016,16.0.8201.2102,Deferred')).toEqual(['16.0.8201.2102 eligible']);
    expect(found('Computer,Product,Version,Status\nWS-01,Skype for Business 2016,16.0.8201.2102,Deferred')).toEqual([]);
  });

  it("an install count of 0 is no install; the service's name beside a build is no other product", () => {
    expect(found('Name;Version;Number of installations\nSkype for Business 2016;16.0.10325.20118;3\nSkype for Business 2016;16.0.9126.2116;0')).toEqual(['16.0.10325.20118 eligible']);
    expect(found('Skype for Business 16.0.6965.2058 (Skype for Business Online tenant)')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('Skype for Business Online PowerShell 16.0.6965.2058')).toEqual([]);
  });

  it("a prompt's command owns its output, a registry path's \\16.0\\ and a remote session's computer aside", () => {
    expect(found('PS C:\\> (Get-ItemProperty "HKLM:\\SOFTWARE\\Microsoft\\Shared Tools\\Web Server Extensions\\16.0").Version\n16.0.10337.12109')).toEqual([]);
    expect(found('[SP01]: PS C:\\> (Get-SPFarm).BuildVersion\n16.0.10337.12109')).toEqual([]);
    expect(found('PS C:\\> (Get-ItemProperty HKLM:\\SOFTWARE\\Microsoft\\Office\\ClickToRun\\Configuration).VersionToReport\n16.0.17928.20114')).toEqual(['16.0.17928.20114 eligible']);
  });

  it("a release note's line is a release: a change described after the client's name, or a release date after the build", () => {
    expect(found('Version 2409 (Build 18025.20104) — Current Channel — Skype for Business: Fixed an issue where offline messages were not delivered.')).toEqual([]);
    expect(found('Version 1605 (Build 6965.2058) — June 14, 2016')).toEqual([]);
    expect(found('Версия 1605 (сборка 6965.2058) — 14 июня 2016 г.')).toEqual([]);
    // An installed client's About line with the day it was checked, or a problem it has, stays a client.
    expect(found('Skype for Business: Version 2408 (Build 17928.20114 Click-to-Run) — checked 13.08.2024')).toEqual(['16.0.17928.20114 eligible']);
    expect(found('Skype for Business 16.0.6741.2021: offline messages not delivered')).toEqual(['16.0.6741.2021 eligible']);
  });

  it('an EWS allow list holds patterns of agents, not clients; UcMapi.exe in Exchange logs is the client', () => {
    expect(found('EwsAllowList : {OC/16.0.6920.1000 (Skype for Business), Outlook/*}')).toEqual([]);
    expect(found('2016-06-20T09:14:05.221Z,,UcMapi.exe,16.0.6965.2058,Classic,10.0.5.21')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('2016-06-20T09:14:05.221Z,,OUTLOOK.EXE,16.0.6965.2058,Classic,10.0.5.21')).toEqual([]);
  });

  it("a suite's VersionToReport beside a list of its apps without the client is not the client's", () => {
    expect(found('{"VersionToReport":"16.0.14332.20615","apps":"Word,Excel,Outlook,PowerPoint"}')).toEqual(['16.0.14332.20615 unknown']);
    expect(found('{"VersionToReport":"16.0.14332.20615","apps":"Word,Excel,Outlook,Skype for Business"}')).toEqual(['16.0.14332.20615 eligible']);
  });

  it('a build labelled the client beside a Skype server is the Skype client; without a Skype server it is not', () => {
    expect(found('Skype for Business Server 2015 CU4 (6.0.9319.272). Exchange 2016 CU3 (15.1.544.27). Клиент: 16.0.7571.2109.')).toEqual(['16.0.7571.2109 eligible']);
    expect(found('Exchange 2016 CU3 (15.1.544.27). Client: 16.0.7571.2109.')).toEqual([]);
    // Beside the mailbox's Exchange, on a line about offline IM or its Drafts: the Skype client (Outlook has no offline IM).
    expect(found('Exchange 2016 CU23 (15.1.2507.6), Client 16.0.12527.21330, trotzdem landen Nachrichten im Entwurfsordner.')).toEqual(['16.0.12527.21330 eligible']);
  });

  it("invisible marks inside a build are skipped; the finding's text is the build as written", () => {
    const text = 'UCCAPI/16.0.\u200b6920.1000 OC/16.0.1432\u200b6.20454 (Skype for Business)';
    const r = scan(text);
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.14326.20454']);
    expect(text.slice(r.findings[0]!.start, r.findings[0]!.end)).toBe(r.findings[0]!.text);
    expect(found('Skype for Business: Version 2108 (Build \u200b14326.20404 Click-to-Run)')).toEqual(['16.0.14326.20404 eligible']);
  });

  it("a quick check's label of a machine or a person lets a build stand alone; a product's or a value's name does not", () => {
    expect(found('PC1: 16.0.17928.20114')).toEqual(['16.0.17928.20114 eligible']);
    expect(found('Anna - 16.0.17928.20114')).toEqual(['16.0.17928.20114 eligible']);
    expect(found('16.0.17928.20114 (Anna, on-prem)')).toEqual(['16.0.17928.20114 eligible']);
    for (const label of ['Project -', 'Access:', 'Publisher -', 'Redistributable:', 'Runtime:', 'Current Version :']) {
      expect(found(`${label} 16.0.17928.20114`)).not.toContain('16.0.17928.20114 eligible');
    }
  });

  it('a build left, denied or promised is never the eligible one beside the build now (red-team round 396)', () => {
    const left: Array<[string, string]> = [
      ['RFC 5533 — Status: Implementiert ✔ — Skype 16.0.17830.20166 ➔ 16.0.17928.20156', '16.0.17830.20166'],
      ['Sichtprüfung nach Rollout Welle 2: 16.0.17928.20156 auf allen Skype-Clients, keine 16.0.17830.20166 mehr gefunden', '16.0.17830.20166'],
      ["IT told me I'd get 16.0.17928.20156 this week but my Skype still has 16.0.17830.20166", '16.0.17928.20156'],
      ['was 16.0.6741.2021, now Skype for Business 2016 (16.0.6965.2058) MSO (16.0.6965.2058) 32-bit', '16.0.6741.2021'],
      ['Had Skype 16.0.10730.20102 until March; after the Monthly Channel switch it is now 16.0.11328.20158', '16.0.10730.20102'],
    ];
    for (const [text, old] of left) expect(found(text)).not.toContain(`${old} eligible`);
    // A build of the past below the thresholds asks for no update: it is no client's now.
    expect(scan('Skype for Business 16.0.6741.2021 was replaced with Teams in 2021.').findings.map((f) => f.clientVerdicts.onprem)).toEqual(['unknown']);
  });

  it('a question about a bare build and offline IM judges the build; a build updated to another is the one left', () => {
    expect(found('Is 16.0.6741.2026 enough for offline IM?')).toEqual(['16.0.6741.2026 eligible']);
    expect(found('Подскажите, сборка 16.0.6868.2067 подходит для офлайн-сообщений?')).toEqual(['16.0.6868.2067 eligible']);
    // Whether it is enough asks of the one requirement here; a question of whose build it is does not judge it.
    expect(found('Is 16.0.6741.2026 enough?')).toEqual(['16.0.6741.2026 eligible']);
    expect(found('Хватит ли 16.0.6868.2067?')).toEqual(['16.0.6868.2067 eligible']);
    expect(found('Is 16.0.6741.2026 the Outlook build?')).toEqual([]);
    expect(found('Offline IM requires 16.0.6920.1000 or later')).toEqual([]);
    expect(found('Offline IM not working on 16.0.6868.2067 — updated to 16.0.7070.2036 and it works now')).toEqual(['16.0.7070.2036 eligible']);
  });

  it('"Deferred" beside the bitness, and "Deferred Channel", are the update channel', () => {
    expect(found('Skype for Business — 16.0.6741.2056 — 32-bit — Deferred')).toEqual(['16.0.6741.2056 eligible']);
    expect(found('Version 1605 (Build 6965.2058 Click-to-Run) Deferred Channel')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('Skype for Business update 16.0.6741.2056 — Deferred')).toEqual([]);
  });

  it("a soft hyphen or a joiner inside a product's name keeps the name", () => {
    expect(found('Microsoft Out\u00adlook MSO (Version 2408 Build 16.0.17928.20114) 64-bit')).toEqual([]);
    expect(found('Skype for Busi\u00adness 16.0.8431.2079')).toEqual(['16.0.8431.2079 eligible']);
    expect(found('lync.exe 16.0.8431\u2060.2079')).toEqual(['16.0.8431.2079 eligible']);
  });

  it("Office's four-digit revisions of builds Windows also numbers are Office's; Windows's five-digit ones Windows's", () => {
    expect(found('S4B About: Version 1509 (Build 6001.1038)')).toEqual(['16.0.6001.1038 upgrade-required']);
    expect(found('Windows Vista (Build 6001.18000)')).toEqual([]);
    expect(found('UCWA/16.0.0.0 MacLync/16.29.0.43 (Mac OS X 10.15.4)')).toEqual(['16.29.0.43 not-supported']);
  });

  it('"Outlook or Skype" leaves the build\'s owner open: unknown, with its own reason; "both show" is the client\'s', () => {
    for (const text of ['Outlook or Skype? The user read 16.0.17928.20114 to me.', 'Keine Ahnung, ob 16.0.17830.20210 vom Word oder vom Skype for Business stammt.', 'Не понял, это версия Outlook или Skype — 16.0.17928.20114?']) {
      const f = only(text);
      expect(f.verdicts.online, text).toBe('unknown');
      expect(f.reasons.online.key, text).toBe('reason_unconfirmed_either');
    }
    expect(found("User says her Skype is on 16.0.17928.20114, but the screenshot she sent is Outlook's About box.")).toEqual(['16.0.17928.20114 unknown']);
    expect(found('The number 16.0.17928.20114 is from Outlook, not from Skype for Business.')).toEqual([]);
    expect(found('Skype for Business and Outlook both show 16.0.17928.20114 on this PC.')).toEqual(['16.0.17928.20114 eligible']);
    expect(found('Skype for Business 16.0.17928.20114; Outlook too')).toEqual(['16.0.17928.20114 eligible']);
  });

  it('a remark after a dash that makes the build a minimum, an example or what is expected quotes it', () => {
    expect(found('Version 1605 (Build 6965.2058 Click-to-Run) — минимальная сборка для офлайн IM')).toEqual([]);
    expect(found('UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business) — example from the docs')).toEqual([]);
    expect(found('FromClientVersion : OC/16.0.6965.2058 (Skype for Business)   <- так должно быть после апдейта')).toEqual([]);
    expect(found('UCCAPI/16.0.6965.2058 OC/16.0.6965.2058 (Skype for Business) — alice@contoso.com')).toEqual(['16.0.6965.2058 eligible']);
  });

  it("release notes' titles, rollbacks, German plans and deployment packages are no installed clients", () => {
    expect(found('Skype for Business — Version 2408 (Build 17928.20156): fixed an issue where offline messages stayed in Drafts.')).toEqual([]);
    expect(found('Исправления Skype для бизнеса в версии 2408 (сборка 17928.20156)')).toEqual([]);
    expect(found('Skype for Business 2016 update: June 14, 2016 (Version 1605 Build 6965.2058) — fixes Drafts')).toEqual([]);
    expect(found('Heute früh auf 16.0.6741.2048 zurückgerollt (mit 16.0.6965.2058 stürzte das CRM-Add-in ab), Offline-Nachrichten gehen bis zum Fix nicht.')).toEqual(['16.0.6741.2048 eligible']);
    expect(found('Before update: 16.0.6741.2048. After update: 16.0.6965.2058. Offline IM works now, closing.')).toEqual(['16.0.6965.2058 eligible']);
    expect(found('Wir planen ihren Rechner für Dienstag auf 16.0.7070.2036 ein.')).toEqual([]);
    expect(found('Ab Version 1606 (Build 7070.2022 Klick-und-Los) wird Offline-IM unterstützt.')).toEqual([]);
    expect(found('Skype for Business package 16.0.17928.20156 is ready on the distribution points.')).toEqual([]);
  });

  it("a header row's cell names Project, Access or Publisher: that app's column", () => {
    expect(found('Computer;Skype for Business;Project;Visio\nVRN-PC-06;;16.0.9001.2171;16.0.9001.2171')).toEqual([]);
    expect(found('Computer;Skype for Business;Project;Visio\nVRN-PC-05;16.0.8827.2148;16.0.8827.2148;16.0.8827.2148')).toEqual(['16.0.8827.2148 eligible']);
  });
});

describe("a client's About page: its MSO line and its Version line are one client", () => {
  it.each([
    ['Microsoft® Skype® for Business MSO (Version 2302 Build 16.0.16130.20306) 32-bit\nVersion 2302 (Build 16130.20306 Click-to-Run)', ['16.0.16130.20306']],
    ['Version 1705 (Build 8201.2213 Click-to-Run)\nMicrosoft® Skype® for Business MSO (16.0.8201.2209) 32-bit', ['16.0.8201.2213']],
    ['О программе Skype для бизнеса\nMicrosoft® Skype® для бизнеса MSO (версия 2102 сборка 16.0.13801.20294), 32-разрядная версия\nВерсия 2102 (сборка 13801.20294 нажми и работай)', ['16.0.13801.20294']],
  ])('%s', (text, versions) => {
    const r = scan(text);
    expect(r.findings.map((f) => f.version)).toEqual(versions);
    expect(r.unrecognized.some((u) => u.note?.key === 'ignored_suite_counted')).toBe(true);
  });

  it('two Version lines, or a blank line between, are two', () => {
    expect(scan('Version 1803 (Build 9126.2259 Click-to-Run)\nVersion 1803 (Build 9126.2259 Click-to-Run)').findings).toHaveLength(2);
    expect(scan('Microsoft® Skype® for Business MSO (16.0.8201.2209) 32-bit\n\nVersion 1705 (Build 8201.2213 Click-to-Run)').findings).toHaveLength(2);
  });
});
