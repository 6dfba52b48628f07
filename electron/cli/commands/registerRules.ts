import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calendarYear, missingDecisionYear, municipalDecision } from '../../../shared/calendar/holidays';
import { rigaDate } from '../../../shared/calendar/dates';
import { registerRulesSchema } from '../../../shared/register/rules';
import { ContractError, errorKey } from '../../../shared/contract/result';
import { loadRegisterRules, publishRegisterRules } from '../../main/services/register/registerRules';
import type { CliContext } from '../context';
import { readPublishInput } from './publishInput';
import { personAt } from '../deskPerson';
import { testableWall } from '../../main/services/register/wallClock';

/** Where a command without a desk keeps the copy a published document always leaves. */
const scratch = () => mkdtemp(join(tmpdir(), 'laipni-cli-'));

/** `laipni register rules publish <file.json> --share <share>`: deadline table, holidays, routing; admins only. */
export async function runRulesPublish(ctx: CliContext, file: string): Promise<number> {
  const input = await readPublishInput(ctx, file, registerRulesSchema, 'register:cli.rulesInvalid');
  if ('exit' in input) return input.exit;
  const { share } = input;
  const dataDir = await scratch();
  let published;
  try {
    published = await publishRegisterRules(await personAt(ctx, { share, dataDir }), share, dataDir, input.data);
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    ctx.err(ctx.t(errorKey(error.code), error.details ?? {}));
    return 1;
  }
  ctx.out(ctx.t('register:cli.rulesPublished', { at: published.publishedAt }));
  return 0;
}

/**
 * `laipni register holidays <year> [--share <share>]`: the year's days off and worked Saturdays,
 * each with its source (law, Cabinet transfer, municipality decision), to check against the
 * official list; from October it says when next year's municipality decision is missing.
 */
export async function runHolidays(ctx: CliContext, yearText: string): Promise<number> {
  const year = Number(yearText);
  if (!Number.isInteger(year) || year < 1990 || year > 2200) {
    ctx.err(ctx.t('register:cli.badYear', { year: yearText }));
    return 2;
  }
  const share = typeof ctx.flags.share === 'string' ? ctx.flags.share : null;
  const dataDir = typeof ctx.flags.data === 'string' ? ctx.flags.data : null;
  const rules = (await loadRegisterRules(share, dataDir ?? (await scratch()))).data;
  const { daysOff, workedDays } = calendarYear(year, rules.holidays);
  const days = [...daysOff.map((d) => ({ ...d, working: false })), ...workedDays.map((d) => ({ ...d, working: true }))].sort((a, b) =>
    a.date < b.date ? -1 : 1,
  );
  if (ctx.flags.json) {
    ctx.out(JSON.stringify(days, null, 2));
    return 0;
  }
  for (const d of days)
    ctx.out(
      `${d.date}  ${d.name}  (${ctx.t(d.working ? 'register:cli.workedDay' : 'register:cli.dayOff')}; ${ctx.t(`register:cli.holidaySource.${d.source}`)})`,
    );
  const decision = municipalDecision(year, rules.holidays);
  ctx.out(decision ? ctx.t('register:cli.municipalDecision', { year, decision: decision.decision }) : ctx.t('register:cli.cabinetDefault', { year }));
  const missing = missingDecisionYear(rigaDate(testableWall(ctx.env)()), rules.holidays);
  if (missing !== null) ctx.err(ctx.t('register:cli.decisionMissing', { year: missing }));
  return 0;
}
