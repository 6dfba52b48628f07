import type { RegisterEntry } from '../register/record';
import { sameAccount, type Identity, type Role } from '../identity/identity';

/**
 * Who may open which register entry (§4.6, §11; shared/register/README.md). Enforced in
 * main for every request; the renderer only ever receives what this allows.
 */
export type Viewer = Pick<Identity, 'account' | 'personId' | 'institution' | 'roles'>;
export type Seen = Pick<RegisterEntry, 'institution' | 'subject' | 'routedTo' | 'employee' | 'registeredBy'>;

/** Ethics entries reach only the ethics commission, whoever they were routed to later. */
const isEthics = (e: Seen) => e.subject === 'ethics' || e.routedTo === 'ethics_commission';
/** Complaints about a head go to the executive director (§11.2); no head sees them. */
const isAboutHeads = (e: Seen) => e.subject === 'head_conduct' || e.routedTo === 'executive_director';
/** Entries about the executive director, where the municipality sends them to the council chair. */
const isForCouncilChair = (e: Seen) => e.routedTo === 'council_chair';
const isAbout = (e: Seen, v: Viewer) => v.personId !== null && e.employee?.personId === v.personId;

const sameInstitution = (e: Seen, v: Viewer) => v.institution !== null && e.institution === v.institution;

/** The desk staff member who registered it, by directory person or by OS account. */
export const registeredByViewer = (e: Seen, v: Viewer): boolean =>
  (v.personId !== null && e.registeredBy === v.personId) || sameAccount(e.registeredBy, v.account);

export function canSee(v: Viewer, e: Seen): boolean {
  if (isAbout(e, v)) return false;
  for (const role of v.roles) {
    if (role === 'head' && sameInstitution(e, v) && !isEthics(e) && !isAboutHeads(e) && !isForCouncilChair(e)) return true;
    if (role === 'executive_director' && isAboutHeads(e) && !isEthics(e)) return true;
    if (role === 'ethics_commission' && sameInstitution(e, v) && isEthics(e)) return true;
    if (role === 'council_chair' && isForCouncilChair(e) && !isEthics(e)) return true;
    if (role === 'desk_staff' && registeredByViewer(e, v)) return true;
  }
  return false;
}

const REVIEWER_ROLES: ReadonlySet<string> = new Set(['head', 'executive_director', 'ethics_commission', 'council_chair']);

/** Reviewing (status, reply, notes, letters) is for the reviewer roles that may see the entry. */
export function canReview(v: Viewer, e: Seen): boolean {
  const reviewer: Viewer = { ...v, roles: v.roles.filter((r) => REVIEWER_ROLES.has(r)) };
  return reviewer.roles.length > 0 && canSee(reviewer, e);
}

export const isReviewer = (v: Viewer): boolean => v.roles.some((r) => REVIEWER_ROLES.has(r));

/** A directory person as far as visibility cares. */
export interface ReviewerCandidate {
  id: string;
  accounts: readonly string[];
  institutionCode: string;
  roles: readonly Role[];
}

/**
 * The directory people who may review the entry: none means nobody will ever answer it. Checked
 * for the whole register by `laipni share check` and before a re-routing is saved.
 */
export function reviewersOf<P extends ReviewerCandidate>(people: readonly P[], e: Seen): P[] {
  return people.filter((p) => canReview({ account: p.accounts[0] ?? p.id, personId: p.id, institution: p.institutionCode, roles: [...p.roles] }, e));
}

export function visibleTo<T extends Seen>(v: Viewer, entries: readonly T[]): T[] {
  return entries.filter((e) => canSee(v, e));
}

/**
 * Ethics entries and entries about heads or the director are confidential to their reviewers:
 * the clerk who registered one keeps its number and status, never its notes, reply or history.
 */
export const registrantSeesOutcomeOnly = (v: Viewer, e: Seen): boolean => !canReview(v, e) && (isEthics(e) || isAboutHeads(e) || isForCouncilChair(e));

/** The entry as this viewer may receive it: the reviewers' working parts left out where they must be. */
export function shownTo<T extends Seen & Pick<RegisterEntry, 'notes' | 'reply' | 'statusReason' | 'routeReason'>>(v: Viewer, e: T): T {
  return registrantSeesOutcomeOnly(v, e) ? { ...e, notes: [], reply: null, statusReason: null, routeReason: null } : e;
}
