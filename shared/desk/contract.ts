import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import type { PersonCard } from '../directory/card';
import type { ReceptionStatus } from '../directory/hours';

/** Whether the desk is receiving clients: its client display follows this. */
export const DESK_STATUSES = ['serving', 'break', 'closed'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** A time of day, `14:30`: when a desk on a break expects to be back. */
export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Who serves at this desk now (§6). */
export interface DeskState {
  person: PersonCard | null;
  reception: ReceptionStatus | null;
  status: DeskStatus;
  /** True when the person was recognised from the signed-in OS account, false when chosen. */
  recognised: boolean;
  /** On a break: when the desk expects to be back (`14:30`), if staff said; otherwise null. */
  backAt: string | null;
}

export const deskContract = {
  'desk:get': endpoint<DeskState>()(z.undefined()),
  /** Switch the person serving here, in one action; the client display follows. */
  'desk:serve': endpoint<DeskState>()(z.object({ personId: z.string().min(1).max(64) }).strict()),
  /** `backAt` only with a break: the client display says when the desk is back. */
  'desk:set-status': endpoint<DeskState>()(
    z
      .object({ status: z.enum(DESK_STATUSES), backAt: z.string().regex(TIME_OF_DAY).optional() })
      .strict()
      .refine((r) => r.backAt === undefined || r.status === 'break', { path: ['backAt'], message: 'only with a break' }),
  ),
  /** Put the serving person's badge (or "closed") back on the client display. */
  'desk:show-badge': endpoint<DeskState>()(z.undefined()),
};

export const deskEvents = {
  'desk:changed': event<DeskState>(),
};
