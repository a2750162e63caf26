// A grid copied from a web portal one cell per line: the labels first, then each row's cells. The label of a build's
// column says whether it is installed, a target or another product's; a state cell in its row may take it back.
import { describe, expect, it, test } from 'vitest';
import { afterPart, TEXT_START } from '../../src/core/part-state.ts';
import { scan } from '../../src/core/scan.ts';
import { createStreamScan } from '../../src/core/scan-stream.ts';
import type { Finding, Unrecognized } from '../../src/core/types.ts';
import { afterVertical, MAX_RUN_LINES, NO_VERTICAL, VerticalRun } from '../../src/core/vertical-run.ts';

const found = (text: string) => scan(text).findings.map((f) => `${f.version} ${f.verdicts.online}/${f.verdicts.onprem}`);
const grid = (...lines: string[]) => lines.join('\n');

describe('a grid copied one cell per line', () => {
  test('the installed column is the client; the target column is not', () => {
    const text = grid('Device', 'User', 'Product', 'Installed version', 'Target version', 'Status', 'PC-ATL-0142', 'j.smith@contoso.com', 'Skype for Business', '16.0.6741.2021', '16.0.6965.2058', 'Update pending');
    expect(found(text)).toEqual(['16.0.6741.2021 eligible/upgrade-required']);
    expect(scan(text).unrecognized.find((u) => u.text === '16.0.6965.2058')?.note?.key).toBe('ignored_threshold');
  });

  test.each([
    [['Skype for Business', 'Installed version', 'Available version', '16.0.6366.2062', '16.0.7070.2036'], '16.0.6366.2062 upgrade-required/upgrade-required'],
    [['Skype for Business', 'Available version', 'Installed version', '16.0.7070.2036', '16.0.6366.2062'], '16.0.6366.2062 upgrade-required/upgrade-required'],
    [['Skype для бизнеса', 'Установленная версия', 'Доступная версия', '16.0.6741.2048', '16.0.6965.2058'], '16.0.6741.2048 eligible/upgrade-required'],
  ])("an installed and an available column with no row key: each build's own column decides, not the label right above it (%s)", (lines, expected) => {
    expect(found(grid(...lines))).toEqual([expected]);
  });

  test.each([
    ['Produkt', 'Mindestversion', 'Status', 'Skype for Business', '16.0.6920.1000', 'Nicht konform'],
    ['Device', 'Product', 'Installed version', 'Target version', 'PC-0703', 'Skype for Business', 'Not installed', '16.0.17928.20114'],
    ['Dispositivo', 'Producto', 'Versión de destino', 'PC-MAD-0311', 'Skype Empresarial', '16.0.17928.20114'],
    ['Urządzenie', 'Produkt', 'Dostępna wersja', 'PC-126', 'Skype dla firm', '16.0.6965.2058'],
    ['Устройство', 'Продукт', 'Ожидаемая версия', 'ПК-129', 'Skype для бизнеса', '16.0.6920.1000'],
    ['Mailbox location', 'Minimum client build', 'Exchange Online', '16.0.6701.1000', 'Exchange on-premises', '16.0.6920.1000'],
  ])('a target or a requirement only: %s …', (...lines) => expect(found(grid(...lines))).toEqual([]));

  test("another product's column, or another product named in the row, owns the build", () => {
    expect(found(grid('Device', 'User', 'Outlook version', 'Exchange version', 'LT-SEA-0311', 'k.wong@contoso.com', '16.0.17928.20114', '15.2.1544.4'))).toEqual([]);
    expect(found(grid('Product', 'Installed version', 'Microsoft Word 2016', '16.0.6965.2058'))).toEqual([]);
    expect(found(grid('Product', 'Installed version', 'Office Online Server', '16.0.10337.20039'))).toEqual([]);
    // The suite named in its row: its build is the client's only where the client is installed (unknown).
    expect(found(grid('Device', 'Product', 'Version', 'PC-0001', 'Microsoft 365 Apps for enterprise - en-us', '16.0.17928.20114'))).toEqual(['16.0.17928.20114 unknown/unknown']);
  });

  test("the client's column, or the client named in the row, makes the build a client's", () => {
    const text = grid('Device', 'Windows build', 'Skype for Business version', 'PC-NYC-2207', '10.0.19045.4780', '16.0.16130.20306');
    expect(found(text)).toEqual(['16.0.16130.20306 eligible/eligible']);
    const rows = grid('Device', 'Product', 'Installed version', 'PC-0101', 'Skype for Business', '16.0.6568.2036', 'PC-0102', 'Microsoft Outlook 2016', '16.0.8431.2079', 'PC-0103', 'Lync 2013', '15.0.5023.1000');
    expect(found(rows)).toEqual(['16.0.6568.2036 upgrade-required/upgrade-required', '15.0.5023.1000 not-supported/not-supported']);
    expect(scan(rows).findings[0]!.source).toBe('named');
  });

  test("a report's title over the labels is no column", () => {
    const text = grid('Skype for Business - version compliance', 'Device', 'Installed version', 'Target version', 'PC-0811', '16.0.6741.2021', '16.0.17928.20114');
    expect(found(text)).toEqual(['16.0.6741.2021 eligible/upgrade-required']);
  });

  test('a state cell in the row takes the build back; an update to come does not', () => {
    expect(found(grid('Product', 'Version', 'Status', 'Skype for Business', '16.0.17928.20114', 'Uninstalled'))).toEqual([]);
    expect(found(grid('Product', 'Version', 'Status', 'Skype for Business', '16.0.9126.2116', 'Download pending'))).toEqual([]);
    expect(found(grid('Product', 'Version', 'Status', 'Skype for Business', '16.0.9126.2116', 'Update pending'))).toEqual(['16.0.9126.2116 eligible/eligible']);
    // Without labels, a short state alone below a build alone says the same; a label below it says nothing of it.
    expect(found(grid('PC-0142', 'j.smith@contoso.com', 'Skype for Business', '16.0.8431.2079', 'Uninstalled'))).toEqual([]);
    expect(found(grid('Aktuelle Version:', '16.0.6366.2062', 'Zielversion:', '16.0.10730.20102'))).toEqual(['16.0.6366.2062 upgrade-required/upgrade-required']);
  });

  test('a form: each label, then its value ("Product" / "Skype for Business" / "Version" / "16.0.x" / "State" / …)', () => {
    expect(found(grid('Product', 'Skype for Business', 'Version', '16.0.6965.2058', 'State', 'Not installed'))).toEqual([]);
    expect(found(grid('Product', 'Skype for Business', 'Version', '16.0.6965.2058', 'State', 'Installed'))).toEqual(['16.0.6965.2058 eligible/eligible']);
    expect(found(grid('Skype for Business', 'Installed', 'N/A', 'Available', '16.0.7070.2036'))).toEqual([]);
    // A line at a label's place that is none ends the form ("Skype for Business" after a value): the build below is read as before.
    expect(found(grid('Password policy – length: minimum', '12', 'Skype for Business', '16.0.6965.2058'))).toEqual(['16.0.6965.2058 eligible/eligible']);
  });

  test("a state's cell anywhere in the build's row takes it back: before it, or further down", () => {
    expect(found(grid('Name', 'Status', 'Version', 'Skype for Business', 'Not installed', '16.0.6741.2048'))).toEqual([]);
    expect(found(grid('Name', 'Status', 'Version', 'Skype for Business', 'Available', '16.0.6741.2048'))).toEqual([]);
    expect(found(grid('Product', 'Version', 'Installed', 'Skype for Business', '16.0.6741.2048', 'No'))).toEqual([]);
    expect(found(grid('Software history', 'Software', 'Version', 'Action', 'Date', 'Skype for Business 2016', '16.0.6965.2058', 'Removed', '2020-01-15'))).toEqual([]);
    expect(found(grid('Device', 'Product', 'Installed version', 'Target version', 'Status', 'PC-1', 'Skype for Business', '16.0.6741.2021', '16.0.7070.2036', 'Uninstalled'))).toEqual([]);
    // Another row's state says nothing of it.
    const rows = grid('Device', 'Version', 'Status', 'PC-1', '16.0.6741.2021', 'Installed', 'PC-2', '16.0.7070.2036', 'Uninstalled');
    expect(found(rows)).toEqual(['16.0.6741.2021 eligible/upgrade-required']);
  });

  test("columns named after products, and a grid's title over a column of names", () => {
    expect(found(grid('Device', 'Outlook', 'Skype for Business', 'LT-0093', '16.0.6965.2058', '16.0.6366.2062'))).toEqual(['16.0.6366.2062 upgrade-required/upgrade-required']);
    expect(found(grid('Applicazioni', 'Nome', 'Versione', 'Stato', 'Skype for Business', '16.0.6965.2058', 'Disinstallato'))).toEqual([]);
  });

  test("a login under a row's subject's label is the first row's cell, not a label", () => {
    expect(found(grid('User', 'Outlook', 'Skype for Business', 'm.roth', '16.0.7571.2109', '16.0.6741.2021'))).toEqual(['16.0.6741.2021 eligible/upgrade-required']);
    expect(found(grid('Пользователь', 'Outlook', 'Skype для бизнеса', 'ivanov', '16.0.7070.2036', '16.0.6568.2025'))).toEqual(['16.0.6568.2025 upgrade-required/upgrade-required']);
    // A capitalized word there is still a label ("Mailbox").
    expect(found(grid('User', 'Skype for Business', 'Mailbox', 'K. Wolf', '16.0.7070.2036', 'on-prem'))).toEqual(['16.0.7070.2036 eligible/eligible']);
  });

  test('lines that are no grid keep their reading: a list, a sentence, a product and its build', () => {
    expect(found(grid('Skype for Business', '16.0.17928.20114'))).toEqual(['16.0.17928.20114 eligible/eligible']);
    expect(found(grid('Computer', 'Notes', 'the client is fine', '16.0.7070.2036'))).toEqual(['16.0.7070.2036 eligible/eligible']);
  });

  test('a run is read in its first MAX_RUN_LINES lines only', () => {
    const rows = Array.from({ length: MAX_RUN_LINES }, (_, i) => (i % 3 === 0 ? `PC-${i}` : i % 3 === 1 ? '16.0.6741.2021' : '16.0.17928.20114'));
    const r = scan(grid('Device', 'Installed version', 'Target version', ...rows));
    // Within the run, each row's target is no client; past it, nothing says which column a build stands in.
    const targets = r.findings.filter((f) => f.version === '16.0.17928.20114');
    expect(targets.length).toBeGreaterThan(0);
    expect(Math.min(...targets.map((f) => f.line))).toBeGreaterThan(MAX_RUN_LINES - 3);
  });
});

