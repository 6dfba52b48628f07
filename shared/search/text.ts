/**
 * Text handling for every search in the app (directory, catalogue, register): staff type
 * fast, without diacritics, with Latvian word endings the other way round.
 */

/** Lower case with diacritics removed: `Bērziņa` → `berzina`. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

// Longest first: noun declension and verb endings common in service names and texts, and
// the nouns made from verbs (-ācija, -ēšana), so that a verb finds its noun.
const ENDINGS = [
  'acijas',
  'acijai',
  'acija',
  'aciju',
  'esanas',
  'esanai',
  'esanam',
  'esana',
  'esanu',
  'asanas',
  'asana',
  'asanu',
  'ajiem',
  'ajam',
  'ajai',
  'ajos',
  'ajas',
  'sana',
  'sanas',
  'sanu',
  'sanai',
  'sanam',
  'umiem',
  'umos',
  'umam',
  'umus',
  'umu',
  'ums',
  'uma',
  'iem',
  'am',
  'em',
  'im',
  'os',
  'as',
  'es',
  'is',
  'us',
  'ai',
  'ei',
  'ui',
  'et',
  'at',
  'it',
  'a',
  'e',
  'i',
  'u',
  's',
  't',
  'o',
];

/**
 * A light Latvian stemmer on folded words: strips one inflectional ending so that
 * `iesniegums`, `iesnieguma` and `iesniegt` meet at `iesnieg`, and `reģistrēt`,
 * `reģistrēšana` and `reģistrācija` at `registr`. Short words are kept whole.
 */
export function stem(word: string): string {
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= 4 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/** Splits folded text into words (letters and digits). */
export function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** What an index stores and a query looks up for each word. */
export function searchTerm(word: string): string {
  return stem(fold(word));
}
