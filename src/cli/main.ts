// offline-im-check: reads a report, a log or pasted text (FILE or standard
// input) and prints, for every Skype for Business client build in it, whether
// offline IM works. Exit status: 0 when the input was checked (also when
// clients need an update), 2 on bad usage or unreadable input, 1 on an
// internal error. Errors are one line on stderr, never a stack trace.
import { MAILBOX_LOCATIONS, THRESHOLDS, groupByBuild, scan, thresholdsWith, type Message } from '../core/index.ts';
import { policyRulesForCli } from './policy-rules-output.ts';
import { parseArgs } from './args.ts';
import { renderCsv } from './csv-output.ts';
import { renderJson } from './json-output.ts';
import { langFromEnv, translator, type Translator } from './messages.ts';
import { readInput } from './read-input.ts';
import { chooseStyle } from './style.ts';
import { renderTable } from './table-output.ts';

const NAME = 'offline-im-check';

function reportError(tr: Translator, message: Message): void {
  process.stderr.write(`${NAME}: ${tr.format(message).replace(/[\r\n]+/g, ' ')}\n`);
}

async function main(): Promise<number> {
  const envLang = langFromEnv(process.env);
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed.ok) {
    reportError(translator(parsed.lang ?? envLang), parsed.error);
    return 2;
  }
  const options = parsed.options;
  const tr = translator(options.lang ?? envLang);
  if (options.help) {
    process.stdout.write(`${tr.t('cli_usage')}\n`);
    return 0;
  }
  let input = options.input;
  if (input === undefined) {
    // Nothing piped in and no file: waiting on a terminal would look like a hang.
    if (process.stdin.isTTY) {
      process.stderr.write(`${tr.t('cli_usage')}\n`);
      return 2;
    }
    input = '-';
  }
  const read = await readInput(input, input === '-' ? tr.t('cli_stdin') : input);
  if (!read.ok) {
    reportError(tr, read.error);
    return 2;
  }
  const thresholds = thresholdsWith(options.minimumBuild);
  if (options.minimumBuild !== undefined) {
    // A minimum below Microsoft's threshold cannot lower it: say so, and go on.
    for (const location of MAILBOX_LOCATIONS) {
      if (thresholds[location] === THRESHOLDS[location] && options.minimumBuild !== THRESHOLDS[location])
        reportError(tr, { key: 'cli_warning_minimum_ignored', params: { minimum: options.minimumBuild, location: tr.t(`location_${location}`), threshold: THRESHOLDS[location] } });
    }
  }
  const result = scan(read.text, { thresholds });
  if (options.policy) {
    const rules = policyRulesForCli({ mailbox: options.mailbox, groups: groupByBuild(result.findings), ...options.policy }, (m) => tr.format(m));
    for (const line of rules.stderr) process.stderr.write(`${NAME}: ${line.replace(/[\r\n]+/g, ' ')}\n`);
    process.stdout.write(rules.stdout);
    return rules.ok ? 0 : 2;
  }
  const output =
    options.format === 'json'
      ? renderJson(result, options.mailbox, tr)
      : options.format === 'csv'
        ? renderCsv(result, read.text, tr)
        : renderTable(result, options.mailbox, tr, chooseStyle(process.stdout.isTTY, process.env));
  // One write of one string: Node drains it to a pipe before exiting.
  process.stdout.write(output);
  return 0;
}

// A reader that goes away (`| head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`${NAME}: ${error.message}\n`);
  process.exit(2);
});

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    reportError(translator(langFromEnv(process.env)), { key: 'cli_error_internal', params: { reason: error instanceof Error ? error.message : String(error) } });
    process.exitCode = 1;
  },
);
