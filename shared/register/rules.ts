import { z } from 'zod';
import { reviewerSchema } from './codes';
import {
  DEFAULT_DEADLINE_RULES,
  deadlinePeriodSchema,
  deadlineRulesSchema,
  LAW_2026_FROM,
  LAW_2026_SOURCE,
  LAW_BEFORE_2026,
  type DeadlinePeriod,
} from './deadlines';
import { isIsoDate } from '../calendar/dates';
import { holidayCalendarSchema, LATVIAN_HOLIDAYS } from '../calendar/holidays';
import type { RegistrationRules } from './registration';
import { DIRECTOR_ROUTES, ETHICS_STEP_SCOPES } from './routing';
import { letterheadSchema } from '../review/letters';
import { workCalendar } from '../calendar/workingDays';

/**
 * The register's rules as an admin publishes them to the share (`config/register-rules.json`):
 * deadline rule table, holiday calendar, where entries outside §11.1–11.3 go, where entries
 * about the executive director go, which complaints need the §12 ethics step, and each
 * institution's letterhead (by institution code) for letters to clients. `deadlines`
 * applies to entries received from `deadlinesFrom` on (by `deadlinesSource`); entries received
 * earlier keep the rules of `earlierDeadlines`, the older law by default. Every desk
 * works from the last good copy; without one, the defaults of the law apply.
 */
export const REGISTER_RULES_PATH = 'config/register-rules.json';

export const registerRulesSchema = z.object({
  deadlines: deadlineRulesSchema,
  deadlinesFrom: z.string().refine(isIsoDate, 'date').default(LAW_2026_FROM),
  deadlinesSource: z.string().trim().min(1).max(300).default(LAW_2026_SOURCE),
  earlierDeadlines: z.array(deadlinePeriodSchema).default([LAW_BEFORE_2026]),
  holidays: holidayCalendarSchema,
  routing: z
    .object({
      otherwiseTo: reviewerSchema.optional(),
      aboutExecutiveDirector: z.enum(DIRECTOR_ROUTES).optional(),
      ethicsStep: z.enum(ETHICS_STEP_SCOPES).optional(),
    })
    .strict(),
  letterheads: z.record(z.string().regex(/^[A-Z]{2,8}$/), letterheadSchema).default({}),
});
export type RegisterRules = z.infer<typeof registerRulesSchema>;

export const DEFAULT_REGISTER_RULES: RegisterRules = {
  deadlines: DEFAULT_DEADLINE_RULES,
  deadlinesFrom: LAW_2026_FROM,
  deadlinesSource: LAW_2026_SOURCE,
  earlierDeadlines: [LAW_BEFORE_2026],
  holidays: LATVIAN_HOLIDAYS,
  routing: {},
  letterheads: {},
};

/** The rule table with its effective dates, earliest first. */
export const deadlineTableOf = (rules: RegisterRules): DeadlinePeriod[] => [
  ...rules.earlierDeadlines.filter((p) => p.from === null || p.from < rules.deadlinesFrom),
  { from: rules.deadlinesFrom, source: rules.deadlinesSource, rules: rules.deadlines },
];

export const registrationRulesFrom = (rules: RegisterRules): RegistrationRules => ({
  deadlines: deadlineTableOf(rules),
  calendar: workCalendar(rules.holidays),
  routing: rules.routing,
});
