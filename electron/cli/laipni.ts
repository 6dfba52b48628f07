import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Language } from '../../shared/config/schema';
import { createI18n } from '../../shared/i18n';
import { runAdmin } from './commands/admin';
import { runCatalog } from './commands/catalog';
import { runConfigCheck } from './commands/configCheck';
import { runDiagnose } from './commands/diagnose';
import { runDirectory } from './commands/directory';
import { runRegisterCommand } from './registerCommands';
import type { CliContext } from './context';

/**
 * The `laipni` command for IT: the same services as the app, without a window.
 * Exit codes: 0 ok, 1 a problem was found, 2 bad usage or bad input.
 */
const OPTIONS = {
  help: { type: 'boolean' },
  json: { type: 'boolean' },
  language: { type: 'string' },
  config: { type: 'string' },
  'share-folder': { type: 'string' },
  institution: { type: 'string' },
  'institution-name': { type: 'string' },
  desk: { type: 'string' },
  'client-display': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  apply: { type: 'boolean' },
  data: { type: 'string' },
  share: { type: 'string' },
  once: { type: 'boolean' },
  interval: { type: 'string' },
  kind: { type: 'string' },
  channel: { type: 'string' },
  subject: { type: 'string' },
  description: { type: 'string' },
  status: { type: 'string' },
  reason: { type: 'string' },
  'received-on': { type: 'string' },
  key: { type: 'string' },
  'passphrase-file': { type: 'string' },
  'desk-id': { type: 'string' },
  revoke: { type: 'string' },
  reads: { type: 'string' },
  employee: { type: 'string' },
  act: { type: 'string' },
  'act-date': { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const;

function withoutOwnLanguage(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--language') i++;
    else if (!argv[i]!.startsWith('--language=')) out.push(argv[i]!);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const early = argv.indexOf('--language');
  const language = pickLanguage(early >= 0 ? argv[early + 1] : undefined, process.env.LAIPNI_LANGUAGE, process.env.LANG);
  const i18n = createI18n(language);
  const t: CliContext['t'] = (key, options) => i18n.t(key, options ?? {});
  const err = (line: string) => process.stderr.write(`${line}\n`);

  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    err(t('cli.badArguments', { detail: error instanceof Error ? error.message : String(error) }));
    err(t('cli.usage'));
    return 2;
  }
  const ctx: CliContext = {
    version: await ownVersion(),
    t,
    flags: parsed.values as CliContext['flags'],
    // `--language` picks the language the command answers in; it is not the machine's staff
    // language, so the configuration read for the command never sees it (`config check
    // --language ltg` does not report its own flag as a bad value).
    argv: withoutOwnLanguage(argv),
    env: process.env,
    out: (line) => process.stdout.write(`${line}\n`),
    err,
  };
  const [group, command, ...rest] = parsed.positionals;
  if (parsed.values.help) {
    ctx.out(t('cli.usage'));
    return 0;
  }
  if (group === 'config' && command === 'check' && rest.length === 0) return runConfigCheck(ctx);
  if (group === 'diagnose' && !command) return runDiagnose(ctx);
  if (group === 'admin') return runAdmin(ctx, command, rest);
  if (group === 'catalog') return runCatalog(ctx, command, rest);
  if (group === 'directory') return runDirectory(ctx, command, rest);
  const registerCommand = runRegisterCommand(ctx, parsed.positionals);
  if (registerCommand) return registerCommand;
  err(group ? t('cli.unknownCommand', { command: parsed.positionals.join(' ') }) : t('cli.noCommand'));
  err(t('cli.usage'));
  return 2;
}

/** The version of the package this built command belongs to (out/cli/laipni.js → package.json). */
async function ownVersion(): Promise<string> {
  try {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

function pickLanguage(...candidates: Array<string | undefined>): Language {
  for (const c of candidates) {
    const code = c?.toLowerCase() ?? '';
    if (code.startsWith('ltg')) return 'ltg';
    if (code.startsWith('lv')) return 'lv';
    if (code.startsWith('en')) return 'en';
  }
  return 'lv';
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`laipni: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
