import type { Language } from '../config/schema';
import type { Slot, Weekday } from '../directory/person';
import { WEEKDAYS } from '../directory/person';
import { intlLocale } from './index';

// Dates have one module of their own; these names stay importable from here.
export { formatClock, formatDay, formatDayOn, formatTableDate, formatTableTime, formatTimeRanges, latvianDate, LV_MONTHS, type LatvianCase } from './dates';
import { formatTimeRanges } from './dates';

const locale = (language: Language) => (language === 'en' ? 'en-GB' : intlLocale(language));
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

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

/** `9.00–12.00, 13.00–17.00` in Latvian, `9:00–12:00, 13:00–17:00` in English (dates.ts `formatTimeRanges`). */
export function formatSlots(slots: readonly Slot[], language: Language | string = 'lv'): string {
  return formatTimeRanges(slots, language);
}
