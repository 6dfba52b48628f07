import { z } from 'zod';
import { addDays, isIsoDate, isoOf, weekday } from './dates';

export { addDays } from './dates';

/**
 * Latvian public holidays as data, editable by an admin: fixed dates, dates counted from
 * Western Easter, and per-year additions and working-day transfers decided by law or the
 * Cabinet. Defaults follow the law on holidays, remembrance and celebration days.
 */
const isoDate = z.string().refine(isIsoDate, 'date');

export const holidayCalendarSchema = z.object({
  fixed: z.array(
    z.object({
      month: z.number().int().min(1).max(12),
      day: z.number().int().min(1).max(31),
      name: z.string().min(1),
      /** When the date falls on a Saturday or Sunday, the next Monday is a day off. */
      mondayIfWeekend: z.boolean().optional(),
    }),
  ),
  easter: z.array(z.object({ offset: z.number().int().min(-60).max(60), name: z.string().min(1) })),
  /** Extra days off for one year (a law for a festival, a Cabinet transfer's day off). */
  extra: z.array(z.object({ date: isoDate, name: z.string().min(1) })),
  /** Saturdays made working days by a Cabinet transfer. */
  workingDays: z.array(z.object({ date: isoDate, name: z.string().min(1) })),
});

export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
export interface Holiday {
  date: string;
  name: string;
}

export const LATVIAN_HOLIDAYS: HolidayCalendar = {
  fixed: [
    { month: 1, day: 1, name: 'Jaunais gads' },
    { month: 5, day: 1, name: 'Darba svētki, Latvijas Republikas Satversmes sapulces sasaukšanas diena' },
    { month: 5, day: 4, name: 'Latvijas Republikas Neatkarības atjaunošanas diena', mondayIfWeekend: true },
    { month: 6, day: 23, name: 'Līgo diena' },
    { month: 6, day: 24, name: 'Jāņu diena' },
    { month: 11, day: 18, name: 'Latvijas Republikas proklamēšanas diena', mondayIfWeekend: true },
    { month: 12, day: 24, name: 'Ziemassvētku vakars' },
    { month: 12, day: 25, name: 'Pirmie Ziemassvētki' },
    { month: 12, day: 26, name: 'Otrie Ziemassvētki' },
    { month: 12, day: 31, name: 'Vecgada diena' },
  ],
  easter: [
    { offset: -2, name: 'Lielā Piektdiena' },
    { offset: 0, name: 'Pirmās Lieldienas' },
    { offset: 1, name: 'Otrās Lieldienas' },
    { offset: 49, name: 'Vasarsvētki' },
  ],
  extra: [
    { date: '2023-05-29', name: 'Brīvdiena par godu hokeja izlases bronzas medaļām' },
    { date: '2025-05-02', name: 'Darba diena pārcelta uz 10. maiju' },
  ],
  workingDays: [{ date: '2025-05-10', name: 'Darba diena no 2. maija' }],
};

/** Western (Gregorian) Easter Sunday of a year. */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoOf(year, month, day);
}

/** The year's days off, sorted by date: what an admin checks against the official list. */
export function holidaysOf(year: number, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): Holiday[] {
  const days: Holiday[] = [];
  for (const f of calendar.fixed) {
    const date = isoOf(year, f.month, f.day);
    days.push({ date, name: f.name });
    const wd = weekday(date);
    if (f.mondayIfWeekend && (wd === 6 || wd === 0)) days.push({ date: addDays(date, wd === 6 ? 2 : 1), name: f.name });
  }
  const easter = easterSunday(year);
  for (const e of calendar.easter) days.push({ date: addDays(easter, e.offset), name: e.name });
  for (const x of calendar.extra) if (x.date.startsWith(`${year}-`)) days.push(x);
  const seen = new Set<string>();
  return days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).filter((d) => !seen.has(d.date) && seen.add(d.date));
}

/** The names the staff directory's reception hours use for the same rules. */
export type HolidayRules = HolidayCalendar;
export const holidayRulesSchema = holidayCalendarSchema;

const yearsOf = new WeakMap<HolidayCalendar, Map<number, Set<string>>>();

/** True when the date is a day off by the calendar (weekends aside). */
export function isPublicHoliday(date: string, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): boolean {
  let years = yearsOf.get(calendar);
  if (!years) yearsOf.set(calendar, (years = new Map()));
  const year = Number(date.slice(0, 4));
  let days = years.get(year);
  if (!days) years.set(year, (days = new Set(holidaysOf(year, calendar).map((h) => h.date))));
  return days.has(date);
}

/** Monday 1 … Sunday 7. */
export const weekdayOf = (date: string): number => weekday(date) || 7;

/** A weekday that is not a day off, or a Saturday the calendar makes a working day. */
export function isWorkingDay(date: string, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): boolean {
  if (calendar.workingDays.some((d) => d.date === date)) return true;
  return weekdayOf(date) < 6 && !isPublicHoliday(date, calendar);
}
