import { formatTableDate, formatTableTime } from '../../../../shared/i18n/dates';

/** Review lists and fields write days and moments as tables do: `15.12.2026`, `15.12.2026 14:30` (Latvian time). */
export const formatDate = (date: string, language: string): string => formatTableDate(date, language);
export const formatInstant = (instant: string, language: string): string => formatTableTime(instant, language);
