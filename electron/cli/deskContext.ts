import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_DEADLINE_RULES } from '../../shared/register/deadlines';
import { LATVIAN_HOLIDAYS } from '../../shared/register/holidays';
import { workCalendar } from '../../shared/register/workingDays';
import { loadConfig } from '../main/services/config/loadConfig';
import { openRegister, type OpenedRegister } from '../main/services/register/openRegister';
import { testableWall } from '../main/services/register/wallClock';
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

export const registrationRules = () => ({ deadlines: DEFAULT_DEADLINE_RULES, calendar: workCalendar(LATVIAN_HOLIDAYS), routing: {} });

export function openDeskRegister(args: DeskArgs): Promise<OpenedRegister> {
  return openRegister({ dataDir: args.dataDir, institution: args.institution, deskCode: args.deskCode, rules: registrationRules(), wall: args.wall });
}
