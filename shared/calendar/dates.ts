/**
 * Calendar dates as `YYYY-MM-DD` text, with arithmetic on UTC day numbers so that no time
 * zone or daylight-saving change can shift a deadline.
 */
const DAY = 86_400_000;

export const isIsoDate = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && toIso(dayNumber(text)) === text;

export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Math.floor(Date.UTC(y, m - 1, d) / DAY);
}

export function toIso(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export const isoOf = (year: number, month: number, day: number): string => toIso(Math.floor(Date.UTC(year, month - 1, day) / DAY));

export const addDays = (date: string, days: number): string => toIso(dayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (date: string): number => new Date(dayNumber(date) * DAY).getUTCDay();

/** The same day `months` later; a day the month lacks becomes the month's last day (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return isoOf(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, last));
}

const rigaFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Riga', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Latvia at an instant: deadlines count from the day of registration there. */
export function rigaDate(epochMs: number): string {
  const parts = Object.fromEntries(rigaFormat.formatToParts(new Date(epochMs)).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
