import type { Channel, EventName, PayloadOf, RequestOf, ResponseOf } from './index';
import { ContractError, isErrorCode, type Result } from './result';

/**
 * What a preload (or preview mode's HTTP bridge) exposes on `window`: raw envelopes only,
 * because class instances do not survive the context bridge.
 */
export interface RawBridge {
  invoke(channel: string, request?: unknown): Promise<Result<unknown>>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

type Args<C extends Channel> = undefined extends RequestOf<C> ? [request?: RequestOf<C>] : [request: RequestOf<C>];

export interface Client<C extends Channel = Channel, E extends EventName = EventName> {
  call<K extends C>(channel: K, ...args: Args<K>): Promise<ResponseOf<K>>;
  on<K extends E>(event: K, listener: (payload: PayloadOf<K>) => void): () => void;
}

/** Turns envelopes back into values or typed `ContractError`s. */
export function createClient<C extends Channel, E extends EventName>(raw: RawBridge): Client<C, E> {
  return {
    async call(channel, ...args) {
      const result = await raw.invoke(channel, args[0]);
      if (result.ok) return result.value as never;
      const code = isErrorCode(result.error.code) ? result.error.code : 'internal';
      throw new ContractError(code, result.error.message, result.error.details);
    },
    on(event, listener) {
      return raw.on(event, listener as (payload: unknown) => void);
    },
  };
}
