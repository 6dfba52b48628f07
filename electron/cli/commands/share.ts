import { isAbsolute, resolve } from 'node:path';
import { checkShare, type Finding } from '../../main/services/register/sync/shareCheck';
import { initShare } from '../../main/services/register/sync/shareLayout';
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
  const report = await checkShare(abs(share));
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
  for (const f of report.findings) (f.problem ? ctx.err : ctx.out)(`  - ${describe(ctx, f)}`);
  if (!report.reviewersChecked && report.entries > 0) ctx.out(`  - ${t('register:cli.reviewersUnchecked')}`);
  if (report.problems === 0) {
    ctx.out(t('register:cli.checkOk'));
    return 0;
  }
  ctx.err(t('register:cli.checkProblems', { count: report.problems }));
  return 1;
}

const describe = (ctx: CliContext, f: Finding) =>
  ctx.t(`register:cli.finding.${f.code}`, { file: f.file ?? '', desk: f.deskId ?? '', count: f.count ?? 1, detail: f.detail ?? '' });
