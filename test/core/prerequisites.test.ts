// Server switches read from pasted Get-CsImConfiguration / Get-CsClientPolicy output.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scan } from '../../src/core/index.ts';

const IM_CONFIGURATION = [
  'Identity                       : Global',
  'EnableOfflineIM                : False',
  'EnableFileTransfer             : True',
].join('\r\n');

const CLIENT_POLICIES = [
  'Identity                        : Tag:Sales',
  'EnableIMAutoArchiving           : True',
  'DisableSavingIM                 : False',
  '',
  'Identity                        : Tag:NoArchive',
  'EnableIMAutoArchiving           : False',
].join('\n');

describe('prerequisites', () => {
  it('EnableOfflineIM : False is a blocking offline-im-switch', () => {
    const { prerequisites, findings } = scan(IM_CONFIGURATION);
    expect(findings).toEqual([]);
    expect(prerequisites).toEqual([
      { line: 2, kind: 'offline-im-switch', identity: 'Global', value: false, blocking: true, message: { key: 'prereq_offline_im_off', params: { identity: 'Global' } } },
    ]);
  });

  it('EnableOfflineIM : True is reported as not blocking', () => {
    const [p] = scan('EnableOfflineIM : True').prerequisites;
    expect(p).toMatchObject({ kind: 'offline-im-switch', value: true, blocking: false, message: { key: 'prereq_offline_im_on' } });
  });

  it('reads a switch read as a property, its value alone on the next line (a blank line may come first)', () => {
    const off = scan('PS C:\\> (Get-CsImConfiguration).EnableOfflineIM\nFalse\nVersionToReport : 16.0.17928.20114');
    expect(off.prerequisites).toMatchObject([{ line: 2, kind: 'offline-im-switch', identity: 'Global', value: false }]);
    expect(off.findings.map((f) => [f.clientVerdicts.online, f.verdicts.online, f.verdicts.onprem])).toEqual([['eligible', 'blocked', 'blocked']]);
    const on = scan('PS C:\\> Get-CsImConfiguration | Select-Object -ExpandProperty EnableOfflineIM\n\nTrue');
    expect(on.prerequisites).toMatchObject([{ line: 3, value: true }]);
    // Not a value: prose that starts with the word.
    expect(scan('We set EnableOfflineIM\nFalse alarm, all good').prerequisites).toEqual([]);
  });

  it('reads the switches from an Export-Csv file, quoted or not, until a row of another shape', () => {
    const off = scan('"Identity","EnableOfflineIM"\n"Global","False"\n\nUser,Agent\nalice@contoso.com,UCCAPI/16.0.14326.20404 OC/16.0.14326.20404 (Skype for Business)');
    expect(off.prerequisites).toMatchObject([{ line: 2, kind: 'offline-im-switch', identity: 'Global', value: false }]);
    expect(off.findings.map((f) => f.verdicts.online)).toEqual(['blocked']);
    const policies = scan('Identity,EnableIMAutoArchiving\nTag:Sales,True\nTag:NoArchive,False');
    expect(policies.prerequisites.map((p) => [p.identity, p.value])).toEqual([['Tag:Sales', true], ['Tag:NoArchive', false]]);
    expect(policies.summary.blockedPolicies).toEqual(['Tag:NoArchive']);
    // A CSV that names no switch is no configuration.
    expect(scan('Identity,DisplayName\nGlobal,False').prerequisites).toEqual([]);
  });

  it('accepts PowerShell $False / $True spellings', () => {
    expect(scan('EnableOfflineIM : $False').prerequisites[0]).toMatchObject({ value: false, blocking: true });
  });

  it('EnableIMAutoArchiving : False blocks that policy, with the Identity named above it', () => {
    const { prerequisites } = scan(CLIENT_POLICIES);
    expect(prerequisites).toEqual([
      { line: 2, kind: 'im-auto-archiving', identity: 'Tag:Sales', value: true, blocking: false, message: { key: 'prereq_auto_archiving_on', params: { identity: 'Tag:Sales' } } },
      { line: 6, kind: 'im-auto-archiving', identity: 'Tag:NoArchive', value: false, blocking: true, message: { key: 'prereq_auto_archiving_off', params: { identity: 'Tag:NoArchive' } } },
    ]);
  });

  it('a value that is not a boolean is not a prerequisite', () => {
    expect(scan('EnableOfflineIM : maybe').prerequisites).toEqual([]);
  });

  it('prerequisite lines are not unrecognised; builds around them are still found', () => {
    const r = scan(`${IM_CONFIGURATION}\n16.0.6920.1000`);
    expect(r.prerequisites).toHaveLength(1);
    expect(r.unrecognized.some((u) => u.text.includes('EnableOfflineIM'))).toBe(false);
    expect(r.findings.map((f) => [f.line, f.version])).toEqual([[4, '16.0.6920.1000']]);
    expect(r.summary.prerequisites).toBe(1);
  });
});

