import { deadlinesFor, type DeadlineRule, type DeadlineRules, type Deadlines } from './deadlines';
import { rigaDate } from '../calendar/dates';
import type { CreateFields, RegisterInputParsed } from './record';
import { concernedOf, resolveEmployee, route, type Routing, type RoutingOptions, type RoutingPerson } from './routing';
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

export type PreviewInput = Pick<RegisterInputParsed, 'kind' | 'subject'> & { employee?: RegisterInputParsed['employee'] };

/** `people` is the staff directory: who the entry is about decides its route as much as the subject. */
export function previewRegistration(input: PreviewInput, atMs: number, rules: RegistrationRules, people: readonly RoutingPerson[] = []): RegistrationPreview {
  const registeredOn = rigaDate(atMs);
  return {
    routing: route({ kind: input.kind, subject: input.subject, concerned: concernedOf(input.employee ?? null, people) }, rules.routing),
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
  people: readonly RoutingPerson[] = [],
): CreateFields {
  const preview = previewRegistration(input, at.ms, rules, people);
  return {
    number: at.number,
    institution: at.institution,
    deskCode: at.deskCode,
    kind: input.kind,
    channel: input.channel,
    subject: input.subject,
    // A typed name that is one directory person's is stored as that person, so the entry is kept from them.
    employee: resolveEmployee(input.employee, people),
    description: input.description,
    client: input.client,
    routedTo: preview.routing.to,
    routeRule: preview.routing.rule,
    dueDate: preview.deadlines.answer,
    registeredAt: new Date(at.ms).toISOString(),
    registeredBy: at.author,
  };
}
