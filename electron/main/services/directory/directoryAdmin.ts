import type { DirectoryView, ImportPreview } from '../../../../shared/directory/contract';
import type { Person } from '../../../../shared/directory/person';
import type { IdentityService } from '../identity/identityService';
import type { DirectoryService } from './directoryService';
import { directoryView } from './directoryView';

export type DirectoryAdmin = ReturnType<typeof createDirectoryAdmin>;

/**
 * Changes to the staff directory, for the app and the `laipni directory` command alike:
 * each needs the admin role of the person at the computer, who is recorded as the publisher.
 */
export function createDirectoryAdmin(deps: { directory: DirectoryService; identity: IdentityService }) {
  const { directory, identity } = deps;
  const admin = () => identity.require('admin').account;
  return {
    /** The directory as the person at this computer may see it. */
    view: (): DirectoryView => directoryView(directory, identity),
    previewImport(csv: string): Promise<ImportPreview> {
      admin();
      return directory.previewImport(csv);
    },
    applyImport: (csv: string) => directory.applyImport(csv, admin()),
    savePerson: (person: Person, create?: boolean) => directory.savePerson(person, admin(), create),
    removePerson: (id: string) => directory.removePerson(id, admin()),
  };
}
