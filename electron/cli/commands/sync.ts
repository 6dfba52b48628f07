import type { SyncStatus } from '../../../shared/register/syncStatus';
import { loadConfig } from '../../main/services/config/loadConfig';
import { createSyncLoop } from '../../main/services/register/sync/syncLoop';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';
import { deskArgs, openDeskRegister } from '../deskContext';

/**
 * `laipni sync --data <dir> --share <share> [--once] [--json]`: syncs as the desk in `--data`.
 * With --once: one round, then 0 when online without problems, otherwise 1. Without it,
 * keeps syncing until stopped (Ctrl+C), reporting each change of status.
 */
export async function runSync(ctx: CliContext): Promise<number> {
  const args = await deskArgs(ctx, true);
  if (!args) return 2;
  const opened = await openDeskRegister(ctx, args);
  if (!opened) return 1;
  const segmentBytes = Number(ctx.env.LAIPNI_SEGMENT_BYTES) || undefined;
  const interval = Number(ctx.flags.interval) || 3000;
  let last = '';
  const report = (status: SyncStatus) => {
    const line = ctx.flags.json ? JSON.stringify({ ...status, stateHash: opened.register.stateHash() }) : describeStatus(ctx, status);
    if (line !== last) ctx.out(line);
    last = line;
  };
  const loop = await createSyncLoop({
    opened,
    dataDir: args.dataDir,
    share: args.share,
    institution: args.institution,
    deskCode: args.deskCode,
    segmentBytes,
    intervalMs: interval,
    now: () => new Date(args.wall()),
    trust: trustRootFrom((await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform })).values.adminPublicKey),
    onStatus: ctx.flags.once ? undefined : report,
    onError: (error) => ctx.err(String(error)),
  });
  if (ctx.flags.once) {
    const status = await loop.round();
    await loop.stop();
    await opened.close();
    report(status);
    return status.state === 'online' && status.problems.length === 0 ? 0 : 1;
  }
  loop.start();
  await new Promise<void>((done) => {
    process.once('SIGINT', done);
    process.once('SIGTERM', done);
  });
  // Saves are durable in the journal already, so a stop that cannot finish (a file on the
  // share that never answers) does not keep the process: it ends after a grace period.
  const grace = setTimeout(() => {
    ctx.err(ctx.t('register:cli.stopForced'));
    process.exit(1);
  }, STOP_GRACE_MS);
  grace.unref();
  await loop.stop();
  await opened.close();
  clearTimeout(grace);
  return 0;
}

const STOP_GRACE_MS = 15_000;

export function describeStatus(ctx: CliContext, s: SyncStatus): string {
  const head = ctx.t(s.state === 'online' ? 'register:sync.online' : 'register:sync.offline');
  const parts = [head, ctx.t('register:sync.waiting', { count: s.waiting }), ctx.t('register:cli.entries', { count: s.entries })];
  const problems = s.problems.map((p) => ctx.t(`register:sync.problem.${p.code}`, { count: p.count ?? 1, detail: p.detail ?? '' }));
  return [parts.join(' · '), ...problems.map((p) => `  - ${p}`)].join('\n');
}
