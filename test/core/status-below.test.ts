import { describe, expect, test } from 'vitest';
import { scan } from '../../src/core/scan.ts';
import { isReleaseNoteBelow, isStatusBelow } from '../../src/core/status-below.ts';

/** Whether `line` says the item above, written by hand on a line of prose, is not there. */
const says = (line: string, written = true) => {
  const first = line.length - line.trimStart().length;
  return isStatusBelow(line, first, line.length, written);
};

describe('a state on the line below an item', () => {
  test.each([
    'Status: Pending install',
    'Deployment status: Pending install',
    'Device install status: Failed',
    'Install state: Downloading (45%)',
    'Status: Failed (0x80070643)',
    'Status: Removed on 2017-03-02',
    'Installed: No',
    'Installiert: Nein',
    'Status: nicht installiert',
    'Status: Neustart ausstehend',
    'Статус: не установлен',
    'Not installed yet',
    '> is not installed yet',
    'Noch nicht installiert.',
    '- Status: uninstalled',
    // A log's result or event, after its time; an error code; a line that opens with the state.
    '22:07 Result: FAILED (0x80070643)',
    'Event         : Uninstalled',
    'Error 0x87D00607. The software will be retried.',
    'wurde NICHT installiert – Fehler 30125-1011.',
    'установить не удалось, ошибка 30088-26.',
    'not installed anywhere yet',
  ])('not there: %s', (line) => expect(says(line)).toBe(true));

  test.each([
    'Status: Installed',
    'Status: Running',
    'Status: scheduled for upgrade',
    'Installed: Yes',
    'Sign-in status: Signed in',
    'Presence: Available',
    // Another product's state.
    'Teams: not installed yet',
    'Teams status: not installed',
    // A sentence of its own.
    'Not installed yet on the three kiosks in the lobby, which still run the old image and wait for the refresh.',
    // A change of state says the state now last; a label of its own; a row; a build of its own.
    '2020-01-20 09:15 State: In Progress → Resolved',
    'Geplant:',
    'Rollback: not required',
    'Not Installed\t1871',
    'Rolled back from 16.0.7070.2026',
  ])('no state of the item: %s', (line) => expect(says(line)).toBe(false));
});

test("a line of words that opens with the state speaks only of an item written by hand on a line of prose", () => {
  expect(says('wurde NICHT installiert – Fehler 30125-1011.', false)).toBe(false);
  expect(says('Status: Failed', false)).toBe(true);
  expect(scan('Skype for Business 2016 (16.0.10325.20118)\nwurde NICHT installiert – Fehler 30125-1011.').findings).toEqual([]);
  // Under a table's row, the next line is a row of its own.
  expect(scan('PC01,Skype for Business,16.0.10325.20118\nnot installed anywhere yet').findings.map((f) => f.version)).toEqual(['16.0.10325.20118']);
});

test("a reply's \"no\" that calls the item above a target, another product's or not installed takes it back", () => {
  expect(says("no, that's the target from the wiki, not installed on her machine")).toBe(true);
  expect(says("no, that's the Outlook build, she doesn't have Lync installed at all")).toBe(true);
  expect(says('Nein, das ist die Zielversion aus dem Rollout-Plan')).toBe(true);
  // A "no" that answers something else, or a reply under a tool's line, leaves it.
  expect(says("no, that's fine, offline IM works now")).toBe(false);
  expect(says("no, that's the target from the wiki", false)).toBe(false);
});

