import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContractError, errorKey } from '../../../shared/contract/result';
import { retentionSchema } from '../../../shared/review/retention';
import { loadConfig } from '../../main/services/config/loadConfig';
import { writeFileAtomic } from '../../main/services/fs/atomicWrite';
import { retentionDocument } from '../../main/services/review';
import { dueTable } from '../../main/services/review/dataProtection';
import { toCsv } from '../../main/services/review/exportFiles';
import { labelsFor } from '../../main/services/review/reviewTables';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';
import { readPublishInput } from './publishInput';
import { deskArgs, mayWrite } from '../deskContext';
import { personAt, reviewServicesAt } from '../deskPerson';
import { adminKey } from './admin';
import { withRegister } from './register';

const trustOf = async (ctx: CliContext) =>
  trustRootFrom((await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform })).values.adminPublicKey);

/**
 * `laipni register retention publish <file.json> --share <share> [--key <admin key>]`: the
 * institution's file nomenclature (per kind: months and item number). Admins only; with
 * `--key` it is signed at once, otherwise IT signs it with `laipni admin sign`.
 */
export async function runRetentionPublish(ctx: CliContext, file: string): Promise<number> {
  const input = await readPublishInput(ctx, file, retentionSchema, 'register:cli.retentionInvalid');
  if ('exit' in input) return input.exit;
  const { share } = input;
  const signer = typeof ctx.flags.key === 'string' ? await adminKey(ctx) : undefined;
  if (signer === null) return 2;
  const dataDir = await mkdtemp(join(tmpdir(), 'laipni-cli-'));
  try {
    const admin = (await personAt(ctx, { share, dataDir })).require('admin');
    const published = await retentionDocument(share, dataDir, await trustOf(ctx)).publish(input.data, admin.account, signer);
    ctx.out(
      ctx.t(signer ? 'register:cli.retentionSigned' : 'register:cli.retentionPublished', {
        at: published.publishedAt,
        file: join(share, 'config', 'retention.json'),
      }),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    ctx.err(ctx.t(errorKey(error.code), error.details ?? {}));
    return 1;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** `laipni register due --data <dir> [--format csv|json] [--out file]`: the list for the archive, no personal data. */
export async function runDue(ctx: CliContext): Promise<number> {
  const format = ctx.flags.format ?? 'csv';
  if (format !== 'csv' && format !== 'json') {
    ctx.err(ctx.t('register:cli.exportFormat'));
    return 2;
  }
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  const identity = await personAt(ctx, args);
  const trust = await trustOf(ctx);
  return withRegister(ctx, args, async (opened) => {
    const view = await reviewServicesAt(opened, args, identity, trust).protection.destruction();
    if (view.retention.problem) ctx.err(ctx.t(`register:cli.retentionProblem.${view.retention.problem}`));
    const unpublished = view.retention.kinds.filter((k) => !k.published).map((k) => k.kind);
    if (unpublished.length) ctx.err(ctx.t('register:cli.retentionFallback', { kinds: unpublished.join(', ') }));
    const text = format === 'csv' ? toCsv(dueTable(labelsFor('lv'), view.entries)) : `${JSON.stringify(view.entries, null, 2)}\n`;
    if (typeof ctx.flags.out === 'string') {
      await writeFileAtomic(ctx.flags.out, text);
      ctx.err(ctx.t('register:cli.dueExported', { count: view.entries.length, file: ctx.flags.out }));
    } else process.stdout.write(text);
  });
}

/**
 * `laipni register destroy --data <dir> --act <no.> --act-date <dd.mm.gggg|gggg-mm-dd> [--dry-run]`:
 * destroys exactly the due list under the archive-approved act; the person must hold a role the
 * nomenclature allows to destroy (default: the head).
 */
export async function runDestroy(ctx: CliContext): Promise<number> {
  const act = { number: typeof ctx.flags.act === 'string' ? ctx.flags.act : '', date: typeof ctx.flags['act-date'] === 'string' ? ctx.flags['act-date'] : '' };
  if (!act.number.trim()) {
    ctx.err(ctx.t('register:cli.needAct'));
    return 2;
  }
  if (!act.date.trim()) {
    ctx.err(ctx.t('register:cli.needActDate'));
    return 2;
  }
  const args = await deskArgs(ctx, false);
  if (!args) return 2;
  const dryRun = ctx.flags['dry-run'] === true;
  if (!dryRun && !(await mayWrite(ctx, args))) return 1;
  const identity = await personAt(ctx, args);
  const trust = await trustOf(ctx);
  let code = 0;
  const result = await withRegister(ctx, args, async (opened) => {
    const protection = reviewServicesAt(opened, args, identity, trust).protection;
    try {
      const r = await protection.destroyDue(act, dryRun);
      ctx.out(
        ctx.t(dryRun ? 'register:cli.destroyDry' : 'register:cli.destroyed', { count: r.destroyed, buckets: r.buckets, act: r.act.number, date: r.act.date }),
      );
    } catch (error) {
      if (error instanceof ContractError && error.code === 'invalid_request' && typeof error.details?.field === 'string') {
        ctx.err(ctx.t(`register:cli.${error.details.field}`, { value: error.details.field === 'act_number' ? act.number : act.date }));
        code = 2;
        return;
      }
      throw error;
    }
  });
  return result || code;
}
