import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { createDirectoryService } from '../../main/services/directory/directoryService';
import { checkShare, type Finding } from '../../main/services/register/sync/shareCheck';
import { initShare } from '../../main/services/register/sync/shareLayout';
import { loadConfig } from '../../main/services/config/loadConfig';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import type { CliContext } from '../context';

const abs = (p: string) => (isAbsolute(p) ? p : resolve(p));

/** `laipni share init <share>`: writes the marker and folders once; an existing share is left as it is. */
export async function runShareInit(ctx: CliContext, share: string): Promise<number> {
  try {
    const { created, marker } = await initShare(abs(share), new Date());
    ctx.out(ctx.t(created ? 'register:cli.shareCreated' : 'register:cli.shareExists', { share: abs(share), id: marker.shareId }));
    return 0;
  } catch (error) {
    ctx.err(ctx.t('register:cli.shareInitFailed', { share: abs(share), code: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return 2;
  }
}

/** `laipni share check <share> [--json]`: 0 when all is well, 1 when something was found. */
export async function runShareCheck(ctx: CliContext, share: string): Promise<number> {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const { roles, people } = await shareAuthority(ctx, abs(share));
  const report = await checkShare(abs(share), trustRootFrom(config.values.adminPublicKey), roles, people);
  if (ctx.flags.json) {
    ctx.out(JSON.stringify(report, null, 2));
    return report.available && report.problems === 0 ? 0 : 1;
  }
  const { t } = ctx;
  if (!report.available) {
    ctx.err(t('register:cli.shareUnavailable', { share: report.share }));
    return 1;
  }
  ctx.out(t('register:cli.checkSummary', { desks: report.desks.length, events: report.events, entries: report.entries }));
  for (const d of report.desks) ctx.out(`  ${t('register:cli.checkDesk', { ...d, deskCode: d.deskCode ?? '—' })}`);
  if (!report.signaturesChecked) ctx.out(`  - ${t('register:cli.finding.unprotected')}`);
  for (const f of report.findings) (f.problem ? ctx.err : ctx.out)(`  - ${describe(ctx, f)}`);
  if (!report.reviewersChecked && report.entries > 0) ctx.out(`  - ${t('register:cli.reviewersUnchecked')}`);
  if (report.problems === 0) {
    ctx.out(t('register:cli.checkOk'));
    return 0;
  }
  ctx.err(t('register:cli.checkProblems', { count: report.problems }));
  return 1;
}

/**
 * Roles from the directory published on the share (with `--data`, that desk's last good copy
 * when the share has none), by which each event's author is checked.
 */
async function shareAuthority(ctx: CliContext, share: string) {
  const own = typeof ctx.flags.data === 'string' ? abs(ctx.flags.data) : null;
  const scratch = own ? null : await mkdtemp(join(tmpdir(), 'laipni-check-'));
  try {
    const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
    const directory = createDirectoryService({ shareFolder: share, dataFolder: own ?? scratch!, trust: trustRootFrom(config.values.adminPublicKey) });
    await directory.ready();
    await directory.reload();
    const current = directory.current();
    // Entries are checked for a reviewer against the same trusted directory, when there is one.
    return { roles: directory.authority(), people: current.source === 'none' ? null : current.data.people };
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

const describe = (ctx: CliContext, f: Finding) =>
  ctx.t(`register:cli.finding.${f.code}`, { file: f.file ?? '', desk: f.deskId ?? '', count: f.count ?? 1, detail: f.detail ?? '' });
