import { addDays } from './dates';
import { isWorkingDay as workingIn, type HolidayCalendar } from './holidays';

export interface WorkCalendar {
  isWorkingDay(date: string): boolean;
  /** The date `count` working days after `date` (the day itself is not counted). */
  addWorkingDays(date: string, count: number): string;
  /** The date itself if it is a working day, otherwise the next working day. */
  nextWorkingDay(date: string): string;
}

/** Working days skip weekends and the calendar's days off; transferred Saturdays are worked. */
export function workCalendar(calendar: HolidayCalendar): WorkCalendar {
  const isWorkingDay = (date: string): boolean => workingIn(date, calendar);
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
