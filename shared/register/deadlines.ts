import { z } from 'zod';
import { KINDS, type Kind } from './codes';
import { addMonths, isIsoDate } from '../calendar/dates';
import type { WorkCalendar } from '../calendar/workingDays';

/**
 * Deadlines are data: per kind, the answer term (working days, or months under the older law),
 * how far an answer may be extended (in months from receipt), and the working days to forward
 * a submission outside the institution's competence. The rule table has effective dates: an
 * entry keeps the rule in force on the day it was received.
 */
export const deadlineRuleSchema = z
  .object({
    answerWorkingDays: z.number().int().min(1).max(120).optional(),
    answerMonths: z.number().int().min(1).max(12).optional(),
    extensionMonths: z.number().int().min(0).max(12),
    forwardWorkingDays: z.number().int().min(1).max(60),
  })
  .refine((r) => (r.answerWorkingDays === undefined) !== (r.answerMonths === undefined), 'answerWorkingDays or answerMonths, one of them');
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export const deadlineRulesSchema = z.record(z.enum(KINDS), deadlineRuleSchema);
export type DeadlineRules = Record<Kind, DeadlineRule>;

const isoDate = z.string().refine(isIsoDate, 'date');
/** One row of the table: the rules for entries received on or after `from` (null: from the start). */
export const deadlinePeriodSchema = z.object({ from: isoDate.nullable(), source: z.string().trim().min(1).max(300), rules: deadlineRulesSchema });
export type DeadlinePeriod = z.infer<typeof deadlinePeriodSchema>;

const allKinds = (rule: DeadlineRule): DeadlineRules => Object.fromEntries(KINDS.map((k) => [k, rule])) as DeadlineRules;

/** The Law on Submissions as in force from 1 March 2026: 10 working days, extendable to one month, forwarding within 5. */
export const LAW_2026_FROM = '2026-03-01';
export const LAW_2026_SOURCE = 'Iesniegumu likums, redakcija no 2026. gada 1. marta';
export const DEFAULT_DEADLINE_RULES: DeadlineRules = allKinds({ answerWorkingDays: 10, extensionMonths: 1, forwardWorkingDays: 5 });

/** The same law before 1 March 2026: one month, extendable to four months with notice, forwarding within 7 working days. */
export const LAW_BEFORE_2026: DeadlinePeriod = {
  from: null,
  source: 'Iesniegumu likums, redakcija līdz 2026. gada 28. februārim',
  rules: allKinds({ answerMonths: 1, extensionMonths: 4, forwardWorkingDays: 7 }),
};

export const DEFAULT_DEADLINE_TABLE: DeadlinePeriod[] = [LAW_BEFORE_2026, { from: LAW_2026_FROM, source: LAW_2026_SOURCE, rules: DEFAULT_DEADLINE_RULES }];

/** The period in force on the day of receipt: the latest one that had started by then. */
export function periodFor(table: readonly DeadlinePeriod[], receivedOn: string): DeadlinePeriod {
  let found = table[0]!;
  for (const p of table) if (p.from === null || p.from <= receivedOn) if (found.from === null || (p.from !== null && p.from >= found.from)) found = p;
  return found;
}

export interface Deadlines {
  /** Answer due: the rule's working days after the day of receipt, or its months (a day off moves it on). */
  answer: string;
  /** The latest an extended answer may be due; a day off moves it to the next working day. */
  extendedLimit: string;
  /** Forward to the competent body (or tell the client where to go) by this day. */
  forward: string;
}

export function deadlinesFor(kind: Kind, receivedOn: string, rules: DeadlineRules, calendar: WorkCalendar): Deadlines {
  const rule = rules[kind];
  return {
    answer:
      rule.answerWorkingDays !== undefined
        ? calendar.addWorkingDays(receivedOn, rule.answerWorkingDays)
        : calendar.nextWorkingDay(addMonths(receivedOn, rule.answerMonths!)),
    extendedLimit: calendar.nextWorkingDay(addMonths(receivedOn, rule.extensionMonths)),
    forward: calendar.addWorkingDays(receivedOn, rule.forwardWorkingDays),
  };
}

/** Deadlines by the table: the rule in force on the day of receipt, and where it comes from. */
export function deadlinesByTable(
  kind: Kind,
  receivedOn: string,
  table: readonly DeadlinePeriod[],
  calendar: WorkCalendar,
): Deadlines & { rule: DeadlineRule; source: string } {
  const period = periodFor(table, receivedOn);
  return { ...deadlinesFor(kind, receivedOn, period.rules, calendar), rule: period.rules[kind], source: period.source };
}
