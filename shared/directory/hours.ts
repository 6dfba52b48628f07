import { z } from 'zod';
import { addDays, isPublicHoliday, weekdayOf, type HolidayRules, LATVIAN_HOLIDAYS } from '../calendar/holidays';
import { inLatvia, toMinutes } from '../calendar/rigaTime';
import { WEEKDAYS, hhmmSchema, isoDateSchema, slotSchema, type Reception, type Slot } from './person';

/** Why a day has no reception hours, when it has none for a reason other than the weekly plan. */
export const NO_RECEPTION_REASONS = ['holiday', 'absent', 'exception'] as const;

export const dayHoursSchema = z
  .object({
    date: isoDateSchema,
    slots: z.array(slotSchema),
    reason: z.enum(NO_RECEPTION_REASONS).nullable(),
    /** The admin's note when the day is a dated exception ("Sanāksme"); shown to clients with the hours. */
    note: z.string().max(200).optional(),
  })
  .strict();
export type DayHours = z.infer<typeof dayHoursSchema>;

/** Today's hours, whether the person receives clients right now, and if not, when next. */
export const receptionStatusSchema = z
  .object({
    today: dayHoursSchema,
    open: z.boolean(),
    /** End of the current slot while open. */
    until: hhmmSchema.nullable(),
    next: z.object({ date: isoDateSchema, from: hhmmSchema, to: hhmmSchema }).strict().nullable(),
  })
  .strict();
export type ReceptionStatus = z.infer<typeof receptionStatusSchema>;

/** How far ahead "next open" looks; past that a person is simply not receiving. */
const LOOKAHEAD_DAYS = 62;

/**
 * Reception hours on one Latvian calendar day: a dated exception when there is one (it wins,
 * being written for that day), otherwise the weekly plan minus holidays and absences.
 */
export function hoursOn(reception: Reception, date: string, rules: HolidayRules = LATVIAN_HOLIDAYS): DayHours {
  const exception = reception.exceptions?.find((e) => e.date === date);
  if (exception) {
    const slots = [...exception.slots].sort((a, b) => a.from.localeCompare(b.from));
    return { date, slots, reason: slots.length ? null : 'exception', ...(exception.note ? { note: exception.note } : {}) };
  }
  if (isPublicHoliday(date, rules)) return { date, slots: [], reason: 'holiday' };
  if (reception.absences.some((a) => a.from <= date && date <= a.to)) return { date, slots: [], reason: 'absent' };
  const day = WEEKDAYS[weekdayOf(date) - 1];
  const slots: Slot[] = reception.weekly.filter((s) => s.day === day).map(({ from, to }) => ({ from, to }));
  return { date, slots: slots.sort((a, b) => a.from.localeCompare(b.from)), reason: null };
}

/** Open now / open until / next open at, from the reception hours and the instant given. */
export function receptionStatus(reception: Reception, now: Date, rules: HolidayRules = LATVIAN_HOLIDAYS): ReceptionStatus {
  const here = inLatvia(now);
  const today = hoursOn(reception, here.date, rules);
  const current = today.slots.find((s) => toMinutes(s.from) <= here.minutes && here.minutes < toMinutes(s.to));
  let next: ReceptionStatus['next'] = null;
  for (let i = 0; i <= LOOKAHEAD_DAYS && !next; i++) {
    const day = i === 0 ? today : hoursOn(reception, addDays(here.date, i), rules);
    const slot = day.slots.find((s) => i > 0 || toMinutes(s.from) > here.minutes);
    if (slot) next = { date: day.date, from: slot.from, to: slot.to };
  }
  return { today, open: Boolean(current), until: current?.to ?? null, next };
}
