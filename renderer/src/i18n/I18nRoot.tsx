import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../shared/config/schema';
import { createI18n } from '../../../shared/i18n';

/** One i18next instance per window; the language follows the prop. */
export function I18nRoot({ language, children }: { language: Language; children: ReactNode }) {
  // One instance for the window's lifetime; language changes go through changeLanguage below.
  const [i18n] = useState(() => createI18n(language));
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
  return <I18nextProvider i18n={i18n}>{children}</I18nextProvider>;
}
