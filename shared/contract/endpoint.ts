import type { z } from 'zod';

/** A request/response pair: the request is validated in main, the response type is phantom. */
export interface Endpoint<S extends z.ZodType = z.ZodType, R = unknown> {
  readonly request: S;
  readonly __response?: R;
}

/** An event pushed from main; the payload type is phantom. */
export interface EventSpec<P = unknown> {
  readonly __payload?: P;
}

export const endpoint =
  <R>() =>
  <S extends z.ZodType>(request: S): Endpoint<S, R> => ({ request });

export const event = <P>(): EventSpec<P> => ({});
