import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type SettingsChannel = Extract<keyof Handlers, `settings:${string}`>;

/** The person's own settings on this computer. */
export function createSettingsHandlers(s: Pick<AppServices, 'store'>): Pick<Handlers, SettingsChannel> {
  return {
    'settings:get': () => ({ language: s.store.read().language }),
    'settings:set': async (patch) => {
      await s.store.update((data) => {
        if (patch.language !== undefined) data.language = patch.language;
      });
      return { language: s.store.read().language };
    },
  };
}
