import { z } from 'zod';
import { KINDS, type Kind } from './codes';
import { addMonths } from '../calendar/dates';
import type { WorkCalendar } from '../calendar/workingDays';

/**
 * Deadlines are data: per kind, the working days to answer, how far an answer may be
 * extended (in months from registration), and the working days to forward a submission
 * outside the institution's competence. Defaults: the law on submissions as in force from
 * 1 March 2026 — 10 working days, extendable to one month, forwarding within 5 working days.
 */
export const deadlineRuleSchema = z.object({
  answerWorkingDays: z.number().int().min(1).max(120),
  extensionMonths: z.number().int().min(0).max(12),
  forwardWorkingDays: z.number().int().min(1).max(60),
});
export type DeadlineRule = z.infer<typeof deadlineRuleSchema>;
export const deadlineRulesSchema = z.record(z.enum(KINDS), deadlineRuleSchema);
export type DeadlineRules = Record<Kind, DeadlineRule>;

const LAW_2026: DeadlineRule = { answerWorkingDays: 10, extensionMonths: 1, forwardWorkingDays: 5 };
export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  complaint: LAW_2026,
  suggestion: LAW_2026,
  idea: LAW_2026,
  praise: LAW_2026,
  question: LAW_2026,
};

export interface Deadlines {
  /** Answer due: the rule's working days after the registration day. */
  answer: string;
  /** The latest an extended answer may be due; a day off moves it to the next working day. */
  extendedLimit: string;
  /** Forward to the competent body (or tell the client where to go) by this day. */
  forward: string;
}

export function deadlinesFor(kind: Kind, registeredOn: string, rules: DeadlineRules, calendar: WorkCalendar): Deadlines {
  const rule = rules[kind];
  return {
    answer: calendar.addWorkingDays(registeredOn, rule.answerWorkingDays),
    extendedLimit: calendar.nextWorkingDay(addMonths(registeredOn, rule.extensionMonths)),
    forward: calendar.addWorkingDays(registeredOn, rule.forwardWorkingDays),
  };
}
