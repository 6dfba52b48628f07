import type { Language } from '../config/schema';
import type { Slot, Weekday } from '../directory/person';
import { WEEKDAYS } from '../directory/person';
import { intlLocale } from './index';

/**
 * The one way dates and hours are written on screen and on paper. Calendar days are
 * `YYYY-MM-DD` in Latvian time already, so they are formatted as UTC to avoid a second shift.
 */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** `trešdiena, 25. novembris` style, in the language's conventions. */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(date));
}

/** `Pirmdiena` for `mon`, capitalised for lists. */
export function weekdayName(day: Weekday, language: Language): string {
  const monday = 1; // 2024-01-01 was a Monday
  const name = new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', timeZone: 'UTC' }).format(
    noon(`2024-01-0${monday + WEEKDAYS.indexOf(day)}`),
  );
  return name.charAt(0).toLocaleUpperCase(intlLocale(language)) + name.slice(1);
}

/** `09:00–12:00, 13:00–17:00`. */
export function formatSlots(slots: readonly Slot[]): string {
  return slots.map((s) => `${s.from}–${s.to}`).join(', ');
}
