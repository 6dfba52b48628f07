import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractError, errorKey } from '../../../shared/contract/result';
import { directoryToCsv } from '../../../shared/directory/csv';
import { decodeCsv } from '../../../shared/directory/decode';
import { loadConfig } from '../../main/services/config/loadConfig';
import { createDirectoryAdmin } from '../../main/services/directory/directoryAdmin';
import { createDirectoryService } from '../../main/services/directory/directoryService';
import { createIdentityService } from '../../main/services/identity/identityService';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';
import { osAccount } from '../deskPerson';
import { MAX_PEOPLE } from '../../../shared/directory/person';

/**
 * `laipni directory export [--out FILE]` writes the published directory as CSV;
 * `laipni directory import FILE [--apply]` shows what the file would change, row problems
 * included, and publishes it only with `--apply`, only if every row is good; both are for admins,
 * as in the app.
 */
export async function runDirectory(ctx: CliContext, command: string | undefined, args: string[]): Promise<number> {
  const { t } = ctx;
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  // The command reads the share itself; its last-good copy is kept per share, apart from any desk's.
  const share = config.values.shareFolder;
  const dataFolder = join(
    tmpdir(),
    'laipni-cli',
    createHash('sha256')
      .update(share ?? '')
      .digest('hex')
      .slice(0, 16),
  );
  const directory = createDirectoryService({ shareFolder: share, dataFolder, trust: trustRootFrom(config.values.adminPublicKey) });
  await directory.ready();
  await directory.reload();
  const identity = createIdentityService({ account: osAccount(ctx.env), adminAccounts: config.values.adminAccounts, lookup: () => directory });
  const admin = createDirectoryAdmin({ directory, identity });
  try {
    if (command === 'export' && args.length === 0) {
      // A header and exit 0 would read as "the directory is empty": say why there is nothing.
      const current = directory.current();
      if (!share || current.source === 'none') {
        ctx.err(t('cli.directory.nothingToExport', { reason: t(share ? 'cli.directory.noDirectory' : 'cli.directory.noShare') }));
        return 1;
      }
      const csv = directoryToCsv(current.data.people);
      if (typeof ctx.flags.out === 'string') await writeFile(ctx.flags.out, `\uFEFF${csv}`);
      else process.stdout.write(csv);
      return 0;
    }
    if (command === 'import' && args.length === 1) {
      const csv = await readFile(args[0]!).then(
        (bytes) => decodeCsv(bytes),
        () => null,
      );
      if (csv === null) {
        ctx.err(t('cli.directory.unreadable', { file: args[0] }));
        return 2;
      }
      const preview = await admin.previewImport(csv);
      for (const p of preview.problems) {
        ctx.err(
          `${t('cli.directory.row', { row: p.row, column: p.column || '—' })} ${t(`directory:admin.problems.${p.code}`, { value: p.value ?? '', max: MAX_PEOPLE })}`,
        );
      }
      if (preview.problems.length) {
        ctx.err(t('directory:admin.problemsTitle', { count: preview.problems.length }));
        return 2;
      }
      ctx.out(
        t('directory:admin.summary', {
          added: preview.added.length,
          changed: preview.changed.length,
          removed: preview.removed.length,
          unchanged: preview.unchanged,
        }),
      );
      if (!ctx.flags.apply) {
        ctx.out(t('cli.directory.dryRun'));
        return 0;
      }
      await admin.applyImport(csv);
      ctx.out(t('directory:admin.applied'));
      return 0;
    }
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    ctx.err(t(errorKey(error.code), error.details ?? {}));
    return 1;
  }
  ctx.err(t('cli.unknownCommand', { command: ['directory', command, ...args].filter(Boolean).join(' ') }));
  ctx.err(t('cli.usage'));
  return 2;
}
