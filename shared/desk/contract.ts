import { z } from 'zod';
import { endpoint, event } from '../contract/endpoint';
import type { PersonCard } from '../directory/card';
import type { ReceptionStatus } from '../directory/hours';

/** Whether the desk is receiving clients: its client display follows this. */
export const DESK_STATUSES = ['serving', 'break', 'closed'] as const;
export type DeskStatus = (typeof DESK_STATUSES)[number];

/** Who serves at this desk now (§6). */
export interface DeskState {
  person: PersonCard | null;
  reception: ReceptionStatus | null;
  status: DeskStatus;
  /** True when the person was recognised from the signed-in OS account, false when chosen. */
  recognised: boolean;
}

export const deskContract = {
  'desk:get': endpoint<DeskState>()(z.undefined()),
  /** Switch the person serving here, in one action; the client display follows. */
  'desk:serve': endpoint<DeskState>()(z.object({ personId: z.string().min(1).max(64) }).strict()),
  'desk:set-status': endpoint<DeskState>()(z.object({ status: z.enum(DESK_STATUSES) }).strict()),
  /** Put the serving person's badge (or "closed") back on the client display. */
  'desk:show-badge': endpoint<DeskState>()(z.undefined()),
};

export const deskEvents = {
  'desk:changed': event<DeskState>(),
};
