import type { Handlers } from '../../../../shared/contract';
import type { AppServices } from '../../services';

type DisplayChannel = Extract<keyof Handlers, `display:${string}`>;

/** The client display: what it shows, its language, and opening its window. */
export function createDisplayHandlers(s: Pick<AppServices, 'display' | 'displayWindow'>): Pick<Handlers, DisplayChannel> {
  return {
    'display:show': ({ view }) => s.display.show(view),
    'display:get': () => s.display.get(),
    'display:open-window': () => {
      s.displayWindow?.open();
      return { opened: Boolean(s.displayWindow) };
    },
    'display:set-language': ({ language }) => s.display.setLanguage(language),
  };
}
