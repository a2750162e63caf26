// --users: distinct users whose client is not eligible at the chosen
// location, with build, verdict and action; and visible() for the table.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { THRESHOLDS } from '../../src/core/thresholds.ts';
import { scan } from '../../src/core/scan.ts';
import type { Finding } from '../../src/core/types.ts';
import { translator } from '../../src/cli/messages.ts';
import { Output } from '../../src/cli/output.ts';
import { PLAIN } from '../../src/cli/style.ts';
import { usersSink } from '../../src/cli/users-output.ts';
import { visible } from '../../src/cli/visible.ts';

function collect(): { out: Output; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { out: new Output(stream), text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Findings of `lines`, each given the user named in `users` (as the engine's user extraction will). */
function findings(lines: string[], users: (string | undefined)[]): Finding[] {
  const r = scan(lines.join('\n'));
  return r.findings.map((f) => Object.assign(f, users[f.line - 1] === undefined ? {} : { user: users[f.line - 1] }));
}

describe('--users', () => {
  it('lists each user once, not eligible at the location, with build, verdict and action', async () => {
    const { out, text } = collect();
    const sink = usersSink({ out, tr: translator('en'), mailbox: 'onprem', pretty: false, style: PLAIN, thresholds: THRESHOLDS });
    const list = findings(['16.0.6701.1000', '16.0.6920.1000', '15.0.4569.1503', '16.0.6701.1000', '16.0.4266.1001', 'x 16.0.6701.1000'], ['bob@contoso.com', 'alice@contoso.com', 'CONTOSO\\carol', 'BOB@contoso.com', 'dan@contoso.com', undefined]);
    sink.slice({ findings: list, unrecognized: [], prerequisites: [], summary: undefined! }, '', 0);
    await sink.end({ summary: undefined!, offlineImOff: undefined });
    await out.end();
    expect(text().split('\r\n')).toEqual([
      'user,build,verdict,action',
      'bob@contoso.com,16.0.6701.1000,upgrade-required,Update to 16.0.6920.1000 or later',
      'CONTOSO\\carol,15.0.4569.1503,not-supported,Replace: not supported',
      'dan@contoso.com,16.0.4266.1001,upgrade-required,Move from MSI to Click-to-Run',
      '',
    ]);
  });

  it('with --mailbox both, one row per user and location', async () => {
    const { out, text } = collect();
    const sink = usersSink({ out, tr: translator('en'), mailbox: 'both', pretty: false, style: PLAIN, thresholds: THRESHOLDS });
    sink.slice({ findings: findings(['15.0.4569.1503'], ['eve@contoso.com']), unrecognized: [], prerequisites: [], summary: undefined! }, '', 0);
    await sink.end({ summary: undefined!, offlineImOff: undefined });
    await out.end();
    expect(text().split('\r\n').slice(0, 3)).toEqual(['user,location,build,verdict,action', 'eve@contoso.com,online,15.0.4569.1503,not-supported,Replace: not supported', 'eve@contoso.com,onprem,15.0.4569.1503,not-supported,Replace: not supported']);
  });
});

describe('visible', () => {
  it('escapes C0 and C1 controls, DEL and bidirectional overrides; keeps text, tabs and line breaks', () => {
    expect(visible('a\x1b[31mb\x07\x9b\x7f\u202e\u2066')).toBe('a\\x1b[31mb\\x07\\x9b\\x7f\\u202e\\u2066');
    expect(visible('Иванов\tok\n')).toBe('Иванов\tok\n');
  });
});