describe('the grid across slices and parts', () => {
  const TEXT = [
    grid('Skype for Business - version compliance', 'Device', 'Product', 'Installed version', 'Status', 'Target version'),
    grid('PC-0101', 'Skype for Business', '16.0.6741.2021', 'Update pending', '16.0.17928.20114'),
    grid('PC-0102', 'Microsoft Word 2016', '16.0.6965.2058', 'Installed', '16.0.17928.20114'),
    grid('PC-0103', 'Skype for Business', '16.0.7070.2036', 'Uninstalled', '16.0.17928.20114'),
    '',
    grid('Product', 'Required version', 'Skype for Business', '16.0.6920.1000'),
  ].join('\n');

  const scanned = (text: string, above: Parameters<typeof createStreamScan>[0]['above'], firstLine: number, sliceChars = 1 << 16) => {
    const findings: Finding[] = [];
    const unrecognized: Unrecognized[] = [];
    const stream = createStreamScan({ above, firstLine, sliceChars, onSlice: (r) => (findings.push(...r.findings), unrecognized.push(...r.unrecognized)) });
    stream.push(text);
    stream.end();
    const out = JSON.parse(JSON.stringify({ findings: findings.map((f) => ({ ...f, start: 0, end: 0 })), unrecognized })) as { findings: Finding[]; unrecognized: Unrecognized[] };
    return { out, ...stream.part() };
  };

  it('slices of any size give the whole scan', () => {
    const whole = scanned(TEXT, undefined, 1).out;
    expect(whole.findings.map((f) => f.version)).toEqual(['16.0.6741.2021']);
    for (const sliceChars of [1, 7, 40, 200]) expect(scanned(TEXT, undefined, 1, sliceChars).out).toEqual(whole);
  });

  it('a part started from the state the part above left answers as the whole text does; started blind, it says it may depend on it', () => {
    const lines = TEXT.split('\n');
    const whole = scanned(TEXT, undefined, 1).out;
    for (let cut = 1; cut < lines.length; cut++) {
      const one = scanned(lines.slice(0, cut).join('\n') + '\n', TEXT_START, 1);
      const rest = lines.slice(cut).join('\n');
      const two = scanned(rest, afterPart(TEXT_START, one.change), cut + 1);
      const after = <T extends { line: number }>(items: T[]) => items.filter((x) => x.line > cut);
      expect(two.out).toEqual({ findings: after(whole.findings), unrecognized: after(whole.unrecognized) });
      const blind = scanned(rest, 'unknown', cut + 1);
      if (!blind.dependedOnStart) expect(blind.out).toEqual(two.out);
      // Read from the state above, the state after a part is the same as the whole text's up to its end.
      expect(afterVertical(afterPart(TEXT_START, one.change).vertical, blind.change.vertical)).toEqual(afterVertical(afterPart(TEXT_START, one.change).vertical, two.change.vertical));
    }
  });

  it('a fresh run and the state of a text start agree', () => {
    const run = VerticalRun.from(NO_VERTICAL);
    expect(run.column()).toBeUndefined();
    expect(run.change().lines).toBe(0);
  });
});
