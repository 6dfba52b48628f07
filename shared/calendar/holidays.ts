import { z } from 'zod';
import { addDays, isIsoDate, isoOf, weekday } from './dates';

export { addDays } from './dates';

/**
 * Latvian public holidays as data, editable by an admin: fixed dates, dates counted from
 * Western Easter, one-off days off set by law, the Cabinet's transferred working days, and the
 * municipality's own decision on transfers per year. Cabinet transfers bind state bodies and are
 * only recommended to municipalities, so they are the default until the municipality publishes
 * its decision for the year, which then replaces them (an empty decision means "no transfer").
 */
const isoDate = z.string().refine(isIsoDate, 'date');
const daySchema = z.object({ date: isoDate, name: z.string().min(1) });
const yearSchema = z.number().int().min(1990).max(2200);

export const HOLIDAY_SOURCES = ['law', 'cabinet', 'municipality'] as const;
export type HolidaySource = (typeof HOLIDAY_SOURCES)[number];

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
  /**
   * Extra days off for one year: set by law (a festival; the Song and Dance Festival's closing
   * day with `mondayIfWeekend`) or, with `source: 'cabinet'`, a Cabinet transfer's day off.
   */
  extra: z.array(daySchema.extend({ mondayIfWeekend: z.boolean().optional(), source: z.enum(['law', 'cabinet']).optional() })),
  /** Saturdays made working days by a Cabinet transfer. */
  workingDays: z.array(daySchema),
  /** The municipality's decision for a year: its own days off and worked Saturdays instead of the Cabinet's. */
  municipality: z
    .array(z.object({ year: yearSchema, decision: z.string().trim().min(1).max(300), daysOff: z.array(daySchema), workingDays: z.array(daySchema) }))
    .default([]),
});

export type HolidayCalendar = z.infer<typeof holidayCalendarSchema>;
export interface Holiday {
  date: string;
  name: string;
  source: HolidaySource;
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
    { date: '2023-07-09', name: 'Vispārējo latviešu Dziesmu un deju svētku noslēguma diena', mondayIfWeekend: true },
    { date: '2025-05-02', name: 'Darba diena pārcelta uz 10. maiju', source: 'cabinet' },
    { date: '2025-11-17', name: 'Darba diena pārcelta uz 8. novembri', source: 'cabinet' },
    { date: '2026-01-02', name: 'Darba diena pārcelta uz 17. janvāri', source: 'cabinet' },
    { date: '2026-06-22', name: 'Darba diena pārcelta uz 27. jūniju', source: 'cabinet' },
  ],
  workingDays: [
    { date: '2025-05-10', name: 'Darba diena no 2. maija' },
    { date: '2025-11-08', name: 'Darba diena no 17. novembra' },
    { date: '2026-01-17', name: 'Darba diena no 2. janvāra' },
    { date: '2026-06-27', name: 'Darba diena no 22. jūnija' },
  ],
  municipality: [],
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

const byDate = (a: Holiday, b: Holiday) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/** A date and, when it falls on a weekend and the rule says so, the Monday after it. */
function withMonday(date: string, mondayIfWeekend: boolean | undefined): string[] {
  const wd = weekday(date);
  return mondayIfWeekend && (wd === 6 || wd === 0) ? [date, addDays(date, wd === 6 ? 2 : 1)] : [date];
}

/** The municipality's decision for a year, if an admin has published one. */
export const municipalDecision = (year: number, calendar: HolidayCalendar = LATVIAN_HOLIDAYS) => calendar.municipality?.find((m) => m.year === year) ?? null;

export interface CalendarYear {
  /** Days off, sorted by date, each with where it comes from. */
  daysOff: Holiday[];
  /** Saturdays (or Sundays) worked by a transfer: working days for deadlines. */
  workedDays: Holiday[];
}

/** The year's days off and worked weekend days: the municipality's decision replaces the Cabinet's transfers. */
export function calendarYear(year: number, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): CalendarYear {
  const inYear = (d: { date: string }) => d.date.startsWith(`${year}-`);
  const days: Holiday[] = [];
  for (const f of calendar.fixed)
    for (const date of withMonday(isoOf(year, f.month, f.day), f.mondayIfWeekend)) days.push({ date, name: f.name, source: 'law' });
  const easter = easterSunday(year);
  for (const e of calendar.easter) days.push({ date: addDays(easter, e.offset), name: e.name, source: 'law' });
  const decision = municipalDecision(year, calendar);
  for (const x of calendar.extra) {
    const source = x.source ?? 'law';
    if (source === 'cabinet' && decision) continue;
    for (const date of withMonday(x.date, x.mondayIfWeekend)) if (inYear({ date })) days.push({ date, name: x.name, source });
  }
  const worked: Holiday[] = decision
    ? decision.workingDays.filter(inYear).map((d) => ({ ...d, source: 'municipality' as const }))
    : calendar.workingDays.filter(inYear).map((d) => ({ ...d, source: 'cabinet' as const }));
  if (decision) for (const d of decision.daysOff) if (inYear(d)) days.push({ ...d, source: 'municipality' });
  const seen = new Set<string>();
  return { daysOff: days.sort(byDate).filter((d) => !seen.has(d.date) && seen.add(d.date)), workedDays: worked.sort(byDate) };
}

/** The year's days off, sorted by date: what an admin checks against the official list. */
export const holidaysOf = (year: number, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): Holiday[] => calendarYear(year, calendar).daysOff;

/** The year whose municipality decision an admin should publish now: next year's from October on, or null. */
export function missingDecisionYear(today: string, calendar: HolidayCalendar): number | null {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 10 && !municipalDecision(year + 1, calendar) ? year + 1 : null;
}

/** The names the staff directory's reception hours use for the same rules. */
export type HolidayRules = HolidayCalendar;
export const holidayRulesSchema = holidayCalendarSchema;

const yearsOf = new WeakMap<HolidayCalendar, Map<number, { off: Set<string>; worked: Set<string> }>>();

/** Days off and worked days of the date's year, computed once per calendar and year. */
export function yearSets(date: string, calendar: HolidayCalendar): { off: Set<string>; worked: Set<string> } {
  let years = yearsOf.get(calendar);
  if (!years) yearsOf.set(calendar, (years = new Map()));
  const year = Number(date.slice(0, 4));
  let sets = years.get(year);
  if (!sets) {
    const y = calendarYear(year, calendar);
    years.set(year, (sets = { off: new Set(y.daysOff.map((h) => h.date)), worked: new Set(y.workedDays.map((h) => h.date)) }));
  }
  return sets;
}

/** True when the date is a day off by the calendar (weekends aside). */
export const isPublicHoliday = (date: string, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): boolean => yearSets(date, calendar).off.has(date);

/** Monday 1 … Sunday 7. */
export const weekdayOf = (date: string): number => weekday(date) || 7;

/** A weekday that is not a day off, or a Saturday the calendar makes a working day. */
export function isWorkingDay(date: string, calendar: HolidayCalendar = LATVIAN_HOLIDAYS): boolean {
  const sets = yearSets(date, calendar);
  if (sets.worked.has(date)) return true;
  return weekdayOf(date) < 6 && !sets.off.has(date);
}
