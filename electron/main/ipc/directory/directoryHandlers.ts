import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type DirectoryChannel = Extract<keyof Handlers, `directory:${string}`>;

/** The staff directory and referrals; the directory admin service decides who may change it. */
export function createDirectoryHandlers(s: Pick<AppServices, 'directory' | 'directoryAdmin' | 'desk'>): Pick<Handlers, DirectoryChannel> {
  const { directoryAdmin: admin } = s;
  return {
    'directory:get': async () => {
      await s.directory.ready();
      return admin.view();
    },
    'directory:import-preview': ({ csv }) => admin.previewImport(csv),
    'directory:import-apply': async ({ csv }) => {
      await admin.applyImport(csv);
      return admin.view();
    },
    'directory:save-person': async ({ person, create }) => {
      await admin.savePerson(person, create);
      return admin.view();
    },
    'directory:remove-person': async ({ id }) => {
      await admin.removePerson(id);
      return admin.view();
    },
    'directory:refer': async ({ personId }) => {
      await s.desk.ready();
      return s.desk.refer(personId);
    },
  };
}
