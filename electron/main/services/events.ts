import type { EventName, PayloadOf } from '../../../shared/contract';

export type EventListener = (event: EventName, payload: unknown) => void;

export interface EventBus {
  emit<E extends EventName>(event: E, payload: PayloadOf<E>): void;
  subscribe(listener: EventListener): () => void;
}

/** Events pushed from main to windows (IPC) or browser tabs (preview mode). */
export function createEventBus(): EventBus {
  const listeners = new Set<EventListener>();
  return {
    emit(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
