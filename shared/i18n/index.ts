import i18next, { type i18n as I18n, type Resource } from 'i18next';
import type { Language } from '../config/schema';
import catalogEn from './locales/catalog/en.json';
import catalogLtg from './locales/catalog/ltg.json';
import catalogLv from './locales/catalog/lv.json';
import commonEn from './locales/common/en.json';
import commonLtg from './locales/common/ltg.json';
import commonLv from './locales/common/lv.json';
import directoryEn from './locales/directory/en.json';
import directoryLtg from './locales/directory/ltg.json';
import directoryLv from './locales/directory/lv.json';
import displayEn from './locales/display/en.json';
import displayLtg from './locales/display/ltg.json';
import displayLv from './locales/display/lv.json';
import serviceEn from './locales/service/en.json';
import serviceLtg from './locales/service/ltg.json';
import serviceLv from './locales/service/lv.json';
import registerEn from './locales/register/en.json';
import registerLtg from './locales/register/ltg.json';
import registerLv from './locales/register/lv.json';
import reviewEn from './locales/review/en.json';
import reviewLtg from './locales/review/ltg.json';
import reviewLv from './locales/review/lv.json';
import vocabularyEn from './locales/vocabulary/en.json';
import vocabularyLtg from './locales/vocabulary/ltg.json';
import vocabularyLv from './locales/vocabulary/lv.json';

/**
 * Every namespace with its three locales. Features add theirs here. `vocabulary` holds the one
 * label of each code the register uses (kinds, channels, subjects, statuses, reviewers): every
 * namespace falls back to it, so the form, the lists, the reports and the exports say the same.
 */
export const resources = {
  lv: {
    common: commonLv,
    vocabulary: vocabularyLv,
    display: displayLv,
    catalog: catalogLv,
    service: serviceLv,
    directory: directoryLv,
    register: registerLv,
    review: reviewLv,
  },
  ltg: {
    common: commonLtg,
    vocabulary: vocabularyLtg,
    display: displayLtg,
    catalog: catalogLtg,
    service: serviceLtg,
    directory: directoryLtg,
    register: registerLtg,
    review: reviewLtg,
  },
  en: {
    common: commonEn,
    vocabulary: vocabularyEn,
    display: displayEn,
    catalog: catalogEn,
    service: serviceEn,
    directory: directoryEn,
    register: registerEn,
    review: reviewEn,
  },
} satisfies Resource;

/** The groups of codes whose labels live only in `vocabulary`. */
export const VOCABULARY_GROUPS = Object.keys(resources.lv.vocabulary) as Array<keyof (typeof resources)['lv']['vocabulary']>;

export const NAMESPACES = Object.keys(resources.lv) as Array<keyof (typeof resources)['lv']>;

/** Latvian is the default and the fallback for anything a locale lacks. */
export function createI18n(language: Language = 'lv'): I18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'lv',
    supportedLngs: ['lv', 'ltg', 'en'],
    ns: NAMESPACES,
    defaultNS: 'common',
    fallbackNS: 'vocabulary',
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}

/** BCP 47 tag for Intl: Latgalian texts use Latvian number and date conventions. */
export const intlLocale = (language: Language): string => (language === 'ltg' ? 'lv' : language);
