import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

/** What the app is, how it is configured, and who is at the computer. */
export function createAppHandlers(
  s: Pick<AppServices, 'info' | 'config' | 'directory' | 'identity'>,
): Pick<Handlers, 'app:info' | 'config:get' | 'identity:get'> {
  return {
    'app:info': () => s.info,
    'config:get': () => s.config,
    // Roles come from the directory, so the first answer waits for it to load.
    'identity:get': async () => {
      await s.directory.ready();
      return s.identity.current();
    },
  };
}
