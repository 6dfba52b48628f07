import { WEEKDAYS, type Absence, type Weekday, type WeeklySlot } from './person';

/**
 * The plain-text forms an admin types in a CSV cell or an edit field:
 * hours `mon 09:00-12:00, 13:00-17:00; wed 14:00-18:00` (Latvian `P O T C Pk S Sv` too),
 * absences `2026-07-01..2026-07-14; 2026-12-01`, lists `lv; en`.
 * Parsers return null when the text does not follow the form.
 */
const LATVIAN_DAYS: Record<string, Weekday> = { p: 'mon', o: 'tue', t: 'wed', c: 'thu', pk: 'fri', s: 'sat', sv: 'sun' };
const TIME = '([01]?\\d|2[0-3])[:.]([0-5]\\d)';
const RANGE = new RegExp(`^${TIME}\\s*[-–]\\s*${TIME}$`);
const pad = (h: string) => h.padStart(2, '0');

export function parseList(text: string): string[] {
  return text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseWeekly(text: string): WeeklySlot[] | null {
  const slots: WeeklySlot[] = [];
  for (const part of text
    .split(/[;\n]/)
    .map((s) => s.trim())
    .filter(Boolean)) {
    const match = /^(\p{L}+)\.?\s+(.+)$/u.exec(part);
    if (!match) return null;
    const code = match[1]!.toLowerCase();
    const day = (WEEKDAYS as readonly string[]).includes(code) ? (code as Weekday) : LATVIAN_DAYS[code];
    if (!day) return null;
    for (const range of match[2]!.split(',').map((s) => s.trim())) {
      const r = RANGE.exec(range);
      if (!r) return null;
      const from = `${pad(r[1]!)}:${r[2]}`;
      const to = `${pad(r[3]!)}:${r[4]}`;
      if (from >= to) return null;
      slots.push({ day, from, to });
    }
  }
  return slots;
}

export function formatWeekly(slots: readonly WeeklySlot[]): string {
  return WEEKDAYS.flatMap((day) => {
    const ranges = slots.filter((s) => s.day === day).map((s) => `${s.from}-${s.to}`);
    return ranges.length ? [`${day} ${ranges.join(', ')}`] : [];
  }).join('; ');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseAbsences(text: string): Absence[] | null {
  const absences: Absence[] = [];
  for (const part of parseList(text.replace(/,/g, ';'))) {
    const [from = '', to = from, ...rest] = part.split('..').map((s) => s.trim());
    if (rest.length || !DATE.test(from) || !DATE.test(to) || from > to) return null;
    absences.push({ from, to });
  }
  return absences;
}

export function formatAbsences(absences: readonly Absence[]): string {
  return absences.map((a) => (a.from === a.to ? a.from : `${a.from}..${a.to}`)).join('; ');
}
