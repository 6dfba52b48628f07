import type { ClientLanguage } from '../config/schema';
import type { Person } from './person';

/**
 * A person's position as a screen or a sheet of paper shows it: in the person's gender, in the
 * client's language where the directory has it, and in Latvian otherwise.
 */
export type PositionSource = Pick<Person, 'position'> & Partial<Pick<Person, 'gender' | 'positionTranslations'>>;

export interface PositionText {
  text: string;
  /** The language the text is in: the one asked for, or Latvian when the directory lacks it. */
  language: ClientLanguage;
  /** True when another language was asked for and Latvian is shown instead: staff see a marker. */
  fallback: boolean;
}

// Nouns and adjectives that name posts, masculine nominative → feminine nominative. A word not
// here is never changed, so a position already written in the feminine stays as written, and the
// genitive words before the head noun (`vadītāja vietnieks`, `Nekustamā īpašuma`) are left alone.
const FEMININE: Record<string, string> = {
  vadītājs: 'vadītāja',
  priekšsēdētājs: 'priekšsēdētāja',
  aprūpētājs: 'aprūpētāja',
  skolotājs: 'skolotāja',
  audzinātājs: 'audzinātāja',
  speciālists: 'speciāliste',
  jurists: 'juriste',
  ekonomists: 'ekonomiste',
  policists: 'policiste',
  juriskonsults: 'juriskonsulte',
  konsultants: 'konsultante',
  referents: 'referente',
  asistents: 'asistente',
  revidents: 'revidente',
  arhitekts: 'arhitekte',
  eksperts: 'eksperte',
  ārsts: 'ārste',
  inspektors: 'inspektore',
  būvinspektors: 'būvinspektore',
  direktors: 'direktore',
  izpilddirektors: 'izpilddirektore',
  administrators: 'administratore',
  koordinators: 'koordinatore',
  operators: 'operatore',
  auditors: 'auditore',
  kurators: 'kuratore',
  sekretārs: 'sekretāre',
  bibliotekārs: 'bibliotekāre',
  darbinieks: 'darbiniece',
  vietnieks: 'vietniece',
  priekšnieks: 'priekšniece',
  padomnieks: 'padomniece',
  pārvaldnieks: 'pārvaldniece',
  loceklis: 'locekle',
  grāmatvedis: 'grāmatvede',
  lietvedis: 'lietvede',
  inženieris: 'inženiere',
  kasieris: 'kasiere',
  pārzinis: 'pārzine',
  analītiķis: 'analītiķe',
  metodiķis: 'metodiķe',
  psihologs: 'psiholoģe',
  palīgs: 'palīdze',
  tulks: 'tulce',
};
// Definite adjectives agree with the noun: `Vecākais grāmatvedis` → `Vecākā grāmatvede`.
const DEFINITE_ADJECTIVE = /^(\p{L}+)ais$/u;

const withCaseOf = (word: string, replacement: string) =>
  word.charAt(0) !== word.charAt(0).toLocaleLowerCase('lv') ? replacement.charAt(0).toLocaleUpperCase('lv') + replacement.slice(1) : replacement;

/**
 * A Latvian position written in the masculine, in the feminine: the post nouns above change, and
 * so do the definite adjectives with them. Text with no known post noun is returned as written.
 */
export function feminineLatvian(position: string): string {
  const words = position.split(/(\s+)/);
  if (!words.some((w) => FEMININE[w.toLocaleLowerCase('lv')])) return position;
  return words
    .map((word) => {
      const lower = word.toLocaleLowerCase('lv');
      const noun = FEMININE[lower];
      if (noun) return withCaseOf(word, noun);
      const adjective = DEFINITE_ADJECTIVE.exec(lower);
      return adjective ? withCaseOf(word, `${adjective[1]}ā`) : word;
    })
    .join('');
}

/** The Latvian position in the person's gender. */
export function latvianPosition(person: PositionSource): string {
  return person.gender === 'f' ? feminineLatvian(person.position) : person.position;
}

/** The position in `language`, or in Latvian (marked as a fallback) when the directory has no translation. */
export function positionIn(person: PositionSource, language: ClientLanguage | string): PositionText {
  if (language === 'en' || language === 'ltg') {
    const translated = person.positionTranslations?.[language]?.trim();
    if (translated) return { text: translated, language, fallback: false };
    return { text: latvianPosition(person), language: 'lv', fallback: true };
  }
  return { text: latvianPosition(person), language: 'lv', fallback: false };
}
