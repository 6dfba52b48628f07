import type { Language } from '../config/schema';
import type { Slot, Weekday } from '../directory/person';
import { WEEKDAYS } from '../directory/person';
import { intlLocale } from './index';

/**
 * The one way dates and hours are written on screen and on paper. Calendar days are
 * `YYYY-MM-DD` in Latvian time already, so they are formatted as UTC to avoid a second shift.
 */
const noon = (date: string) => new Date(`${date}T12:00:00Z`);
/** English for visitors in Latvia: day before month. */
const locale = (language: Language) => (language === 'en' ? 'en-GB' : intlLocale(language));

/** `trešdiena, 25. novembris` style, in the language's conventions. */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(date));
}

// Intl writes Latvian dates in the nominative; "on Wednesday, 25 November" needs the locative.
const LV_WEEKDAY_ON = ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'];
const LV_MONTH_IN = ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'];

/** A day as the answer to "when?": `trešdien, 25. novembrī`; Latgalian uses the Latvian forms, like Intl does. */
export function formatDayOn(date: string, language: Language): string {
  if (language === 'en') return formatDay(date, language);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (noon(date).getUTCDay() + 6) % 7;
  return `${LV_WEEKDAY_ON[weekday]}, ${day}. ${LV_MONTH_IN[month - 1]}`;
}

/** `Pirmdiena` for `mon`, capitalised for lists. */
export function weekdayName(day: Weekday, language: Language): string {
  const monday = 1; // 2024-01-01 was a Monday
  const name = new Intl.DateTimeFormat(locale(language), { weekday: 'long', timeZone: 'UTC' }).format(noon(`2024-01-0${monday + WEEKDAYS.indexOf(day)}`));
  return name.charAt(0).toLocaleUpperCase(locale(language)) + name.slice(1);
}

/** `09:00–12:00, 13:00–17:00`. */
export function formatSlots(slots: readonly Slot[]): string {
  return slots.map((s) => `${s.from}–${s.to}`).join(', ');
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A calendar day in a table cell: `15.12.2026` in Latvian and Latgalian, `15/12/2026` in English. */
export function formatTableDate(date: string, language: Language): string {
  const [y, m, d] = date.slice(0, 10).split('-');
  return language === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

/** An instant in a table cell, in Latvian time: `15.12.2026 14:30`. */
export function formatTableTime(instant: string, language: Language): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Riga',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${formatTableDate(`${parts.year}-${parts.month}-${parts.day}`, language)} ${pad(Number(parts.hour))}:${parts.minute}`;
}
