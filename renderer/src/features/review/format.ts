import { intlLocale } from '../../../../shared/i18n';
import type { Language } from '../../../../shared/config/schema';

/** Calendar days (`YYYY-MM-DD`, already Latvian) and instants (shown in Latvian time). */
const dayFormats = new Map<string, Intl.DateTimeFormat>();
const instantFormats = new Map<string, Intl.DateTimeFormat>();

const lang = (language: string): Language => (language === 'en' || language === 'ltg' ? language : 'lv');

export function formatDate(date: string, language: string): string {
  const l = intlLocale(lang(language));
  let f = dayFormats.get(l);
  if (!f) dayFormats.set(l, (f = new Intl.DateTimeFormat(l, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(`${date}T12:00:00Z`));
}

export function formatInstant(instant: string, language: string): string {
  const l = intlLocale(lang(language));
  let f = instantFormats.get(l);
  if (!f)
    instantFormats.set(
      l,
      (f = new Intl.DateTimeFormat(l, { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Riga' })),
    );
  return f.format(new Date(instant));
}
