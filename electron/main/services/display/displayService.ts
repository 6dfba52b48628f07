import type { ClientLanguage } from '../../../../shared/config/schema';
import { initialDisplayState, type DisplayState, type DisplayView } from '../../../../shared/display/state';
import type { EventBus } from '../events';

export interface DisplayService {
  get(): DisplayState;
  show(view: DisplayView): DisplayState;
  setLanguage(language: ClientLanguage): DisplayState;
}

/** Holds what the client-facing screen shows and tells every window when it changes. */
export function createDisplayService({ bus, institutionName }: { bus: Pick<EventBus, 'emit'>; institutionName: string | null }): DisplayService {
  let state = initialDisplayState(institutionName);
  const set = (next: DisplayState) => {
    state = next;
    bus.emit('display:changed', state);
    return state;
  };
  return {
    get: () => state,
    show: (view) => set({ ...state, view }),
    setLanguage: (language) => set({ ...state, language }),
  };
}