describe('prerequisites in Format-Table form', () => {
  const TABLE = [
    'PS C:\\> Get-CsClientPolicy | ft Identity,EnableIMAutoArchiving',
    '',
    'Identity          EnableIMAutoArchiving',
    '--------          ---------------------',
    'Global            True',
    'Tag:NoArchive     False',
    'Tag:Sales Team    True',
    '',
    'OC/16.0.6870.2001',
  ];

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reads one switch per row, by column, with its Identity (%s)', (_name, eol) => {
    const { prerequisites, findings } = scan(TABLE.join(eol));
    expect(prerequisites.map((p) => [p.line, p.identity, p.value, p.blocking])).toEqual([
      [5, 'Global', true, false],
      [6, 'Tag:NoArchive', false, true],
      [7, 'Tag:Sales Team', true, false],
    ]);
    expect(prerequisites.every((p) => p.kind === 'im-auto-archiving')).toBe(true);
    // The table ends at the blank line: the client after it is read as usual.
    expect(findings.map((f) => [f.line, f.version])).toEqual([[9, '16.0.6870.2001']]);
  });

  it('reads EnableOfflineIM from a Get-CsImConfiguration table, in any column', () => {
    const text = ['Identity EnableFileTransfer EnableOfflineIM', '-------- ------------------ ---------------', 'Global   True               False'].join('\n');
    expect(scan(text).prerequisites).toEqual([
      { line: 3, kind: 'offline-im-switch', identity: 'Global', value: false, blocking: true, message: { key: 'prereq_offline_im_off', params: { identity: 'Global' } } },
    ]);
  });

  it('a header without its line of dashes is no table, and the next line is read as usual', () => {
    const { prerequisites } = scan(['Identity EnableIMAutoArchiving', 'EnableOfflineIM : False', 'Global False'].join('\n'));
    expect(prerequisites.map((p) => [p.line, p.kind, p.value])).toEqual([[2, 'offline-im-switch', false]]);
  });

  it('a table without a switch column, or a value that is no boolean, gives nothing', () => {
    expect(scan(['Identity   Description', '--------   -----------', 'Global     False'].join('\n')).prerequisites).toEqual([]);
    expect(scan(['Identity EnableOfflineIM', '-------- ---------------', 'Global   maybe'].join('\n')).prerequisites).toEqual([]);
  });

  it('rows after the blank line that ends a table are not read as rows', () => {
    const text = ['Identity EnableOfflineIM', '-------- ---------------', 'Global   True', '', 'Site:1   False'].join('\n');
    expect(scan(text).prerequisites.map((p) => p.line)).toEqual([3]);
  });
});

