import { searchTerm, words } from './text';

/**
 * What a client says at the desk, and the words the catalogue uses for it. A query word found
 * here also finds its official words, never the other way round: "celt māju" finds the building
 * permit, "būvatļauja" does not find every house. Judged against the queries in the tests
 * (test/support/searchJudgements.ts); add a line when staff report a miss.
 */
const EVERYDAY: Record<string, readonly string[]> = {
  precēties: ['laulība', 'kāzas'],
  precības: ['laulība', 'kāzas'],
  apprecēties: ['laulība', 'kāzas'],
  nomira: ['miršana', 'apbedīšana'],
  nomiris: ['miršana', 'apbedīšana'],
  miris: ['miršana', 'apbedīšana'],
  nāve: ['miršana'],
  piedzima: ['dzimšana', 'jaundzimušais'],
  piedzimšana: ['dzimšana', 'jaundzimušais'],
  piedzimis: ['dzimšana', 'jaundzimušais'],
  nodega: ['ugunsgrēks', 'krīze'],
  nodegusi: ['ugunsgrēks', 'krīze'],
  degšana: ['ugunsgrēks'],
  celt: ['būvniecība', 'būvatļauja'],
  būvēt: ['būvniecība', 'būvatļauja'],
  celtniecība: ['būvniecība', 'būvatļauja'],
  šķūnis: ['palīgēka'],
  pirts: ['palīgēka'],
  garāža: ['palīgēka'],
  nojaukt: ['nojaukšana'],
  dārziņš: ['bērnudārzs', 'pirmsskola'],
  pierakstīties: ['deklarēšana', 'pieraksts'],
  pierakstīt: ['deklarēšana', 'pieraksts'],
  izrakstīt: ['anulēšana'],
  izrakstīties: ['anulēšana'],
  tirgoties: ['tirdzniecība'],
  tirgošanās: ['tirdzniecība'],
  zāģēt: ['ciršana'],
  zāģēšana: ['ciršana'],
  nozāģēt: ['ciršana'],
  invalīds: ['invaliditāte'],
  mainīt: ['maiņa'],
  pārmaksāts: ['pārmaksa'],
  nopirkt: ['atsavināšana', 'pirkšana'],
  suņi: ['suns'],
  kaķis: ['mājdzīvnieks'],
  parāds: ['parāds', 'neesamība'],
  numurs: ['adrese', 'numurs'],
};

/** Words that carry no meaning in a query ("rinda uz dārziņu", "izziņa, ka nav parādu"). */
const STOP_WORDS = new Set(
  [
    'uz',
    'no',
    'ar',
    'par',
    'pie',
    'pēc',
    'pa',
    'bez',
    'līdz',
    'priekš',
    'ka',
    'kā',
    'ko',
    'kas',
    'kur',
    'kad',
    'un',
    'vai',
    'ir',
    'nav',
    'es',
    'mēs',
    'man',
    'mums',
    'gribu',
    'gribam',
    'grib',
    'vēlos',
    'vēlamies',
    'vajag',
    'vajadzīgs',
    'vajadzīga',
    'lūdzu',
    'the',
    'a',
    'of',
    'for',
  ].map((w) => searchTerm(w)),
);

const EXPANSIONS = new Map(Object.entries(EVERYDAY).map(([word, official]) => [searchTerm(word), official]));

export interface QueryWord {
  /** The word as typed (folded). */
  word: string;
  /** Official words it also finds. */
  also: readonly string[];
  /** The word staff are still typing: matched as a prefix. */
  typing: boolean;
}

/**
 * A query as words to look up: meaningless words left out (unless nothing else is left), each
 * word with the official words it stands for, and the last word marked as still being typed
 * unless the query ends in a space.
 */
export function queryWords(query: string): QueryWord[] {
  const all = words(query);
  if (all.length === 0) return [];
  const stillTyping = !/\s$/.test(query);
  const kept = all.filter((w, i) => !STOP_WORDS.has(searchTerm(w)) || (stillTyping && i === all.length - 1));
  const chosen = kept.length > 0 ? kept : all;
  return chosen.map((word, i) => ({
    word,
    also: EXPANSIONS.get(searchTerm(word)) ?? [],
    typing: stillTyping && i === chosen.length - 1 && word === all[all.length - 1],
  }));
}