describe('scan: the item above a state that says it is not there', () => {
  test('is taken back, listed with the reason, and leaves the counts and distinct builds', () => {
    const r = scan('Skype for Business 2016 16.0.7766.2099\nStatus: pending install\nSkype for Business 16.0.9126.2275\nStatus: Installed');
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.9126.2275']);
    expect(r.unrecognized.find((u) => u.line === 1)?.note?.key).toBe('ignored_not_installed');
    expect(r.summary.findings).toBe(1);
    expect(r.summary.distinctBuilds).toBe(1);
    expect(r.summary.byLocation.online.eligible).toBe(1);
  });

  test('a build taken back still counts once when another line gives it', () => {
    const r = scan('Skype for Business 16.0.7766.2099\nStatus: Failed\nClient: Skype for Business 16.0.7766.2099');
    expect(r.findings.map((f) => f.line)).toEqual([3]);
    expect(r.summary.distinctBuilds).toBe(1);
  });

  test('a record’s state line takes back its version line', () => {
    const r = scan('App: Skype for Business\nVersion: 16.0.12527.21416\nDevice install status: Pending install');
    expect(r.findings).toEqual([]);
  });

  test('a user agent is traffic, not an install: a state below leaves it', () => {
    const r = scan('UserAgent : UCCAPI/16.0.7766.2099 OC/16.0.7766.2099 (Skype for Business)\nStatus    : Failed');
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.7766.2099']);
  });

  test('a state after a blank line, or under another product, leaves the item', () => {
    expect(scan('Skype for Business 16.0.7766.2099\n\nStatus: pending install').findings).toHaveLength(1);
    expect(scan('Skype for Business 16.0.7766.2099\nTeams: not installed yet').findings).toHaveLength(1);
  });
});

describe('scan: a line that corrects the build of the line above', () => {
  test('takes that build back with the reason; its own build stands', () => {
    const r = scan('[12:15] Jen: sfb on mine 16.0.6936.2062\n[12:15] Jen: typo -> 16.0.6366.2062');
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.6366.2062']);
    expect(r.unrecognized.find((u) => u.line === 1)?.note).toEqual({ key: 'ignored_corrected', params: { text: '16.0.6936.2062' } });
    expect(r.summary.distinctBuilds).toBe(1);
    expect(r.summary.byLocation.online['upgrade-required']).toBe(1);
    expect(r.summary.byLocation.online.eligible).toBe(0);
  });

  test('a chat’s "*" before the build corrects too; a next line without a correction word adds a client', () => {
    expect(scan('[13:30] Kim: my s4b = 16.0.6886.2067\n[13:31] Kim: *16.0.6868.2067 fat fingers').findings.map((f) => f.version)).toEqual(['16.0.6868.2067']);
    expect(scan('Anna: Skype for Business 16.0.6936.2062\nJens: Skype for Business 16.0.6366.2062').findings).toHaveLength(2);
  });
});

describe('scan: a threshold wrapped onto the line below a build', () => {
  test('takes the build above back as the rule’s; a line that only follows it leaves it', () => {
    const r = scan('Skype for Business 16.0.6920.1000\noder höher (Exchange Online)');
    expect(r.findings).toEqual([]);
    expect(r.unrecognized.find((u) => u.line === 1)?.note?.key).toBe('ignored_threshold');
    expect(scan('Skype for Business 16.0.6920.1000\n以降が必要です。').findings).toEqual([]);
    expect(scan('Skype for Business 16.0.7070.2036\nOr later we check Outlook too.').findings).toHaveLength(1);
  });
});

