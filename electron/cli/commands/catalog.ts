import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { ImportFormat } from '../../../shared/catalog/contract';
import { catalogueFromCpsv } from '../../../shared/catalog/cpsv';
import { catalogueFromCsv } from '../../../shared/catalog/csv';
import { decodeText } from '../../../shared/catalog/encoding';
import type { ImportProblem } from '../../../shared/catalog/importProblems';
import { untranslatedFields } from '../../../shared/catalog/translations';
import { ContractError, errorKey } from '../../../shared/contract/result';
import { createCatalogService } from '../../main/services/catalog/catalogService';
import { loadConfig } from '../../main/services/config/loadConfig';
import { createDisplayService } from '../../main/services/display/displayService';
import { createIdentityService } from '../../main/services/identity/identityService';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';

const formatOf = (file: string, flag: unknown): ImportFormat => (flag === 'json' || (flag !== 'csv' && /\.json$/i.test(file)) ? 'json' : 'csv');

function listProblems(ctx: CliContext, problems: ImportProblem[]): void {
  ctx.err(ctx.t('catalog:admin.rejected', { count: problems.length }));
  for (const p of problems) {
    const where = p.row === null ? ctx.t('catalog:admin.wholeFile') : ctx.t('catalog:admin.row', { row: p.row });
    ctx.err(`  - ${where}${p.field ? `, ${p.field}` : ''}: ${ctx.t(`catalog:problem.${p.code}`)}`);
  }
}

/** The CLI works on the share alone: its last-good copy lives only for this one run. */
async function withCatalogService<T>(ctx: CliContext, work: (catalog: ReturnType<typeof createCatalogService>) => Promise<T>): Promise<T> {
  const dataFolder = await mkdtemp(join(tmpdir(), 'laipni-cli-'));
  try {
    return await work(await catalogService(ctx, dataFolder));
  } finally {
    await rm(dataFolder, { recursive: true, force: true });
  }
}

async function catalogService(ctx: CliContext, dataFolder: string) {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const account = ctx.env.USERDOMAIN ? `${ctx.env.USERDOMAIN}\\${userInfo().username}` : userInfo().username;
  const identity = createIdentityService({ account, adminAccounts: config.values.adminAccounts, lookup: () => null });
  const display = createDisplayService({ bus: { emit: () => {} }, institutionName: null });
  const trust = trustRootFrom(config.values.adminPublicKey);
  return createCatalogService({ shareFolder: config.values.shareFolder, dataFolder, identity, display, directory: () => null, trust });
}

/**
 * `laipni catalog check FILE` lists a file's mistakes; `import FILE` publishes it to the share
 * (admins only); `export [--format csv|json] [--out FILE]` writes the published catalogue.
 */
export async function runCatalog(ctx: CliContext, command: string | undefined, args: string[]): Promise<number> {
  try {
    if ((command === 'check' || command === 'import') && args.length === 1) {
      const file = args[0]!;
      const format = formatOf(file, ctx.flags.format);
      const text = await readFile(file).then(
        (bytes) => decodeText(bytes),
        () => null,
      );
      if (text === null) {
        ctx.err(ctx.t(errorKey('io_failed')));
        return 2;
      }
      const parsed = format === 'csv' ? catalogueFromCsv(text) : catalogueFromCpsv(text);
      if (!parsed.ok) {
        listProblems(ctx, parsed.problems);
        return 2;
      }
      if (command === 'check') {
        ctx.out(ctx.t('catalog:cli.valid', { count: parsed.services.length }));
        // Translations are optional: say how far they go, so IT knows what clients will read in Latvian.
        for (const language of ['ltg', 'en'] as const) {
          const complete = parsed.services.filter((s) => untranslatedFields(s, language).length === 0).length;
          ctx.out(ctx.t('catalog:cli.translated', { count: parsed.services.length, complete, language: ctx.t(`catalog:cli.languageName.${language}`) }));
        }
        return 0;
      }
      const outcome = await withCatalogService(ctx, (catalog) => catalog.import(format, text, true));
      ctx.out(ctx.t('catalog:admin.published', { version: outcome.ok ? outcome.state?.catalogue.version : '' }));
      return 0;
    }
    if (command === 'export' && args.length === 0) {
      const file = await withCatalogService(ctx, async (catalog) => {
        const { source } = await catalog.get();
        return source === 'share' ? catalog.export(ctx.flags.format === 'json' ? 'json' : 'csv') : null;
      });
      // Without the share's copy there is nothing published to export.
      if (!file) {
        ctx.err(ctx.t('catalog:status.none'));
        return 1;
      }
      if (typeof ctx.flags.out === 'string') await writeFile(ctx.flags.out, file.text);
      else ctx.out(file.text);
      return 0;
    }
  } catch (error) {
    if (error instanceof ContractError) {
      ctx.err(ctx.t(errorKey(error.code), error.details ?? {}));
      return 1;
    }
    throw error;
  }
  ctx.err(ctx.t('cli.unknownCommand', { command: ['catalog', command, ...args].filter(Boolean).join(' ') }));
  ctx.err(ctx.t('cli.usage'));
  return 2;
}
