/**
 * Who is at the computer: the operating-system account, matched to a person in the staff
 * directory, whose roles decide what they see (shared/review/visibility.ts).
 */
export const ROLES = ['desk_staff', 'head', 'executive_director', 'ethics_commission', 'council_chair', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Identity {
  /** The OS account as the system reports it, e.g. `RNP\\anna.berzina` or `anna`. */
  account: string;
  /** The directory person matched to the account, or null when none matches. */
  personId: string | null;
  displayName: string | null;
  institution: string | null;
  roles: Role[];
}

/**
 * Accounts are compared whole, domain included: `RNP\\juris.ozols` is not `EVILPC\\juris.ozols`,
 * nor the bare `juris.ozols` of some other computer. Only letter case is ignored, as Windows
 * ignores it in account names.
 */
export function accountKey(account: string): string {
  return account.trim().toLowerCase();
}

export function sameAccount(a: string, b: string): boolean {
  return accountKey(a) === accountKey(b);
}

export const hasRole = (identity: Identity, role: Role): boolean => identity.roles.includes(role);
