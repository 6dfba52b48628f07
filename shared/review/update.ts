import { z } from 'zod';
import { FORWARD_OUTCOMES, reviewerSchema } from '../register/codes';
import { EXTENSION_GROUNDS, type RegisterEntry, type SetFields } from '../register/record';
import { ethicsStep, type EthicsStepScope } from '../register/routing';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const reason = z.string().trim().min(1).max(1000);

/**
 * What a reviewer does to an entry, one action at a time; each becomes one `set` event.
 * Reasons are required where the rules ask for them (forwarding, extending, re-routing); an
 * extension also names one of the statutory grounds and confirms the client was told.
 */
export const reviewActionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }).strict(),
  z.object({ action: z.literal('reply'), reply: z.string().trim().min(1).max(8000) }).strict(),
  z.object({ action: z.literal('answer'), reply: z.string().trim().min(1).max(8000) }).strict(),
  z.object({ action: z.literal('close') }).strict(),
  /** Outside the institution's competence: forwarded to the competent body, or the client told to apply there. */
  z.object({ action: z.literal('forward'), reason, to: z.string().trim().min(1).max(300), outcome: z.enum(FORWARD_OUTCOMES) }).strict(),
  z.object({ action: z.literal('extend'), ground: z.enum(EXTENSION_GROUNDS), reason, dueDate: isoDate, clientNotified: z.literal(true) }).strict(),
  z.object({ action: z.literal('route'), routedTo: reviewerSchema, reason }).strict(),
  z.object({ action: z.literal('ethics_informed'), on: isoDate }).strict(),
  /** Resolve fields two desks changed concurrently: the reviewer's chosen values. */
  z.object({ action: z.literal('resolve'), fields: z.record(z.string(), z.unknown()) }).strict(),
]);
export type ReviewAction = z.infer<typeof reviewActionSchema>;

export type ActionProblem = 'extension_too_long' | 'extension_not_later' | 'already_closed' | 'ethics_not_required';

/** The fields to set, or the reason the action does not fit this entry now. */
export function fieldsFor(
  action: ReviewAction,
  entry: Pick<RegisterEntry, 'kind' | 'status' | 'dueDate' | 'reply' | 'routeRule' | 'ethicsInformedAt'>,
  limits: { extendedLimit: string; ethicsStep?: EthicsStepScope },
): { fields: SetFields } | { problem: ActionProblem } {
  if ((entry.status === 'closed' || entry.status === 'void') && action.action !== 'resolve') return { problem: 'already_closed' };
  switch (action.action) {
    case 'start':
      return { fields: { status: 'in_review' } };
    case 'reply':
      return { fields: { reply: action.reply } };
    case 'answer':
      // A reply saved before is not written again: the history shows the answer once.
      return { fields: entry.reply === action.reply ? { status: 'answered' } : { reply: action.reply, status: 'answered' } };
    case 'close':
      return { fields: { status: 'closed' } };
    case 'forward':
      return { fields: { status: 'forwarded', forwardedTo: action.to, forwardOutcome: action.outcome, statusReason: action.reason } };
    case 'extend':
      if (action.dueDate <= entry.dueDate) return { problem: 'extension_not_later' };
      if (action.dueDate > limits.extendedLimit) return { problem: 'extension_too_long' };
      return { fields: { status: 'extended', dueDate: action.dueDate, extensionGround: action.ground, statusReason: action.reason } };
    case 'route':
      return { fields: { routedTo: action.routedTo, routeReason: action.reason } };
    case 'ethics_informed':
      if (!ethicsStep(entry, limits.ethicsStep).required) return { problem: 'ethics_not_required' };
      return { fields: { ethicsInformedAt: action.on } };
    case 'resolve':
      return { fields: action.fields as SetFields };
  }
}
