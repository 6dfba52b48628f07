import type { Language } from '../config/schema';
import { inLatvia } from '../calendar/rigaTime';
import { intlLocale } from './index';

/**
 * The one way dates are written on screen and on paper, in every language:
 * - running text: `2026. gada 15. decembrī` in the case the sentence needs (`formatDate`), `15 December 2026` in English;
 * - tables and lists: `15.12.2026` (`formatTableDate`), `15.12.2026 14:30` for a moment (`formatTableTime`).
 * Never `2026-12-15` and never an abbreviated month. Calendar days (`YYYY-MM-DD`) are already
 * Latvian days; an instant (`…T…Z`) is first taken to its day and time in Latvia.
 */

/** A calendar day or an instant → the Latvian calendar day it falls on. */
export function dayOf(dateOrInstant: string): string {
  return dateOrInstant.length <= 10 ? dateOrInstant : inLatvia(new Date(dateOrInstant)).date;
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);
/** English for visitors in Latvia: day before month. */
const locale = (language: Language) => (language === 'en' ? 'en-GB' : intlLocale(language));
const asLanguage = (language: string): Language => (language === 'en' || language === 'ltg' ? language : 'lv');

/**
 * Latvian month names in the cases a sentence needs, the one table of them: nominative (a
 * date on its own: "Datums: 2026. gada 1. oktobris"), genitive ("Par Jūsu 30. aprīļa
 * iesniegumu"), dative ("līdz 1. jūnijam") and locative ("publicēts 5. martā"). Note the
 * genitive aprīļa (l → ļ). Latgalian screens write dates with the same forms.
 */
export const LV_MONTHS = {
  nominative: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
  genitive: ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  dative: ['janvārim', 'februārim', 'martam', 'aprīlim', 'maijam', 'jūnijam', 'jūlijam', 'augustam', 'septembrim', 'oktobrim', 'novembrim', 'decembrim'],
  locative: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
} as const;
export type LatvianCase = keyof typeof LV_MONTHS;

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2026-04-30` → `2026. gada 30. aprīlis` (nominative), `… aprīļa`, `… aprīlim`, `… aprīlī`. */
export function latvianDate(date: string, grammaticalCase: LatvianCase): string {
  const [year, month, day] = dayOf(date).split('-').map(Number) as [number, number, number];
  return `${year}. gada ${day}. ${LV_MONTHS[grammaticalCase][month - 1]}`;
}

/**
 * A date in running text. Latvian and Latgalian: `2026. gada 15. decembrī` with the month in the
 * case the sentence asks for ("publicēts" → locative, "līdz" → dative, "… iesniegums" → genitive);
 * English: `15 December 2026` whatever the case.
 */
export function formatDate(date: string, language: Language | string, grammaticalCase: LatvianCase = 'nominative'): string {
  if (asLanguage(language) === 'en') {
    const [year, month, day] = dayOf(date).split('-').map(Number) as [number, number, number];
    return `${day} ${EN_MONTHS[month - 1]} ${year}`;
  }
  return latvianDate(date, grammaticalCase);
}

/** A calendar day in a table cell: `15.12.2026` in Latvian and Latgalian, `15/12/2026` in English. */
export function formatTableDate(date: string, language: Language | string): string {
  const [y, m, d] = dayOf(date).split('-');
  return asLanguage(language) === 'en' ? `${d}/${m}/${y}` : `${d}.${m}.${y}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant in a table cell, in Latvian time: `15.12.2026 14:30`. */
export function formatTableTime(instant: string, language: Language | string): string {
  const { date, minutes } = inLatvia(new Date(instant));
  return `${formatTableDate(date, language)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** An instant in running text: `2026. gada 15. decembrī plkst. 14:30`, `15 December 2026 at 14:30`. */
export function formatDateTime(instant: string, language: Language | string, grammaticalCase: LatvianCase = 'locative'): string {
  const { date, minutes } = inLatvia(new Date(instant));
  const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return asLanguage(language) === 'en' ? `${formatDate(date, 'en')} at ${time}` : `${latvianDate(date, grammaticalCase)} plkst. ${time}`;
}

/** `trešdiena, 25. novembris` style, in the language's conventions. */
export function formatDay(date: string, language: Language): string {
  return new Intl.DateTimeFormat(locale(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(noon(date));
}

// Intl writes Latvian dates in the nominative only; "on Wednesday, 25 November" needs the locative.
const LV_WEEKDAY_ON = ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'];

/** A day as the answer to "when?": `trešdien, 25. novembrī`; Latgalian uses the Latvian forms, like Intl does. */
export function formatDayOn(date: string, language: Language): string {
  if (language === 'en') return formatDay(date, language);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (noon(date).getUTCDay() + 6) % 7;
  return `${LV_WEEKDAY_ON[weekday]}, ${day}. ${LV_MONTHS.locative[month - 1]}`;
}

/** A share as a percentage with the language's decimal sign: `87,5 %` in Latvian, `87.5%` in English. */
export function formatPercent(share: number, language: Language | string, fractionDigits = 1): string {
  const l = asLanguage(language);
  const n = new Intl.NumberFormat(l === 'en' ? 'en-GB' : 'lv', { maximumFractionDigits: fractionDigits }).format(share * 100);
  return l === 'en' ? `${n}%` : `${n}\u00a0%`;
}

/** A day as a date input shows it in the staff's language, for hints: `dd.mm.gggg` in Latvian. */
export const DATE_INPUT_PATTERN: Record<Language, string> = { lv: 'dd.mm.gggg', ltg: 'dd.mm.gggg', en: 'dd/mm/yyyy' };

/** A number with the language's decimal sign: `4,5` in Latvian, `4.5` in English. */
export function formatNumber(value: number, language: Language | string, fractionDigits = 1): string {
  return new Intl.NumberFormat(asLanguage(language) === 'en' ? 'en-GB' : 'lv', { maximumFractionDigits: fractionDigits }).format(value);
}

/**
 * A clock time as an office writes it: `8.30` in Latvian and Latgalian (no leading zero, a
 * point), `8:30` in English. Stored times stay `08:30`.
 */
export function formatClock(hhmm: string, language: Language | string = 'lv'): string {
  const [h = '0', m = '00'] = hhmm.split(':');
  return `${Number(h)}${asLanguage(language) === 'en' ? ':' : '.'}${m}`;
}

/** Reception slots of one day: `8.30–12.00, 12.30–17.00` (an en dash, a comma between slots). */
export function formatTimeRanges(slots: ReadonlyArray<{ from: string; to: string }>, language: Language | string = 'lv'): string {
  return slots.map((s) => `${formatClock(s.from, language)}–${formatClock(s.to, language)}`).join(', ');
}
