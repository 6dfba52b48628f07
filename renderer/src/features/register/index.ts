export { CalendarNotice } from './CalendarNotice';
