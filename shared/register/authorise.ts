import type { RegisterEvent } from './event';
import type { RegisterEntry } from './record';
import { sameAccount, type Role } from '../identity/identity';
import { canReview, registeredByViewer, type Viewer } from '../review/visibility';

/**
 * Who may make which change to the register (shared/register/README.md, "Authorised events").
 * Every event read from the share passes this before the fold applies it, with roles from the
 * staff directory; the app and the command line check the same rule before they write, so
 * nothing a desk saves is refused by its peers.
 *
 * - `create`: a person holding `desk_staff`, recorded as the entry's registrant;
 * - `note`: the desk staff member who registered the entry, or a reviewer who may review it;
 * - `set` (status, reply, route, deadline, anonymising) and `void`: only a reviewer who may
 *   review the entry as it stands (§11 routing, shared/review/visibility.ts);
 * - nobody replaces an entry's `create`: a second one for the same entry is refused, and an
 *   entry id names the desk that made it (`<deskId>_<random>`), so a create from any other desk
 *   is refused in whatever order the two arrive (ids made before this rule carry no desk).
 *
 * The author is the event's `by`: a directory person id or an OS account, the account compared
 * whole, domain included (`EVILPC\juris.ozols` is not `RNP\juris.ozols`).
 */
export interface AuthorityPerson {
  id: string;
  accounts: readonly string[];
  institution: string | null;
  roles: readonly Role[];
}

export const REFUSALS = [
  'unknown_author',
  'not_desk_staff',
  'not_registrant',
  'not_reviewer',
  'create_replaced',
  'not_creator_desk',
  'forged_registrant',
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** The desk an entry id names, or null for ids made before entries named their desk. */
export function creatorDesk(rec: string): string | null {
  const m = /^([a-z0-9-]{1,40})_[A-Za-z0-9_-]{12}$/.exec(rec);
  return m ? m[1]! : null;
}

export interface Authority {
  /** The person an event's `by` names: by person id, or by one of their accounts. */
  person(by: string): AuthorityPerson | null;
}

export function authorityOf(people: readonly AuthorityPerson[]): Authority {
  const byId = new Map(people.map((p) => [p.id, p]));
  return {
    person: (by) => byId.get(by) ?? people.find((p) => p.accounts.some((a) => sameAccount(a, by))) ?? null,
  };
}

const viewerOf = (p: AuthorityPerson, by: string): Viewer => ({
  // The account the event names, else the person's first: registrant checks compare either.
  account: p.accounts.find((a) => sameAccount(a, by)) ?? p.accounts[0] ?? '',
  personId: p.id,
  institution: p.institution,
  roles: [...p.roles],
});

/**
 * Why an event may not change the register, or null when it may. `current` is the entry as
 * folded so far (null before its create has arrived; an edit then waits for it).
 */
export function refusalOf(e: RegisterEvent, current: RegisterEntry | null, authority: Authority): Refusal | null {
  const author = authority.person(e.by);
  if (!author) return 'unknown_author';
  const me = viewerOf(author, e.by);
  if (e.op === 'create') {
    const creator = creatorDesk(e.rec);
    if (creator !== null && creator !== e.desk) return 'not_creator_desk';
    if (current) return 'create_replaced';
    if (!me.roles.includes('desk_staff')) return 'not_desk_staff';
    if (e.f.registeredBy !== e.by) return 'forged_registrant';
    return null;
  }
  if (!current) return null;
  if (canReview(me, current)) return null;
  if (e.op === 'note') return me.roles.includes('desk_staff') && registeredByViewer(current, me) ? null : 'not_registrant';
  return 'not_reviewer';
}

/**
 * The same rule for the desk's own saves, checked before anything is written: with a directory
 * published only desk staff register entries; before the first one, anyone at the desk may.
 */
export function registerRefusal(roles: readonly Role[], authority: Authority | null): Refusal | null {
  return authority === null || roles.includes('desk_staff') ? null : 'not_desk_staff';
}
