import { deadlinesFor, type DeadlineRule, type DeadlineRules, type Deadlines } from './deadlines';
import { rigaDate } from '../calendar/dates';
import type { CreateFields, RegisterInputParsed } from './record';
import { route, type Routing, type RoutingOptions } from './routing';
import type { WorkCalendar } from '../calendar/workingDays';

/** What the registering employee sees before saving: where the entry goes, why, and by when. */
export interface RegistrationPreview {
  routing: Routing;
  /** The rule the deadlines came from, so the form can say "10 working days". */
  rule: DeadlineRule;
  registeredOn: string;
  deadlines: Deadlines;
}

export interface RegistrationRules {
  deadlines: DeadlineRules;
  calendar: WorkCalendar;
  routing: RoutingOptions;
}

export function previewRegistration(input: Pick<RegisterInputParsed, 'kind' | 'subject'>, atMs: number, rules: RegistrationRules): RegistrationPreview {
  const registeredOn = rigaDate(atMs);
  return {
    routing: route(input, rules.routing),
    rule: rules.deadlines[input.kind],
    registeredOn,
    deadlines: deadlinesFor(input.kind, registeredOn, rules.deadlines, rules.calendar),
  };
}

/** The create event's fields: the preview's decisions, fixed at the moment of saving. */
export function createFields(
  input: RegisterInputParsed,
  at: { ms: number; number: string; institution: string; deskCode: string; author: string },
  rules: RegistrationRules,
): CreateFields {
  const preview = previewRegistration(input, at.ms, rules);
  return {
    number: at.number,
    institution: at.institution,
    deskCode: at.deskCode,
    kind: input.kind,
    channel: input.channel,
    subject: input.subject,
    employee: input.employee,
    description: input.description,
    client: input.client,
    routedTo: preview.routing.to,
    routeRule: preview.routing.rule,
    dueDate: preview.deadlines.answer,
    registeredAt: new Date(at.ms).toISOString(),
    registeredBy: at.author,
  };
}
