import { z } from 'zod';
import { reviewerSchema } from './codes';
import { DEFAULT_DEADLINE_RULES, deadlineRulesSchema } from './deadlines';
import { holidayCalendarSchema, LATVIAN_HOLIDAYS } from '../calendar/holidays';
import type { RegistrationRules } from './registration';
import { DIRECTOR_ROUTES, ETHICS_STEP_SCOPES } from './routing';
import { workCalendar } from '../calendar/workingDays';

/**
 * The register's rules as an admin publishes them to the share (`config/register-rules.json`):
 * deadline rule table, holiday calendar, where entries outside §11.1–11.3 go, where entries
 * about the executive director go, and which complaints need the §12 ethics step. Every desk
 * works from the last good copy; without one, the defaults of the law apply.
 */
export const REGISTER_RULES_PATH = 'config/register-rules.json';

export const registerRulesSchema = z.object({
  deadlines: deadlineRulesSchema,
  holidays: holidayCalendarSchema,
  routing: z
    .object({
      otherwiseTo: reviewerSchema.optional(),
      aboutExecutiveDirector: z.enum(DIRECTOR_ROUTES).optional(),
      ethicsStep: z.enum(ETHICS_STEP_SCOPES).optional(),
    })
    .strict(),
});
export type RegisterRules = z.infer<typeof registerRulesSchema>;

export const DEFAULT_REGISTER_RULES: RegisterRules = { deadlines: DEFAULT_DEADLINE_RULES, holidays: LATVIAN_HOLIDAYS, routing: {} };

export const registrationRulesFrom = (rules: RegisterRules): RegistrationRules => ({
  deadlines: rules.deadlines,
  calendar: workCalendar(rules.holidays),
  routing: rules.routing,
});
