import type { Kind, Reviewer, Subject } from './codes';
import type { Employee } from './record';
import { fold } from '../search/text';
import type { Role } from '../identity/identity';

/**
 * §11 of the rules: who reviews an entry, decided when it is saved. Each outcome carries the
 * rule it came from, which doubles as the i18n key of the reason shown to the employee.
 */
export const ROUTE_RULES = ['11.1', '11.2', '11.3', 'default', 'institution', 'subject', 'about_head', 'about_director'] as const;
export type RouteRule = (typeof ROUTE_RULES)[number];

export interface Routing {
  to: Reviewer;
  rule: RouteRule;
  /** §12: the head must record that the ethics commission was informed. */
  informEthicsCommission: boolean;
}

/** Who may review complaints about the executive director: never the director. */
export const DIRECTOR_ROUTES = ['council_chair', 'ethics_commission'] as const;
export type DirectorRoute = (typeof DIRECTOR_ROUTES)[number];
/**
 * With nothing configured, entries about the executive director go to the institution's ethics
 * commission: every institution has one (§11.3), it is collegial, and the director is left out
 * of it like anyone an entry is about.
 */
export const DEFAULT_DIRECTOR_ROUTE: DirectorRoute = 'ethics_commission';

/** §12 scope: only conduct complaints (11.1, 11.2), or every complaint outside ethics. */
export const ETHICS_STEP_SCOPES = ['conduct', 'all_complaints'] as const;
export type EthicsStepScope = (typeof ETHICS_STEP_SCOPES)[number];
export const DEFAULT_ETHICS_STEP_SCOPE: EthicsStepScope = 'all_complaints';

/** An institution's configuration, published in the register rules. */
export interface RoutingOptions {
  /** Entries outside 11.1–11.3 go to this reviewer instead of the head. */
  otherwiseTo?: Reviewer;
  /** Entries about the executive director go here (default: the ethics commission). */
  aboutExecutiveDirector?: DirectorRoute;
  /** Which complaints the head reports to the ethics commission (§12). */
  ethicsStep?: EthicsStepScope;
}

/** A directory person as routing needs them: who they are and which roles they hold. */
export interface RoutingPerson {
  id: string;
  name: string;
  surname: string;
  roles: readonly Role[];
}

/** What the entry is about, in routing terms: the person's highest office, if any. */
export type Concerned = 'none' | 'head' | 'executive_director' | 'other';

const fullNames = (p: RoutingPerson) => [fold(`${p.name} ${p.surname}`), fold(`${p.surname} ${p.name}`)];
const squash = (s: string) =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The employee as the directory knows them: picked people keep their id; a typed name that
 * matches exactly one person's name (either order, case and diacritics ignored) takes theirs.
 */
export function resolveEmployee(employee: Employee | null, people: readonly RoutingPerson[]): Employee | null {
  if (!employee || employee.personId !== null) return employee;
  const typed = squash(employee.name);
  const matches = people.filter((p) => fullNames(p).some((n) => squash(n) === typed));
  return matches.length === 1 ? { ...employee, personId: matches[0]!.id } : employee;
}

export function concernedOf(employee: Employee | null, people: readonly RoutingPerson[]): Concerned {
  const resolved = resolveEmployee(employee, people);
  if (!resolved) return 'none';
  const person = resolved.personId === null ? undefined : people.find((p) => p.id === resolved.personId);
  if (person?.roles.includes('executive_director')) return 'executive_director';
  if (person?.roles.includes('head')) return 'head';
  return 'other';
}

function ethicsRequired(kind: Kind, rule: RouteRule, scope: EthicsStepScope): boolean {
  if (kind !== 'complaint') return false;
  if (rule === '11.1' || rule === '11.2') return true;
  return scope === 'all_complaints' && (rule === 'default' || rule === 'institution');
}

/**
 * Ethics first (§11 leaves ethics complaints to the commission whoever they are about); then
 * who the entry is about: the head's entries go to the executive director, the director's to
 * the configured route; then the subject. No route ever ends at the person it is about.
 */
export function route(entry: { kind: Kind; subject: Subject; concerned?: Concerned }, options: RoutingOptions = {}): Routing {
  const complaint = entry.kind === 'complaint';
  const concerned = entry.concerned ?? 'none';
  const scope = options.ethicsStep ?? DEFAULT_ETHICS_STEP_SCOPE;
  const done = (to: Reviewer, rule: RouteRule): Routing => ({ to, rule, informEthicsCommission: ethicsRequired(entry.kind, rule, scope) });
  if (entry.subject === 'ethics') return done('ethics_commission', complaint ? '11.3' : 'subject');
  if (concerned === 'executive_director') return done(options.aboutExecutiveDirector ?? DEFAULT_DIRECTOR_ROUTE, 'about_director');
  if (concerned === 'head' || entry.subject === 'head_conduct')
    return done('executive_director', complaint ? '11.2' : concerned === 'head' ? 'about_head' : 'subject');
  if (complaint && entry.subject === 'employee_conduct') return done('head', '11.1');
  if (options.otherwiseTo && options.otherwiseTo !== 'head') return done(options.otherwiseTo, 'institution');
  return done('head', 'default');
}

export interface EthicsStep {
  required: boolean;
  /** When the head recorded informing the commission, or null while it is still to do. */
  doneAt: string | null;
}

/** §12 for a saved entry: required as the configured scope says, done once recorded. */
export function ethicsStep(
  entry: { kind: Kind; routeRule: RouteRule; ethicsInformedAt: string | null },
  scope: EthicsStepScope = DEFAULT_ETHICS_STEP_SCOPE,
): EthicsStep {
  const required = ethicsRequired(entry.kind, entry.routeRule, scope);
  return { required, doneAt: required ? entry.ethicsInformedAt : null };
}
