import { addDays, weekday } from './dates';
import { holidaysOf, type HolidayCalendar } from './holidays';

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** The date `count` working days after `date` (the day itself is not counted). */
  addWorkingDays(date: string, count: number): string;
  /** The date itself if it is a working day, otherwise the next working day. */
  nextWorkingDay(date: string): string;
}

/** Working days skip weekends and the calendar's days off; transferred Saturdays are worked. */
export function workCalendar(calendar: HolidayCalendar): WorkCalendar {
  const daysOff = new Map<number, Set<string>>();
  const worked = new Set(calendar.workingDays.map((d) => d.date));
  const offIn = (year: number) => {
    let set = daysOff.get(year);
    if (!set) daysOff.set(year, (set = new Set(holidaysOf(year, calendar).map((h) => h.date))));
    return set;
  };
  const isWorkingDay = (date: string): boolean => {
    if (worked.has(date)) return true;
    const wd = weekday(date);
    return wd !== 0 && wd !== 6 && !offIn(Number(date.slice(0, 4))).has(date);
  };
  return {
    isWorkingDay,
    addWorkingDays(date, count) {
      let day = date;
      for (let left = count; left > 0;) {
        day = addDays(day, 1);
        if (isWorkingDay(day)) left--;
      }
      return day;
    },
    nextWorkingDay(date) {
      let day = date;
      while (!isWorkingDay(day)) day = addDays(day, 1);
      return day;
    },
  };
}
