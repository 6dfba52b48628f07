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

/** `DOMAIN\\user`, `user@domain` and `user` all name the same account, case-insensitively. */
export function accountKeys(account: string): string[] {
  const a = account.trim().toLowerCase();
  const bare = a.includes('\\') ? a.slice(a.lastIndexOf('\\') + 1) : a.includes('@') ? a.slice(0, a.indexOf('@')) : a;
  return [...new Set([a, bare])];
}

export function sameAccount(a: string, b: string): boolean {
  const keys = new Set(accountKeys(a));
  return accountKeys(b).some((k) => keys.has(k));
}

export const hasRole = (identity: Identity, role: Role): boolean => identity.roles.includes(role);
