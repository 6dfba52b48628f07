import { deadlinesByTable, type DeadlinePeriod, type DeadlineRule, type Deadlines } from './deadlines';
import { addDays, rigaDate } from '../calendar/dates';
import type { CreateFields, Employee, RegisterInputParsed } from './record';
import { concernedOf, resolveEmployee, route, type Routing, type RoutingOptions, type RoutingPerson } from './routing';
import type { WorkCalendar } from '../calendar/workingDays';
import type { Subject } from './codes';
import type { Gender, Person } from '../directory/person';
import { reviewersOf, type ReviewerCandidate } from '../review/visibility';

/** How far back a day of receipt may go: a letter found late, not a year-old typing slip. */
export const RECEIVED_ON_MAX_DAYS_BACK = 366;

export type ReceivedOnProblem = 'future' | 'too_old';

/** Why a day of receipt cannot be right on the day of registration, or null when it can. */
export function receivedOnProblem(receivedOn: string, registeredOn: string): ReceivedOnProblem | null {
  if (receivedOn > registeredOn) return 'future';
  if (receivedOn < addDays(registeredOn, -RECEIVED_ON_MAX_DAYS_BACK)) return 'too_old';
  return null;
}

/** What the registering employee sees before saving: where the entry goes, why, and by when. */
export interface RegistrationPreview {
  routing: Routing;
  /** The rule the deadlines came from, so the form can say "10 working days", and its legal source. */
  rule: DeadlineRule;
  source: string;
  registeredOn: string;
  /** The day deadlines count from: the day of receipt, today when not given. */
  receivedOn: string;
  receivedOnProblem: ReceivedOnProblem | null;
  deadlines: Deadlines;
  /**
   * The directory people who will review it, by name and position (main adds them: it knows the
   * institution and who is registering); null when no directory is published to tell.
   */
  reviewers?: NamedReviewer[] | null;
}

export interface NamedReviewer {
  id: string;
  name: string;
  surname: string;
  position: string;
  /** The person's grammatical gender and position translations, so the routing box words the position right. */
  gender?: Gender;
  positionTranslations?: Person['positionTranslations'];
}

/** A directory person as naming the reviewers needs them. */
export type ReviewerPerson = RoutingPerson & ReviewerCandidate & Pick<Person, 'position'> & Partial<Pick<Person, 'gender' | 'positionTranslations'>>;

/**
 * Who, by name, may review an entry routed as previewed: the same rule the review inbox applies
 * (institution, role, never the person it is about), so the name shown is the one who gets it.
 */
export function namedReviewers(
  preview: Pick<RegistrationPreview, 'routing'>,
  entry: { institution: string; subject: Subject; employee: Employee | null; registeredBy: string },
  people: readonly ReviewerPerson[],
): NamedReviewer[] | null {
  if (people.length === 0) return null;
  const employee = resolveEmployee(entry.employee, people);
  return reviewersOf(people, { ...entry, employee, routedTo: preview.routing.to }).map((p) => ({
    id: p.id,
    name: p.name,
    surname: p.surname,
    position: p.position,
    ...(p.gender ? { gender: p.gender } : {}),
    ...(p.positionTranslations ? { positionTranslations: p.positionTranslations } : {}),
  }));
}

export interface RegistrationRules {
  /** The deadline rule table with its effective dates. */
  deadlines: DeadlinePeriod[];
  calendar: WorkCalendar;
  routing: RoutingOptions;
}

export type PreviewInput = Pick<RegisterInputParsed, 'kind' | 'subject'> & { employee?: RegisterInputParsed['employee']; receivedOn?: string | undefined };

/** `people` is the staff directory: who the entry is about decides its route as much as the subject. */
export function previewRegistration(input: PreviewInput, atMs: number, rules: RegistrationRules, people: readonly RoutingPerson[] = []): RegistrationPreview {
  const registeredOn = rigaDate(atMs);
  const receivedOn = input.receivedOn ?? registeredOn;
  const { rule, source, ...deadlines } = deadlinesByTable(input.kind, receivedOn, rules.deadlines, rules.calendar);
  return {
    routing: route({ kind: input.kind, subject: input.subject, concerned: concernedOf(input.employee ?? null, people) }, rules.routing),
    rule,
    source,
    registeredOn,
    receivedOn,
    receivedOnProblem: receivedOnProblem(receivedOn, registeredOn),
    deadlines,
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
    receivedOn: preview.receivedOn,
    forwardDue: preview.deadlines.forward,
  };
}
