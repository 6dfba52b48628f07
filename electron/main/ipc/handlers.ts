import type { Handlers } from '../../../shared/contract';
import type { AppServices } from '../services';
import { createCatalogHandlers } from './catalogHandlers';
import { createDirectoryHandlers } from './directoryHandlers';
import { createRegisterHandlers } from './registerHandlers';
import { createReviewHandlers } from '../services/review';

/** Maps every channel of the contract to a service call. Requests arrive already validated. */
export function createHandlers(s: AppServices): Handlers {
  return {
    'app:info': () => s.info,
    'config:get': () => s.config,
    // Roles come from the directory, so the first answer waits for it to load.
    'identity:get': async () => {
      await s.directory.ready();
      return s.identity.current();
    },
    'settings:get': () => ({ language: s.store.read().language }),
    'settings:set': async (patch) => {
      await s.store.update((data) => {
        if (patch.language !== undefined) data.language = patch.language;
      });
      return { language: s.store.read().language };
    },
    'display:show': ({ view }) => s.display.show(view),
    'display:get': () => s.display.get(),
    'display:open-window': () => {
      s.displayWindow?.open();
      return { opened: Boolean(s.displayWindow) };
    },
    'display:set-language': ({ language }) => s.display.setLanguage(language),
    ...createCatalogHandlers(s),
    ...createDirectoryHandlers(s),
    ...createRegisterHandlers(s),
    ...createReviewHandlers(s.review),
  };
}
