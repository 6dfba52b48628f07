import { ContractError } from '../../../../shared/contract/result';
import { sameAccount, type Identity, type Role } from '../../../../shared/identity/identity';

/** What identity needs from the staff directory: one lookup by account. */
export interface PersonLookup {
  findByAccount(account: string): { id: string; displayName: string; institution: string | null; roles: Role[] } | null;
  /** True once a directory was published (on the share or in this desk's copy). */
  published?(): boolean;
}

export interface IdentityService {
  current(): Identity;
  /** The current identity if it has one of the roles, otherwise a `forbidden_role` error. */
  require(...roles: Role[]): Identity;
}

/**
 * Identity is the OS account of the person at the computer; roles come from the directory.
 * Accounts IT lists as admins in the configuration are admins only while no directory has
 * been published, so the first one can be; after that the directory alone gives roles.
 */
export function createIdentityService(deps: { account: string; adminAccounts: readonly string[]; lookup: () => PersonLookup | null }): IdentityService {
  const current = (): Identity => {
    const lookup = deps.lookup();
    const person = lookup?.findByAccount(deps.account) ?? null;
    const roles = new Set<Role>(person?.roles ?? []);
    const directoryPublished = lookup?.published?.() ?? false;
    if (!directoryPublished && deps.adminAccounts.some((a) => sameAccount(a, deps.account))) roles.add('admin');
    return {
      account: deps.account,
      personId: person?.id ?? null,
      displayName: person?.displayName ?? null,
      institution: person?.institution ?? null,
      roles: [...roles],
    };
  };
  return {
    current,
    require(...roles) {
      const identity = current();
      if (!roles.some((r) => identity.roles.includes(r))) {
        throw new ContractError('forbidden_role', `Needs one of: ${roles.join(', ')}`);
      }
      return identity;
    },
  };
}
