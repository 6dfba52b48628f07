import { z } from 'zod';

/**
 * Latvian public holidays (Law on Public Holidays, Commemoration Days and Celebration Days),
 * kept as data so that an admin can add a one-off holiday or a Cabinet-ordered transfer of a
 * working day without a new release. Dates are calendar days in Latvia, `YYYY-MM-DD`.
 */
export interface FixedHoliday {
  month: number;
  day: number;
  name: string;
  /** When the day falls on a Saturday or Sunday, the next Monday is a holiday too. */
  movesToMonday?: boolean;
}

export interface EasterHoliday {
  /** Days from Easter Sunday (Good Friday is -2). */
  offset: number;
  name: string;
}

/** A working day moved by Cabinet order: `off` becomes a holiday, `workOn` (a Saturday) a working day. */
export interface TransferredDay {
  off: string;
  workOn: string;
}

export interface HolidayRules {
  fixed: FixedHoliday[];
  easter: EasterHoliday[];
  /** One-off holidays declared by law for a single year. */
  extra: Array<{ date: string; name: string }>;
  transfers: TransferredDay[];
}

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** The rules as an admin may publish them (e.g. to the share's config folder), checked before use. */
export const holidayRulesSchema = z
  .object({
    fixed: z.array(z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31), name: z.string().min(1), movesToMonday: z.boolean().optional() }).strict()),
    easter: z.array(z.object({ offset: z.number().int().min(-60).max(70), name: z.string().min(1) }).strict()),
    extra: z.array(z.object({ date: day, name: z.string().min(1) }).strict()),
    transfers: z.array(z.object({ off: day, workOn: day }).strict()),
  })
  .strict() satisfies z.ZodType<HolidayRules>;

export interface Holiday {
  date: string;
  name: string;
}

export const LATVIAN_HOLIDAYS: HolidayRules = {
  fixed: [
    { month: 1, day: 1, name: 'Jaungada diena' },
    { month: 5, day: 1, name: 'Darba svētki; Latvijas Republikas Satversmes sapulces sasaukšanas diena' },
    { month: 5, day: 4, name: 'Latvijas Republikas Neatkarības deklarācijas pasludināšanas diena', movesToMonday: true },
    { month: 6, day: 23, name: 'Līgo diena' },
    { month: 6, day: 24, name: 'Jāņu diena' },
    { month: 11, day: 18, name: 'Latvijas Republikas proklamēšanas diena', movesToMonday: true },
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
  extra: [{ date: '2023-05-29', name: 'Brīvdiena par godu hokeja izlases bronzas medaļām' }],
  transfers: [{ off: '2025-05-02', workOn: '2025-05-10' }],
};

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Shifts a `YYYY-MM-DD` calendar day by whole days (calendar arithmetic in UTC, no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export function weekdayOf(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return ((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7) + 1;
}

/** Western (Gregorian) Easter Sunday, by the anonymous Gregorian computus. */
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
  return iso(year, month, day);
}

/** Every public holiday of a year, sorted by date, one entry per day. */
export function holidaysOf(year: number, rules: HolidayRules = LATVIAN_HOLIDAYS): Holiday[] {
  const byDate = new Map<string, string>();
  const add = (date: string, name: string) => {
    if (!byDate.has(date)) byDate.set(date, name);
  };
  for (const h of rules.fixed) {
    const date = iso(year, h.month, h.day);
    add(date, h.name);
    const weekday = weekdayOf(date);
    if (h.movesToMonday && weekday >= 6) add(addDays(date, 8 - weekday), h.name);
  }
  const easter = easterSunday(year);
  for (const h of rules.easter) add(addDays(easter, h.offset), h.name);
  for (const h of rules.extra) if (h.date.startsWith(`${year}-`)) add(h.date, h.name);
  for (const t of rules.transfers) if (t.off.startsWith(`${year}-`)) add(t.off, 'Pārcelta darba diena');
  return [...byDate].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<string, Set<string>>();
function holidaySet(year: number, rules: HolidayRules): Set<string> {
  const key = rules === LATVIAN_HOLIDAYS ? String(year) : '';
  const hit = key ? cache.get(key) : undefined;
  if (hit) return hit;
  const set = new Set(holidaysOf(year, rules).map((h) => h.date));
  if (key) cache.set(key, set);
  return set;
}

/** Whether a calendar day (`YYYY-MM-DD`) is a public holiday (including a transferred day off). */
export function isPublicHoliday(date: string, rules: HolidayRules = LATVIAN_HOLIDAYS): boolean {
  return holidaySet(Number(date.slice(0, 4)), rules).has(date);
}

/** Whether a calendar day is a working day: not a weekend, not a holiday, or a Saturday worked by transfer. */
export function isWorkingDay(date: string, rules: HolidayRules = LATVIAN_HOLIDAYS): boolean {
  if (rules.transfers.some((t) => t.workOn === date)) return true;
  return weekdayOf(date) <= 5 && !isPublicHoliday(date, rules);
}
