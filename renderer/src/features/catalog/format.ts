import type { Language } from '../../../../shared/config/schema';
import { intlLocale } from '../../../../shared/i18n';

// Dates come from the one formatter of the app.
export { formatDate } from '../../../../shared/i18n/dates';

export const formatEur = (amount: number, language: Language): string =>
  new Intl.NumberFormat(intlLocale(language), { style: 'currency', currency: 'EUR' }).format(amount);
