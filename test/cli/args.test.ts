// Argument parsing and locale choice, without spawning the CLI.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { langFromEnv, translator } from '../../src/cli/messages.ts';

describe('parseArgs', () => {
  it('defaults: both locations, table, stdin when piped', () => {
    expect(parseArgs([])).toEqual({ ok: true, options: { mailbox: 'both', format: 'table', lang: undefined, input: undefined, help: false, version: false, pretty: false, threads: undefined } });
  });

  it('reads every option, in both spellings', () => {
    expect(parseArgs(['--mailbox', 'onprem', '--json', '--lang', 'ru', 'report.txt'])).toEqual({
      ok: true,
      options: { mailbox: 'onprem', format: 'json', lang: 'ru', input: 'report.txt', help: false, version: false, pretty: false, threads: undefined },
    });
    expect(parseArgs(['--mailbox=online', '--csv', '--lang=en', '-'])).toMatchObject({ ok: true, options: { mailbox: 'online', format: 'csv', lang: 'en', input: '-' } });
    expect(parseArgs(['-h'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it('"--" ends the options, so a file may start with a dash', () => {
    expect(parseArgs(['--', '--odd-name.txt'])).toMatchObject({ ok: true, options: { input: '--odd-name.txt' } });
  });

  it('errors name the offending argument and keep the chosen language', () => {
    expect(parseArgs(['--lang', 'ru', '--bogus'])).toEqual({ ok: false, error: { key: 'cli_error_unknown_option', params: { option: '--bogus' } }, lang: 'ru' });
    expect(parseArgs(['--mailbox', 'cloud'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_mailbox', params: { value: 'cloud' } } });
    expect(parseArgs(['--lang'])).toMatchObject({ ok: false, error: { key: 'cli_error_missing_value' } });
    expect(parseArgs(['a', 'b'])).toMatchObject({ ok: false, error: { key: 'cli_error_two_files', params: { first: 'a', second: 'b' } } });
    expect(parseArgs(['--json', '--csv'])).toMatchObject({ ok: false, error: { key: 'cli_error_two_formats' } });
  });
});

describe('parseArgs: edges of node:util parseArgs (strict mode)', () => {
  it('--flag=value works for every option that takes a value, also for an empty or dash-led value', () => {
    expect(
      parseArgs(['--threads=3', '--minimum-build=16.0.7000.1000', '--policy-rules=allowwithurl', '--action-url=https://x/u', '--policy-scope=site:A', '--policy-description=-nightly-', '--policy-priority=2']),
    ).toMatchObject({ ok: true, options: { threads: 3, minimumBuild: '16.0.7000.1000', policy: { action: 'AllowWithUrl', actionUrl: 'https://x/u', scope: 'site:A', description: '-nightly-', priority: 2 } } });
    expect(parseArgs(['--threads='])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_threads', params: { value: '' } } });
    expect(parseArgs(['--mailbox=-x'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_mailbox', params: { value: '-x' } } });
  });

  it('a separate value that starts with a dash is refused, not swallowed: free text needs --flag=value', () => {
    expect(parseArgs(['--policy-rules', 'Allow', '--policy-description', '-x'])).toEqual({
      ok: false,
      error: { key: 'cli_error_dash_value', params: { option: '--policy-description', value: '-x' } },
      lang: undefined,
    });
    // A forgotten URL does not eat the next flag.
    expect(parseArgs(['--policy-rules', 'BlockWithUrl', '--action-url', '--json'])).toMatchObject({ ok: false, error: { key: 'cli_error_dash_value', params: { option: '--action-url', value: '--json' } } });
    // Closed value sets keep their own message, as before.
    expect(parseArgs(['--lang', '--json'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_lang', params: { value: '--json' } } });
    expect(parseArgs(['--threads', '-2'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_threads', params: { value: '-2' } } });
    // A lone "-" is standard input, never option-like: it is the value.
    expect(parseArgs(['--mailbox', '-'])).toMatchObject({ ok: false, error: { key: 'cli_error_bad_mailbox', params: { value: '-' } } });
  });

  it('switches take no value; unknown options are named as typed', () => {
    expect(parseArgs(['--json=yes'])).toMatchObject({ ok: false, error: { key: 'cli_error_no_value', params: { option: '--json', value: 'yes' } } });
    expect(parseArgs(['-hx'])).toMatchObject({ ok: false, error: { key: 'cli_error_unknown_option', params: { option: '-hx' } } });
    expect(parseArgs(['--bogus=1'])).toMatchObject({ ok: false, error: { key: 'cli_error_unknown_option', params: { option: '--bogus=1' } } });
    expect(parseArgs(['-5'])).toMatchObject({ ok: false, error: { key: 'cli_error_unknown_option', params: { option: '-5' } } });
    expect(parseArgs(['--lang=ru', '--json=1'])).toMatchObject({ lang: 'ru' });
  });

  it('"--" ends the options: what follows is a file, even "-" or a flag name; still one file at most', () => {
    expect(parseArgs(['--json', '--', '--csv'])).toMatchObject({ ok: true, options: { format: 'json', input: '--csv' } });
    expect(parseArgs(['--', '-'])).toMatchObject({ ok: true, options: { input: '-' } });
    expect(parseArgs(['-', '--', '-x'])).toMatchObject({ ok: false, error: { key: 'cli_error_two_files', params: { first: '-', second: '-x' } } });
    // --lang after "--" is a file name, not a language.
    expect(parseArgs(['--', '--lang=ru', 'b'])).toMatchObject({ ok: false, lang: undefined, error: { key: 'cli_error_two_files' } });
  });

  it('short aliases and repeats: -V, -h, the last --mailbox wins, a repeated format counts once', () => {
    expect(parseArgs(['-V'])).toMatchObject({ ok: true, options: { version: true } });
    expect(parseArgs(['-hV'])).toMatchObject({ ok: true, options: { help: true, version: true } });
    expect(parseArgs(['--mailbox', 'online', '--mailbox=onprem', '--jsonl', '--jsonl'])).toMatchObject({ ok: true, options: { mailbox: 'onprem', format: 'jsonl' } });
  });

  it('the new messages read well in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      const tr = translator(lang);
      const dash = tr.t('cli_error_dash_value', { option: '--action-url', value: '-x' });
      expect(dash).toContain('--action-url=-x');
      expect(tr.t('cli_error_no_value', { option: '--json', value: 'yes' })).toMatch(/--json.*yes/);
    }
  });
});

describe('language', () => {
  it('LC_ALL, then LC_MESSAGES, then LANG; Russian when it starts with "ru"', () => {
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'ru_RU.UTF-8' })).toBe('ru');
    expect(langFromEnv({ LANG: 'ru_RU.UTF-8', LC_ALL: 'en_US.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: 'en_GB', LC_MESSAGES: 'ru_UA' })).toBe('ru');
    expect(langFromEnv({ LC_ALL: 'C' })).toBe('en');
  });

  it('every cli_ string exists and fills its slots in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      const tr = translator(lang);
      expect(tr.t('cli_error_not_found', { file: 'x.txt' })).toContain('x.txt');
      expect(tr.t('cli_lines_more', { lines: '1, 2', more: 3 })).toMatch(/1, 2.*3/);
      expect(tr.t('cli_usage')).toContain('--mailbox');
    }
  });
});
