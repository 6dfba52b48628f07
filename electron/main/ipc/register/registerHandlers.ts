import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type RegisterChannels = 'register:add' | 'register:list-mine' | 'register:preview-routing' | 'register:calendar-notice' | 'sync:status' | 'sync:now';

/** The register's channels: the author is always the signed-in person, never the request. */
export function createRegisterHandlers(s: Pick<AppServices, 'register'>): Pick<Handlers, RegisterChannels> {
  return {
    'register:add': (input) => s.register.add(input),
    'register:list-mine': () => s.register.listMine(),
    'register:preview-routing': (input) => s.register.preview(input),
    'register:calendar-notice': () => s.register.calendarNotice(),
    'sync:status': () => s.register.status(),
    'sync:now': () => s.register.syncNow(),
  };
}
