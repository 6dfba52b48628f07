import { WEEKDAYS, type HoursException, type Reception, type Slot, type Weekday, type WeeklySlot } from './person';

/**
 * Reception hours as the admin edits them: per weekday open or closed, from–to, and breaks
 * inside; dated exceptions the same, or closed, with a note. Stored as slots (the time
 * between breaks), which everything that shows hours already reads, so the grid changes
 * only how hours are entered.
 */
export interface TimeRange {
  from: string;
  to: string;
}
export interface DayPlan extends TimeRange {
  open: boolean;
  breaks: TimeRange[];
}
export interface ExceptionDraft {
  date: string;
  plan: DayPlan;
  note: string;
}
export interface HoursDraft {
  days: Record<Weekday, DayPlan>;
  exceptions: ExceptionDraft[];
}

/** Why a value in the grid cannot be saved: an i18n key under `hoursEditor.problem.`. */
export type GridProblemCode = 'time' | 'order' | 'outside' | 'overlap' | 'date' | 'duplicate' | 'tooMany';
/** Where: `mon.from`, `mon.break.0`, `exception.2.date`, `exception.2.break.1` … */
export interface GridProblem {
  at: string;
  code: GridProblemCode;
}

const TYPED_TIME = /^\s*([01]?\d|2[0-3])\s*[.:]\s*([0-5]\d)\s*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_BREAKS = 9;
const closedDay = (): DayPlan => ({ open: false, from: '', to: '', breaks: [] });

/**
 * A time as typed in the grid — `8.30`, `08:30`, `8:30` — as stored (`08:30`), or null when it is
 * not a time. The grid shows times as an office writes them (`8.30`); a browser's time picker
 * would follow the computer's locale instead (`08:30 AM` on an English Windows).
 */
export function normalizeTime(typed: string): string | null {
  const m = TYPED_TIME.exec(typed);
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : null;
}

/** `08:30` → `8.30`, as the grid shows it. */
export const showTime = (hhmm: string): string => `${Number(hhmm.slice(0, 2))}.${hhmm.slice(3, 5)}`;

/** A day's slots as one span with the gaps between them as breaks, in the grid's `8.30` form. */
export function planFromSlots(slots: readonly Slot[]): DayPlan {
  const sorted = [...slots].sort((a, b) => a.from.localeCompare(b.from));
  if (!sorted.length) return closedDay();
  const breaks: TimeRange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i - 1]!.to < sorted[i]!.from) breaks.push({ from: showTime(sorted[i - 1]!.to), to: showTime(sorted[i]!.from) });
  }
  const to = sorted.reduce((end, s) => (s.to > end ? s.to : end), sorted[0]!.to);
  return { open: true, from: showTime(sorted[0]!.from), to: showTime(to), breaks };
}

const stored = (typed: string) => normalizeTime(typed) ?? typed;

/** The slots a valid day plan stands for: the span cut at its breaks, times as stored (`08:30`). */
export function slotsFromPlan(plan: DayPlan): Slot[] {
  if (!plan.open) return [];
  const breaks = plan.breaks.map((b) => ({ from: stored(b.from), to: stored(b.to) })).sort((a, b) => a.from.localeCompare(b.from));
  const slots: Slot[] = [];
  let start = stored(plan.from);
  for (const b of breaks) {
    slots.push({ from: start, to: b.from });
    start = b.to;
  }
  slots.push({ from: start, to: stored(plan.to) });
  return slots;
}

/** What is wrong with one day's plan, each problem at `prefix.from`, `prefix.to` or `prefix.break.<i>`. */
export function planProblems(plan: DayPlan, prefix: string): GridProblem[] {
  if (!plan.open) return [];
  const problems: GridProblem[] = [];
  const from = normalizeTime(plan.from);
  const to = normalizeTime(plan.to);
  if (!from) problems.push({ at: `${prefix}.from`, code: 'time' });
  if (!to) problems.push({ at: `${prefix}.to`, code: 'time' });
  if (!from || !to) return problems;
  if (from >= to) return [{ at: `${prefix}.to`, code: 'order' }];
  if (plan.breaks.length > MAX_BREAKS) problems.push({ at: `${prefix}.break.${MAX_BREAKS}`, code: 'tooMany' });
  const order = plan.breaks
    .map((b, i) => ({ from: normalizeTime(b.from), to: normalizeTime(b.to), i }))
    .sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  let lastEnd: string | null = null;
  for (const b of order) {
    const at = `${prefix}.break.${b.i}`;
    if (!b.from || !b.to) problems.push({ at, code: 'time' });
    else if (b.from >= b.to) problems.push({ at, code: 'order' });
    else if (b.from <= from || b.to >= to) problems.push({ at, code: 'outside' });
    else if (lastEnd !== null && b.from <= lastEnd) problems.push({ at, code: 'overlap' });
    else lastEnd = b.to;
  }
  return problems;
}

/** Every problem in the grid; none means `receptionFromDraft` gives a valid reception. */
export function draftProblems(draft: HoursDraft): GridProblem[] {
  const problems = WEEKDAYS.flatMap((day) => planProblems(draft.days[day], day));
  const seen = new Set<string>();
  draft.exceptions.forEach((e, i) => {
    const valid =
      DATE.test(e.date) && !Number.isNaN(new Date(`${e.date}T00:00:00Z`).getTime()) && new Date(`${e.date}T00:00:00Z`).toISOString().startsWith(e.date);
    if (!valid) problems.push({ at: `exception.${i}.date`, code: 'date' });
    else if (seen.has(e.date)) problems.push({ at: `exception.${i}.date`, code: 'duplicate' });
    seen.add(e.date);
    problems.push(...planProblems(e.plan, `exception.${i}`));
  });
  return problems;
}

export function draftFromReception(reception: Reception): HoursDraft {
  const days = Object.fromEntries(WEEKDAYS.map((day) => [day, planFromSlots(reception.weekly.filter((s) => s.day === day))])) as Record<Weekday, DayPlan>;
  const exceptions = (reception.exceptions ?? []).map((e) => ({ date: e.date, plan: planFromSlots(e.slots), note: e.note }));
  return { days, exceptions };
}

/** The stored weekly plan and exceptions from a grid without problems (check `draftProblems` first). */
/** The weekly plan, and exceptions only when there are some: a person saved unchanged stays as stored. */
export function receptionFromDraft(draft: HoursDraft): Pick<Reception, 'weekly'> & { exceptions?: HoursException[] } {
  const weekly: WeeklySlot[] = WEEKDAYS.flatMap((day) => slotsFromPlan(draft.days[day]).map((s) => ({ day, ...s })));
  const exceptions = [...draft.exceptions]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => ({ date: e.date, slots: slotsFromPlan(e.plan), note: e.note.trim() }));
  return exceptions.length ? { weekly, exceptions } : { weekly };
}

/** A new day opened in the grid starts from office hours, which the admin then adjusts. */
export const OPEN_DAY_DEFAULT: DayPlan = { open: true, from: '8.30', to: '17.00', breaks: [{ from: '12.00', to: '12.30' }] };
