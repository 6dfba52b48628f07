import type { Handlers } from '../../../shared/contract';
import type { AppServices } from '../services';
import { createRegisterHandlers } from './registerHandlers';
import { createReviewHandlers } from '../services/review';

/** Maps every channel of the contract to a service call. Requests arrive already validated. */
export function createHandlers(s: AppServices): Handlers {
  return {
    'app:info': () => s.info,
    'config:get': () => s.config,
    'identity:get': () => s.identity.current(),
    'settings:get': () => ({ language: s.store.read().language }),
    'settings:set': async (patch) => {
      await s.store.update((data) => {
        if (patch.language !== undefined) data.language = patch.language;
      });
      return { language: s.store.read().language };
    },
    'display:show': ({ view }) => s.display.show(view),
    'display:get': () => s.display.get(),
    'display:set-language': ({ language }) => s.display.setLanguage(language),
    ...createRegisterHandlers(s),
    ...createReviewHandlers(s.review),
  };
}
