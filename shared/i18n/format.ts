import type { Language } from '../config/schema';
import type { Slot, Weekday } from '../directory/person';
import { WEEKDAYS } from '../directory/person';
import { inLatvia } from '../calendar/rigaTime';
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

// Intl writes Latvian dates in the nominative only; "on Wednesday, 25 November" needs the locative.
const LV_WEEKDAY_ON = ['pirmdien', 'otrdien', 'trešdien', 'ceturtdien', 'piektdien', 'sestdien', 'svētdien'];

/**
 * Latvian month names in the cases a sentence needs, the one table of them: nominative (a
 * date on its own), genitive ("Par Jūsu 30. aprīļa iesniegumu"), dative ("līdz 1. jūnijam")
 * and locative ("5. martā", "on 5 March"). Note the genitive aprīļa (l → ļ).
 */
export const LV_MONTHS = {
  nominative: ['janvāris', 'februāris', 'marts', 'aprīlis', 'maijs', 'jūnijs', 'jūlijs', 'augusts', 'septembris', 'oktobris', 'novembris', 'decembris'],
  genitive: ['janvāra', 'februāra', 'marta', 'aprīļa', 'maija', 'jūnija', 'jūlija', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra'],
  dative: ['janvārim', 'februārim', 'martam', 'aprīlim', 'maijam', 'jūnijam', 'jūlijam', 'augustam', 'septembrim', 'oktobrim', 'novembrim', 'decembrim'],
  locative: ['janvārī', 'februārī', 'martā', 'aprīlī', 'maijā', 'jūnijā', 'jūlijā', 'augustā', 'septembrī', 'oktobrī', 'novembrī', 'decembrī'],
} as const;
export type LatvianCase = keyof typeof LV_MONTHS;

/** `2026-04-30` → `2026. gada 30. aprīlis` (nominative), `… aprīļa`, `… aprīlim`, `… aprīlī`. */
export function latvianDate(date: string, grammaticalCase: LatvianCase): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return `${year}. gada ${day}. ${LV_MONTHS[grammaticalCase][month - 1]}`;
}

/** A day as the answer to "when?": `trešdien, 25. novembrī`; Latgalian uses the Latvian forms, like Intl does. */
export function formatDayOn(date: string, language: Language): string {
  if (language === 'en') return formatDay(date, language);
  const [, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (noon(date).getUTCDay() + 6) % 7;
  return `${LV_WEEKDAY_ON[weekday]}, ${day}. ${LV_MONTHS.locative[month - 1]}`;
}

// Genitive endings of the nouns institutions and posts are named by; the head noun comes last.
const GENITIVE_ENDINGS: Array<[string, string]> = [
  ['a', 'as'], // pašvaldība, komisija, nodaļa
  ['e', 'es'], // pārvalde, dome, padome
  ['š', 'a'], // (first declension in -š)
  ['s', 'a'], // dienests, birojs, centrs, izpilddirektors, tiesībsargs
];
// Words the rule above would get wrong: their genitive is the word itself (sixth declension, -us, -is).
const GENITIVE_SAME = /(?:valsts|pils|sirds|us|is)$/;

/**
 * A name in the genitive, for "nav … kompetencē" and "vērsties pie …": the last word is declined
 * (`Maltas pagasta pārvalde` → `… pārvaldes`, `Valsts ieņēmumu dienests` → `… dienesta`), the
 * words before it are already genitive attributes. A name whose last word ends otherwise, or is
 * in quotes or an abbreviation, is left as written; institutions can publish their own genitive.
 */
export function latvianGenitive(name: string): string {
  const m = /^(.*?)(\p{L}+)$/u.exec(name.trim());
  if (!m) return name.trim();
  const [, before, word] = m as unknown as [string, string, string];
  const lower = word.toLocaleLowerCase('lv');
  if (word === word.toLocaleUpperCase('lv') || GENITIVE_SAME.test(lower)) return name.trim();
  const rule = GENITIVE_ENDINGS.find(([end]) => lower.endsWith(end));
  return rule ? `${before}${word.slice(0, -rule[0].length)}${rule[1]}` : name.trim();
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
  const { date, minutes } = inLatvia(new Date(instant));
  return `${formatTableDate(date, language)} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
