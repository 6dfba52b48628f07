import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { createDirectoryService } from '../../main/services/directory/directoryService';
import { checkShare, type Finding } from '../../main/services/register/sync/shareCheck';
import { initShare } from '../../main/services/register/sync/shareLayout';
import { loadConfig } from '../../main/services/config/loadConfig';
import { compareVersions, isVersion, requiredVersionDocument, writeVerdict, type WriteVerdict } from '../../main/services/register/sync/requiredVersion';
import { readMarker } from '../../main/services/register/sync/shareLayout';
import { trustRootFrom } from '../../main/services/trust/trustRoot';
import { adminKey } from './admin';
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
  const trust = trustRootFrom(config.values.adminPublicKey);
  const report = await checkShare(abs(share), trust, roles, people);
  const verdict = await verdictFor(ctx, abs(share), trust);
  if (ctx.flags.json) {
    ctx.out(JSON.stringify({ ...report, writing: verdict }, null, 2));
    return report.available && report.problems === 0 && verdict.mayWrite ? 0 : 1;
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
  ctx.out(`  - ${t('register:cli.requiredVersion', { required: verdict.required, version: verdict.version })}`);
  if (verdict.problem) ctx.err(`  - ${t('register:cli.requiredVersionRefused', { detail: verdict.problem })}`);
  if (!verdict.mayWrite) ctx.err(`  - ${outdatedText(ctx, verdict)}`);
  const problems = report.problems + (verdict.mayWrite ? 0 : 1);
  if (problems === 0) {
    ctx.out(t('register:cli.checkOk'));
    return 0;
  }
  ctx.err(t('register:cli.checkProblems', { count: problems }));
  return 1;
}

/** What this program may do on the share, judged from a scratch folder (or the desk's own with `--data`). */
async function verdictFor(ctx: CliContext, share: string, trust: ReturnType<typeof trustRootFrom>): Promise<WriteVerdict> {
  const own = typeof ctx.flags.data === 'string' ? abs(ctx.flags.data) : null;
  const scratch = own ? null : await mkdtemp(join(tmpdir(), 'laipni-check-'));
  try {
    return await writeVerdict(share, own ?? scratch!, trust, ctx.version);
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}

/** The plain words for a desk that may not write: for staff and for IT. */
export function outdatedText(ctx: CliContext, v: WriteVerdict): string {
  return v.unknownFormat !== null
    ? ctx.t('register:cli.newerFormat', { version: v.version, format: v.unknownFormat })
    : ctx.t('register:cli.outdated', { version: v.version, required: v.required });
}

/**
 * `laipni share require-version <version> --share <share> [--key <file>]`: from now on only
 * this version or newer writes to the share. Signed with the admin key where one is pinned;
 * never lowered (older desks would write again what newer ones may have changed).
 */
export async function runRequireVersion(ctx: CliContext, version: string): Promise<number> {
  const share = typeof ctx.flags.share === 'string' ? abs(ctx.flags.share) : null;
  if (!share) {
    ctx.err(ctx.t('register:cli.needShare'));
    return 2;
  }
  if (!isVersion(version)) {
    ctx.err(ctx.t('register:cli.requireBadVersion', { version }));
    return 2;
  }
  if (!(await readMarker(share))) {
    ctx.err(ctx.t('register:cli.shareUnavailable', { share }));
    return 1;
  }
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const trust = trustRootFrom(config.values.adminPublicKey);
  let keys = null;
  if (trust || typeof ctx.flags.key === 'string') {
    keys = await adminKey(ctx);
    if (!keys) return 2;
  }
  const scratch = await mkdtemp(join(tmpdir(), 'laipni-require-'));
  try {
    const doc = requiredVersionDocument(share, scratch, trust);
    const current = await doc.load();
    if (current.source === 'share' && compareVersions(version, current.data.minimumVersion) < 0) {
      ctx.err(ctx.t('register:cli.requireLower', { version, current: current.data.minimumVersion }));
      return 2;
    }
    await doc.publish({ minimumVersion: version }, undefined, keys ?? undefined);
    ctx.out(ctx.t('register:cli.requireSet', { version }));
    if (compareVersions(ctx.version, version) < 0) ctx.out(ctx.t('register:cli.requireAboveOwn', { version: ctx.version }));
    return 0;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Roles from the directory published on the share (with `--data`, that desk's last good copy
 * when the share has none), by which each event's author is checked.
 */
export async function shareAuthority(ctx: CliContext, share: string) {
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