describe('a switch line is read in place as the string version read it, or as a switch inside the line', () => {
  // The reading before it was made in place: key trimmed and lower-cased, value trimmed, one "$" dropped.
  function readAsStrings(line: string): boolean | undefined {
    const colon = line.indexOf(':');
    if (colon < 0 || colon > 40) return undefined;
    if (line.slice(0, colon).trim().toLowerCase() !== 'enableofflineim') return undefined;
    const v = line.slice(colon + 1).trim().replace(/^\$/, '').toLowerCase();
    return v === 'true' ? true : v === 'false' ? false : undefined;
  }
  // Else the switch written inside a line: its name (not a parameter's "-Name", not part of a word), a blank, ":" or
  // "=" (blanks around), perhaps "$", then a whole True or False.
  function readInlineAsStrings(line: string): boolean | undefined {
    const at = line.toLowerCase().indexOf('enableofflineim');
    if (at < 0 || /[-\w$]/.test(line.charAt(at - 1))) return undefined;
    const rest = line.slice(at + 'enableofflineim'.length);
    const gap = rest.length - rest.trimStart().length;
    let value = rest.trimStart();
    if (value.startsWith(':') || value.startsWith('=')) value = value.slice(1).trimStart();
    else if (gap === 0) return undefined;
    if (value.startsWith('$')) value = value.slice(1);
    const word = /^(true|false)(?![\w-])/i.exec(value)?.[1]?.toLowerCase();
    return word === undefined ? undefined : word === 'true';
  }
  const keys = ['EnableOfflineIM', 'enableOFFLINEim', 'EnableOfflineIMX', 'İdentity', 'Enable OfflineIM', ''];
  const blanks = ['', ' ', '  ', '\t', '\u00a0', '\u3000', 'x'];
  const colons = [':', '', '::'];
  const dollars = ['', '$', '$$', ' $'];
  const values = ['True', 'FALSE', 'tRuE', 'fals', 'Trueish', 'K', ''];
  it('on random lines', () => {
    const pick = (list: string[]) => fc.constantFrom(...list);
    fc.assert(
      fc.property(fc.tuple(pick(blanks), pick(keys), pick(blanks), pick(colons), pick(blanks), pick(dollars), pick(values), pick(blanks)), (words) => {
        const line = words.join('');
        const prerequisite = scan(line).prerequisites[0];
        expect(prerequisite?.value).toBe(readAsStrings(line) ?? readInlineAsStrings(line));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a switch written inside a line', () => {
  const AGENT = 'jdoe   OC/16.0.17928.20114 (Skype for Business)';
  const read = (line: string) => scan(`${line}\n${AGENT}`);

  it.each([
    ['Get-CsImConfiguration → Identity : Global ; EnableOfflineIM : False', 'Global'],
    ['EnableOfflineIM : False (Global)', 'Global'],
    ['Global: EnableOfflineIM=False. Client build below.', 'Global'],
    ['EnableOfflineIM is set to False on Site:Redmond', 'Site:Redmond'],
    ['<property name="EnableOfflineIM">false</property><property name="MaxConferenceSize">250</property>', 'Global'],
    ['EnableOfflineIM ist auf False gesetzt (Global).', 'Global'],
    ['EnableOfflineIM steht auf False', 'Global'],
    ['EnableOfflineIM : False — if you need offline IM, run Set-CsImConfiguration -EnableOfflineIM $True', 'Global'],
    ['Set-CsImConfiguration -Identity Global -EnableOfflineIM $False ausgeführt.', 'Global'],
    ['Get-CsImConfiguration shows EnableOfflineIM : False, and the proposed fix is Set-CsImConfiguration -Identity Global -EnableOfflineIM $True', 'Global'],
    ['EnableOfflineIM : False (the default is True, someone changed it)', 'Global'],
    ['| EnableOfflineIM | False |', 'Global'],
    ['| EnableOfflineIM | False (default is True) |', 'Global'],
    ['| Identity | EnableOfflineIM | EnableIMAutoArchiving |\n|---|---|---|\n| Global | False | True |\n', 'Global'],
    ['| Setting | Expected | Actual |\n|---|---|---|\n| EnableOfflineIM | True | False |\n', 'Global'],
    ['| Setting | Value |\n|---|---|\n| Identity | Site:Redmond |\n| EnableOfflineIM | False |\n', 'Site:Redmond'],
    ['EnableOfflineIM ist bei uns auf False gesetzt (Global).', 'Global'],
    ['|| Identity || EnableOfflineIM ||\n| Global | False |\n', 'Global'],
    ['| Prüfpunkt | Ist-Wert | Soll-Wert | Bewertung |\n|---|---|---|---|\n| Get-CsImConfiguration (Global) EnableOfflineIM | False | True | ❌ |\n', 'Global'],
  ])('%s blocks the client', (line, identity) => {
    const r = read(line);
    expect(r.prerequisites).toMatchObject([{ kind: 'offline-im-switch', identity, value: false, blocking: true }]);
    expect(r.findings[0]!.verdicts).toEqual({ online: 'blocked', onprem: 'blocked' });
  });

  it.each([
    'Set-CsImConfiguration -Identity Global -EnableOfflineIM $False',
    'Ticket: EnableOfflineIM : False was the old value; we set it to True yesterday.',
    'make sure EnableOfflineIM is False before the test',
    'SfB build >= 16.0.6920.1000 AND EnableOfflineIM = $False',
    'Убедитесь, что EnableOfflineIM : False не стоит',
    'EnableOfflineIM is False by default in Lync Server 2013.',
    'Should we run Set-CsImConfiguration -Identity Global -EnableOfflineIM $False?',
    'Do NOT run Set-CsImConfiguration -Identity Global -EnableOfflineIM $False',
    'Bitte prüfen, ob EnableOfflineIM auf False steht.',
    'Change CHG0012345 (scheduled Saturday): set EnableOfflineIM to False on Global.',
    // A table of three cells may compare values (default, ours): only a two-cell row is read.
    '| EnableOfflineIM | False | True |',
    'We had EnableOfflineIM set to False until yesterday, now it is True.',
  ])('%s is no reading of the switch', (line) => {
    const r = read(line);
    expect(r.prerequisites).toEqual([]);
    expect(r.findings[0]!.verdicts).toEqual({ online: 'eligible', onprem: 'eligible' });
  });

  it('a Set- command the line says was run (a transcript\'s prompt, "we ran") sets the switch; a later one sets it again', () => {
    expect(read('PS C:\\> Set-CsImConfiguration -Identity Global -EnableOfflineIM $False').findings[0]!.verdicts.online).toBe('blocked');
    expect(read('We ran Set-CsImConfiguration -Identity Global -EnableOfflineIM $False last week.').prerequisites).toMatchObject([{ identity: 'Global', value: false }]);
    const fixed = read('PS C:\\> Set-CsImConfiguration -Identity Global -EnableOfflineIM $False\nPS C:\\> Set-CsImConfiguration -Identity Global -EnableOfflineIM $True');
    expect(fixed.prerequisites.map((p) => p.value)).toEqual([false, true]);
    expect(fixed.findings[0]!.verdicts.online).toBe('eligible');
  });

  it('reads the policy a line names for EnableIMAutoArchiving', () => {
    expect(scan('Get-CsClientPolicy: Identity : Tag:NoArchive ; EnableIMAutoArchiving : False').prerequisites).toMatchObject([{ kind: 'im-auto-archiving', identity: 'Tag:NoArchive', value: false }]);
  });
});
