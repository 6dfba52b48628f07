import { contract, channelsFor, ContractError, fail, ok, type Channel, type Handlers, type Result, type WindowKind } from '../../../shared/contract';
import type { Logger } from '../services/log/logger';

export type Dispatch = (window: WindowKind, channel: string, request: unknown) => Promise<Result<unknown>>;

/**
 * The single entry for every request from a window, whether it came over IPC or preview
 * mode's HTTP bridge: checks the window may use the channel, validates the request with the
 * channel's schema, runs the handler and wraps the outcome in the result envelope.
 */
export function createDispatcher(handlers: Handlers, log: Logger): Dispatch {
  return async (window, channel, request) => {
    if (!channelsFor(window).includes(channel) || !(channel in contract)) {
      log.warn(`refused unknown channel for ${window}: ${channel.slice(0, 60)}`);
      return fail('unknown_channel', `Channel not available to the ${window} window`);
    }
    const name = channel as Channel;
    const parsed = contract[name].request.safeParse(request);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join('.') || '(request)';
      return fail('invalid_request', `${field}: ${issue?.message ?? 'invalid'}`, { field });
    }
    try {
      const handler = handlers[name] as (req: unknown, ctx: { window: WindowKind }) => unknown;
      return ok(await handler(parsed.data, { window }));
    } catch (error) {
      if (error instanceof ContractError) return fail(error.code, error.message, error.details);
      log.error(`handler ${name} failed`, error);
      return fail('internal', 'Unexpected error; see the log file');
    }
  };
}
