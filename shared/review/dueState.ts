import type { RegisterEntry } from '../register/record';
import type { Status } from '../register/codes';
import type { WorkCalendar } from '../calendar/workingDays';

/** An entry stops counting against its deadline once answered, closed, forwarded or voided. */
export const OPEN_STATUSES: readonly Status[] = ['registered', 'in_review', 'extended'];
export const isOpen = (status: Status): boolean => OPEN_STATUSES.includes(status);

/** Working days before the deadline when an entry becomes "due soon" (and a notification is due). */
export const DUE_SOON_WORKING_DAYS = 2;

export type DueState = 'overdue' | 'due_soon' | 'on_time' | 'done';

/** Dates are `YYYY-MM-DD`, so text order is date order. */
export function dueState(entry: Pick<RegisterEntry, 'status' | 'dueDate'>, today: string, calendar: WorkCalendar): DueState {
  return dueStateFn(today, calendar)(entry);
}

/** The last due date that counts as "due soon" seen from `today`. */
export const dueSoonLimit = (today: string, calendar: WorkCalendar): string => calendar.addWorkingDays(today, DUE_SOON_WORKING_DAYS);

/** For 100k entries: one limit computed once, then plain comparisons. */
export function dueStateFn(today: string, calendar: WorkCalendar): (e: Pick<RegisterEntry, 'status' | 'dueDate'>) => DueState {
  const limit = dueSoonLimit(today, calendar);
  return (e) => (!isOpen(e.status) ? 'done' : e.dueDate < today ? 'overdue' : e.dueDate <= limit ? 'due_soon' : 'on_time');
}

/**
 * While nobody has taken an entry into review, nobody has decided that it is the institution's
 * own, so its forwarding deadline runs too; taking it into review, forwarding or answering ends it.
 */
export const FORWARD_OPEN_STATUSES: readonly Status[] = ['registered'];

/** The forwarding deadline's state, or null for entries registered before it was stored. */
export function forwardStateFn(today: string, calendar: WorkCalendar): (e: Pick<RegisterEntry, 'status' | 'forwardDue'>) => DueState | null {
  const limit = dueSoonLimit(today, calendar);
  return (e) =>
    e.forwardDue === null
      ? null
      : !FORWARD_OPEN_STATUSES.includes(e.status)
        ? 'done'
        : e.forwardDue < today
          ? 'overdue'
          : e.forwardDue <= limit
            ? 'due_soon'
            : 'on_time';
}

const RANK: Record<DueState, number> = { done: 0, on_time: 1, due_soon: 2, overdue: 3 };

/** What needs attention first: the more pressing of the answer and forwarding deadlines. */
export const attentionOf = (answer: DueState, forward: DueState | null): DueState => (forward && RANK[forward] > RANK[answer] ? forward : answer);
