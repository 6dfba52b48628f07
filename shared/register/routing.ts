import type { Kind, Reviewer, Subject } from './codes';

/**
 * §11 of the rules: who reviews an entry, decided when it is saved. Each outcome carries the
 * rule it came from, which doubles as the i18n key of the reason shown to the employee.
 */
export type RouteRule = '11.1' | '11.2' | '11.3' | 'default' | 'institution';

export interface Routing {
  to: Reviewer;
  rule: RouteRule;
  /** §12: the head must record that the ethics commission was informed. */
  informEthicsCommission: boolean;
}

/** An institution's configuration may send entries outside 11.1–11.3 to another reviewer. */
export interface RoutingOptions {
  otherwiseTo?: Reviewer;
}

export function route(entry: { kind: Kind; subject: Subject }, options: RoutingOptions = {}): Routing {
  if (entry.kind === 'complaint') {
    if (entry.subject === 'ethics') return { to: 'ethics_commission', rule: '11.3', informEthicsCommission: false };
    if (entry.subject === 'head_conduct') return { to: 'executive_director', rule: '11.2', informEthicsCommission: true };
    if (entry.subject === 'employee_conduct') return { to: 'head', rule: '11.1', informEthicsCommission: true };
  }
  if (options.otherwiseTo && options.otherwiseTo !== 'head') {
    return { to: options.otherwiseTo, rule: 'institution', informEthicsCommission: false };
  }
  return { to: 'head', rule: 'default', informEthicsCommission: false };
}

export interface EthicsStep {
  required: boolean;
  /** When the head recorded informing the commission, or null while it is still to do. */
  doneAt: string | null;
}

/** §12 for a saved entry: required for complaints under 11.1 and 11.2, done once recorded. */
export function ethicsStep(entry: { routeRule: RouteRule; ethicsInformedAt: string | null }): EthicsStep {
  const required = entry.routeRule === '11.1' || entry.routeRule === '11.2';
  return { required, doneAt: required ? entry.ethicsInformedAt : null };
}
