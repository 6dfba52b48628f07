/** Reception hours are kept in Latvian local time, whatever the computer's own zone is. */
export const LATVIA_TIME_ZONE = 'Europe/Riga';

export interface LocalMoment {
  /** Calendar day in Latvia, `YYYY-MM-DD`. */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const format = new Intl.DateTimeFormat('en-CA', {
  timeZone: LATVIA_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Latvian calendar day and wall-clock time of an instant (summer time included). */
export function inLatvia(instant: Date): LocalMoment {
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** `HH:MM` → minutes since midnight. */
export const toMinutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
