import type { Status } from './codes';

/**
 * Where an entry may go from each status: registered → in review → answered →
 * closed, with the side states forwarded (to another body, with a reason) and extended
 * (deadline extended, client notified). Voiding is its own step, never a status change.
 * Only local edits are checked: edits from other desks are facts to merge, not requests.
 */
const NEXT: Record<Status, readonly Status[]> = {
  registered: ['in_review', 'answered', 'forwarded', 'extended'],
  in_review: ['answered', 'forwarded', 'extended'],
  extended: ['in_review', 'answered', 'forwarded'],
  answered: ['closed', 'in_review'],
  forwarded: ['closed'],
  closed: [],
  void: [],
};

export const canChangeStatus = (from: Status, to: Status): boolean => NEXT[from].includes(to);

/** Statuses that need a reason with them. */
export const needsReason = (to: Status): boolean => to === 'forwarded' || to === 'extended';
