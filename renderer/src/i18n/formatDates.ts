import type { Language } from '../../../shared/config/schema';
import { intlLocale } from '../../../shared/i18n';

/** The one date formatter of the renderer: calendar dates and instants, in Latvian time. */
const asLanguage = (language: string): Language => (language === 'en' || language === 'ltg' ? language : 'lv');

export function formatDate(isoDate: string, language: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlLocale(asLanguage(language)), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatDateTime(instant: string, language: string): string {
  return new Intl.DateTimeFormat(intlLocale(asLanguage(language)), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Riga' }).format(
    new Date(instant),
  );
}
