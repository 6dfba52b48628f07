import type { DirectoryView } from '../../../../shared/directory/contract';
import { hasRole } from '../../../../shared/identity/identity';
import type { IdentityService } from '../identity/identityService';
import type { DirectoryService } from './directoryService';

/** The directory for the person at this computer: OS accounts and roles only for admins (§4.6). */
export function directoryView(directory: Pick<DirectoryService, 'current'>, identity: Pick<IdentityService, 'current'>): DirectoryView {
  const { data, publishedAt, source, problem } = directory.current();
  const canEdit = hasRole(identity.current(), 'admin');
  const people = canEdit ? data.people : data.people.map((p) => ({ ...p, accounts: [], roles: [] }));
  return { people, sample: data.sample ?? false, publishedAt, source, problem, canEdit };
}
