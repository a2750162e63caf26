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
