import type { Language } from '../../../../shared/config/schema';
import { intlLocale } from '../../../../shared/i18n';

export const formatDate = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(intlLocale(language), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Riga' }).format(
    new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso),
  );

export const formatEur = (amount: number, language: Language): string =>
  new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR' }).format(amount);
