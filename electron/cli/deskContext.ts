import { isAbsolute, resolve } from 'node:path';
import { registrationRulesFrom } from '../../shared/register/rules';
import { loadConfig } from '../main/services/config/loadConfig';
import { createDirectoryService } from '../main/services/directory/directoryService';
import { openRegister, type OpenedRegister } from '../main/services/register/openRegister';
import { loadRegisterRules } from '../main/services/register/registerRules';
import { DeskBusyError } from '../main/services/register/deskLock';
import { testableWall } from '../main/services/register/wallClock';
import { writeVerdict, type WriteVerdict } from '../main/services/register/sync/requiredVersion';
import { trustRootFrom } from '../main/services/trust/trustRoot';
import { outdatedText } from './commands/share';
import { openDeskPrivacy } from '../main/services/privacy';
import type { CliContext } from './context';

export interface DeskArgs {
  dataDir: string;
  share: string | null;
  institution: string;
  deskCode: string;
  wall: () => number;
}

/**
 * The desk a register command acts as: its local state in `--data`, the share in `--share`
 * (or the configured shared folder), institution and desk code from the configuration
 * (`--institution`, `--desk`, environment or machine file). Null after telling what is missing.
 */
export async function deskArgs(ctx: CliContext, needShare: boolean): Promise<DeskArgs | null> {
  const data = ctx.flags.data;
  if (typeof data !== 'string' || !data) {
    ctx.err(ctx.t('register:cli.needData'));
    return null;
  }
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const shareFlag = typeof ctx.flags.share === 'string' ? ctx.flags.share : config.values.shareFolder;
  if (needShare && !shareFlag) {
    ctx.err(ctx.t('register:cli.needShare'));
    return null;
  }
  const { institution, desk } = config.values;
  if (!institution || !desk) {
    ctx.err(ctx.t('register:cli.needDesk'));
    return null;
  }
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(p));
  return { dataDir: abs(data), share: shareFlag ? abs(shareFlag) : null, institution, deskCode: desk, wall: testableWall(ctx.env) };
}

/**
 * Opens the desk's register with the rules and staff directory published on the share (or the last good copies);
 * null, after saying so, while another process (the app, another command) has it open.
 */
export async function openDeskRegister(ctx: CliContext, args: DeskArgs): Promise<OpenedRegister | null> {
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  const trust = trustRootFrom(config.values.adminPublicKey);
  const rules = registrationRulesFrom((await loadRegisterRules(args.share, args.dataDir, trust)).data);
  // Events from the share are judged by the same directory the app reads (share, else this desk's copy).
  const directory = createDirectoryService({ shareFolder: args.share, dataFolder: args.dataDir, trust });
  await directory.ready();
  // With a pinned admin key, personal fields are sealed for their audience (services/privacy/).
  const privacy = await openDeskPrivacy({ dataDir: args.dataDir, share: args.share, trust, now: () => new Date(args.wall()) });
  try {
    return await openRegister({
      privacy,
      dataDir: args.dataDir,
      institution: args.institution,
      deskCode: args.deskCode,
      rules,
      wall: args.wall,
      authority: () => directory.authority(),
    });
  } catch (error) {
    if (!(error instanceof DeskBusyError)) throw error;
    ctx.err(ctx.t('register:cli.deskBusy', { pid: error.pid }));
    return null;
  }
}

/** What the share lets this program do: its required version and format. */
export async function deskVerdict(ctx: CliContext, args: DeskArgs): Promise<WriteVerdict> {
  // Without the share at hand, the requirement this desk last saw (its cached copy) still holds.
  const config = await loadConfig({ env: ctx.env, argv: ctx.argv, platform: process.platform });
  return writeVerdict(args.share, args.dataDir, trustRootFrom(config.values.adminPublicKey), ctx.version);
}

/**
 * False, after saying why in plain words, when this program is older than the share requires:
 * it may read and sync in, but writes nothing an up-to-date desk could misread.
 */
export async function mayWrite(ctx: CliContext, args: DeskArgs): Promise<boolean> {
  const verdict = await deskVerdict(ctx, args);
  if (verdict.mayWrite) return true;
  ctx.err(outdatedText(ctx, verdict));
  return false;
}
