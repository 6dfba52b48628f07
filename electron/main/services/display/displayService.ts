import type { ClientLanguage } from '../../../../shared/config/schema';
import { initialDisplayState, type DisplayState, type DisplayView } from '../../../../shared/display/state';
import type { EventBus } from '../events';

export interface DisplayService {
  get(): DisplayState;
  show(view: DisplayView): DisplayState;
  setLanguage(language: ClientLanguage): DisplayState;
  /** What to do when a client's view has stood idle: the desk puts its badge back. */
  onIdle(home: () => void): void;
}

/** Views that belong to one client: left alone, they must not greet the next one. */
const CLIENT_VIEWS = new Set<DisplayView['kind']>(['service', 'referral', 'complaint']);

/**
 * Holds what the client-facing screen shows and tells every window when it changes. A service,
 * referral or complaint sheet left unchanged for `idleMs` (the configured minutes) goes back to
 * the desk's own view, so the next client never sees the previous one's service.
 */
export function createDisplayService({
  bus,
  institutionName,
  idleMs = 0,
  timers = { set: setTimeout, clear: clearTimeout },
}: {
  bus: Pick<EventBus, 'emit'>;
  institutionName: string | null;
  idleMs?: number;
  timers?: { set: (fn: () => void, ms: number) => ReturnType<typeof setTimeout>; clear: (t: ReturnType<typeof setTimeout>) => void };
}): DisplayService {
  let state = initialDisplayState(institutionName);
  let home: (() => void) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const set = (next: DisplayState) => {
    state = next;
    if (timer !== null) timers.clear(timer);
    timer = null;
    if (idleMs > 0 && CLIENT_VIEWS.has(state.view.kind)) {
      const t = timers.set(() => {
        timer = null;
        home?.();
      }, idleMs);
      // Never keeps the process alive on its own.
      (t as { unref?: () => void }).unref?.();
      timer = t;
    }
    bus.emit('display:changed', state);
    return state;
  };
  return {
    get: () => state,
    show: (view) => set({ ...state, view }),
    // The client choosing a language is activity too: the view's idle time starts again.
    setLanguage: (language) => set({ ...state, language }),
    onIdle: (fn) => void (home = fn),
  };
}
