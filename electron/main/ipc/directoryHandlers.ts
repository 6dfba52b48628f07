import type { Handlers } from '../../../shared/contract';
import type { AppServices } from '../services';
import { directoryView } from '../services/directory/directoryView';

type DirectoryChannels = Extract<keyof Handlers, `directory:${string}` | `desk:${string}`>;

/** The staff directory, who serves at this desk, and referrals. Admin changes need the admin role. */
export function createDirectoryHandlers(s: AppServices): Pick<Handlers, DirectoryChannels> {
  const view = () => directoryView(s.directory, s.identity);
  const admin = () => s.identity.require('admin').account;
  return {
    'directory:get': async () => {
      await s.directory.ready();
      return view();
    },
    'directory:import-preview': ({ csv }) => {
      admin();
      return s.directory.previewImport(csv);
    },
    'directory:import-apply': async ({ csv }) => {
      await s.directory.applyImport(csv, admin());
      return view();
    },
    'directory:save-person': async ({ person, create }) => {
      await s.directory.savePerson(person, admin(), create);
      return view();
    },
    'directory:remove-person': async ({ id }) => {
      await s.directory.removePerson(id, admin());
      return view();
    },
    'directory:refer': async ({ personId }) => {
      await s.desk.ready();
      return s.desk.refer(personId);
    },
    'desk:get': async () => {
      await s.desk.ready();
      return s.desk.get();
    },
    'desk:serve': async ({ personId }) => {
      await s.desk.ready();
      return s.desk.serve(personId);
    },
    'desk:set-status': async ({ status }) => {
      await s.desk.ready();
      return s.desk.setStatus(status);
    },
    'desk:show-badge': async () => {
      await s.desk.ready();
      return s.desk.showBadge();
    },
  };
}
