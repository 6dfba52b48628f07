import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type DeskChannel = Extract<keyof Handlers, `desk:${string}`>;

/** Who serves at this desk and what its badge shows; each waits for the directory to load. */
export function createDeskHandlers(s: Pick<AppServices, 'desk'>): Pick<Handlers, DeskChannel> {
  return {
    'desk:get': async () => {
      await s.desk.ready();
      return s.desk.get();
    },
    'desk:serve': async ({ personId }) => {
      await s.desk.ready();
      return s.desk.serve(personId);
    },
    'desk:set-status': async ({ status, backAt }) => {
      await s.desk.ready();
      return s.desk.setStatus(status, backAt);
    },
    'desk:show-badge': async () => {
      await s.desk.ready();
      return s.desk.showBadge();
    },
  };
}
