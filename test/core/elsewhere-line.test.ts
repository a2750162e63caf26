import { describe, expect, test } from 'vitest';
import { speaksOfElsewhere } from '../../src/core/elsewhere-line.ts';
import { scan } from '../../src/core/scan.ts';

/** Whether the first build in `line` is said to be on someone else's machine. */
const said = (line: string) => speaksOfElsewhere(line, line.search(/\d+\.\d+\.\d+\.\d+|Build \d/));

describe("someone else's build", () => {
  test.each([
    "In this demo we're using Skype for Business 2016 (16.0.7766.2060) with an Exchange Online mailbox.",
    'Accepted answer: Works for me on Version 1705 (Build 8201.2102 Click-to-Run).',
    'Blog author’s setup: Skype for Business 16.0.8067.2115 (Current Channel, April 2017), Exchange Online.',
    "Here's a screenshot from the vendor's demo environment: Skype for Business (16.0.10730.20102) — Current Channel.",
    'Пользователь на форуме пишет: «у меня Skype для бизнеса 2016 MSO (16.0.7766.2060) 32-разрядная, работает».',
    // Vendors' knowledge bases, matrices and recommendations.
    'Citrix recommends Skype for Business 16.0.9126.2282 for RTOP 2.4',
    'Known issue CTX234567: RTOP 2.4 Connector crashes with Skype for Business 16.0.9126.2152',
    'Vendor matrix: Horizon 2312 + Skype for Business 16.0.16731.20234 = supported',
  ])('elsewhere: %s', (line) => expect(said(line)).toBe(true));

  test.each([
    // The writer's own build, before the words about someone else's.
    'Client build on our helpdesk PC: Skype for Business 16.0.7766.2060 (the blog author used 16.0.7571.2075).',
    // A lab or a test machine may be the admin's own.
    'Skype for Business 16.0.6920.1000 running on the test machine TESTPC02.',
    'Ticket #44120: user says Skype for Business 16.0.13801.20266 does not keep missed IMs. Article: supported from 16.0.6701.1000.',
  ])('own: %s', (line) => expect(said(line)).toBe(false));

  test('scan: the build is unknown with its own reason; the own build before it keeps its answer', () => {
    const r = scan('Client build on our helpdesk PC: Skype for Business 16.0.7766.2060 (the blog author used Skype for Business 16.0.7571.2075).');
    expect(r.findings.map((f) => [f.version, f.verdicts.online])).toEqual([
      ['16.0.7766.2060', 'eligible'],
      ['16.0.7571.2075', 'unknown'],
    ]);
    expect(r.findings[1]!.reasons.online.key).toBe('reason_unconfirmed_elsewhere');
  });
});