describe('scan: the words of another state below an item, split over two lines, or in the cell after a row’s build', () => {
  test('a state key’s value in the words of another state takes the item back; a ticket’s state does not', () => {
    expect(scan('Skype for Business: neue Version 16.0.9126.2152\nStatus: noch nicht verteilt, kommt mit dem neuen Image').findings).toEqual([]);
    expect(scan('Nasazení: Skype pro firmy 16.0.11328.20158\nStav: Čeká na instalaci').findings).toEqual([]);
    expect(scan('Версия клиента: Skype для бизнеса 16.0.9126.2116\nСтатус: Ожидание ответа пользователя').findings.map((f) => f.version)).toEqual(['16.0.9126.2116']);
  });

  test('a threshold’s first word ending the line above ("oder" / "höher wird benötigt."); its rest under a threshold only', () => {
    expect(scan('Skype for Business 16.0.6920.1000 oder\nhöher wird benötigt.').findings).toEqual([]);
    expect(scan('Offline IM requires the Skype for Business client at build\n16.0.6701.1000\nor later when the mailbox is hosted in Exchange Online.').findings).toEqual([]);
    expect(scan('Skype for Business 16.0.7070.2036\nOr later we check Outlook too.').findings).toHaveLength(1);
  });

  test('the cell right after a row’s build opens with another state: no client; a cell about something else leaves it', () => {
    expect(scan('Computer;Product;Version;Deployment state\nWS-114;Skype for Business;16.0.8201.2102;uitgesteld').findings).toEqual([]);
    expect(scan('Asset,User,Product,Build,Notes\nSYD-LT-018,d.harris,Skype for Business 2016 C2R,16.0.8431.2107,never got it - greyed out in Software Center').findings).toEqual([]);
    expect(scan('Hostname,SfB version,Notes\nPC-017,16.0.11328.20158,old printer retired 2019').findings.map((f) => f.version)).toEqual(['16.0.11328.20158']);
    expect(scan('Computer,Product,Version,Branch\nPC-0604,Skype for Business,16.0.10827.20150,Targeted').findings).toHaveLength(1);
    // A sentence's "; " and a ticket's row are no cells of a state.
    expect(scan('Skype for Business 16.0.10730.20102; printer driver install failed').findings).toHaveLength(1);
  });
});

describe('scan: a threshold in force beside another build on its line', () => {
  test('is the rule’s value (expected / discovered, warning / critical); the discovered build is the client', () => {
    const r = scan('Rule Name            Expected Value    Actual Value      Compliance\nSfB lync.exe build  16.0.6920.1000    16.0.6868.2067    Non-compliant');
    expect(r.findings.map((f) => f.version)).toEqual(['16.0.6868.2067']);
    expect(scan('check_sfb.ps1 -Warn 16.0.6920.1000 -Crit 16.0.6701.1000').findings).toEqual([]);
    expect(scan('Zabbix trigger expression: last(/PC-0143/sfb.version)<"16.0.6920.1000"').findings).toEqual([]);
  });

  test('a change between the two builds is a client’s, the thresholds being real builds', () => {
    expect(scan('Skype for Business upgraded from 16.0.6701.1000 to 16.0.6920.1000').findings.map((f) => f.version)).toEqual(['16.0.6920.1000']);
  });

  test('unless a header says its column is the installed one', () => {
    const r = scan('Gerät      Produkt              Installiert       Ziel\nNB-0042    Skype for Business   16.0.6701.1000    16.0.6965.2058');
    expect(r.findings.map((f) => f.version)).toContain('16.0.6701.1000');
  });
});

describe('a release note under a build', () => {
  test.each(['- Fixed an issue where missed conversation emails were not sent.', '- We fixed an issue that caused conversation history to not be saved.', 'This update fixes offline IM for on-premises mailboxes.', 'Исправлено: не доставлялись офлайн-сообщения'])(
    'release note: %s',
    (line) => expect(isReleaseNoteBelow(line, 0)).toBe(true),
  );
  test.each(['- Works after updating the client yesterday.', 'Status: Installed', 'User says offline IM now works.'])('no release note: %s', (line) =>
    expect(isReleaseNoteBelow(line, 0)).toBe(false),
  );

  test('takes the release back; a client alone keeps its build', () => {
    expect(scan('Skype for Business\nVersion 1708 (Build 8431.2079)\n- Fixed an issue where missed conversation emails were not sent.').findings).toEqual([]);
    expect(scan('Skype for Business\nVersion 1708 (Build 8431.2079)\nUser says offline IM now works.').findings.map((f) => f.version)).toEqual(['16.0.8431.2079']);
  });
});
