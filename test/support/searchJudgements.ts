/**
 * Judged queries for the catalogue search: what reception staff type when a client asks, and
 * the services a good answer starts with. `relevant` lists every service that belongs near the
 * top, the best first; `people` (when given) lists staff the directory must offer for the same
 * words, so a desk can refer the client. Judged against the sample catalogue and directory of
 * preview mode; typed as staff type them: without diacritics, with typos, in any word form,
 * with everyday words for the official ones.
 */
export interface Judgement {
  query: string;
  relevant: readonly string[];
  people?: readonly string[];
}

export const JUDGED_QUERIES: readonly Judgement[] = [
  // Civil registry
  { query: 'dzimšanas reģistrācija', relevant: ['dzimsanas-registracija'] },
  { query: 'dzimsanas registracija', relevant: ['dzimsanas-registracija'] },
  { query: 'dzimšnas apliecība', relevant: ['dzimsanas-registracija', 'atkartota-aplieciba'] },
  { query: 'bērna piedzimšana', relevant: ['jaundzimusa-pabalsts', 'dzimsanas-registracija'] },
  { query: 'piedzima bērns', relevant: ['dzimsanas-registracija', 'jaundzimusa-pabalsts'] },
  { query: 'jaundzimušā pabalsts', relevant: ['jaundzimusa-pabalsts'] },
  { query: 'kāzas', relevant: ['laulibas-registracija'] },
  { query: 'gribam precēties', relevant: ['laulibas-registracija'] },
  { query: 'laulība', relevant: ['laulibas-registracija', 'laulibas-skirsana'] },
  { query: 'šķiršanās', relevant: ['laulibas-skirsana'] },
  { query: 'nomira tēvs', relevant: ['mirsanas-registracija', 'apbedisanas-pabalsts'] },
  { query: 'miršanas apliecība', relevant: ['mirsanas-registracija', 'atkartota-aplieciba'] },
  { query: 'bēres', relevant: ['apbedisanas-pabalsts', 'mirsanas-registracija'] },
  { query: 'uzvārda maiņa', relevant: ['uzvarda-maina'] },
  { query: 'mainīt vārdu', relevant: ['uzvarda-maina'] },
  { query: 'apliecības dublikāts', relevant: ['atkartota-aplieciba'] },
  { query: 'paternitāte', relevant: ['paternitate'] },
  { query: 'tēva atzīšana', relevant: ['paternitate'] },
  // Social service
  { query: 'GMI', relevant: ['gmi-pabalsts'] },
  { query: 'minimālais ienākums', relevant: ['gmi-pabalsts'] },
  { query: 'trūcīgā statuss', relevant: ['trucigas-statuss'] },
  { query: 'maznodrošinātais', relevant: ['maznodrosinatas-statuss'] },
  { query: 'īres pabalsts', relevant: ['majokla-pabalsts'] },
  { query: 'komunālie maksājumi', relevant: ['majokla-pabalsts'] },
  { query: 'nodega māja', relevant: ['krizes-pabalsts'] },
  { query: 'ugunsgrēks', relevant: ['krizes-pabalsts'] },
  { query: 'aprūpe mājās', relevant: ['aprupe-majas'] },
  { query: 'pansionāts', relevant: ['ilgstosa-aprupe'] },
  { query: 'asistents invalīdam', relevant: ['asistenta-pakalpojums'] },
  { query: 'sociālais dzīvoklis', relevant: ['socialais-dzivoklis'] },
  // Building authority
  { query: 'būvatļauja', relevant: ['buvatlauja'] },
  { query: 'buvatlauja', relevant: ['buvatlauja'] },
  { query: 'celt māju', relevant: ['buvatlauja'] },
  { query: 'šķūnis', relevant: ['paskaidrojuma-raksts'] },
  { query: 'nojaukt māju', relevant: ['nojauksana'] },
  { query: 'grausts', relevant: ['nojauksana'] },
  { query: 'fasādes renovācija', relevant: ['fasades-atjaunosana'] },
  { query: 'nodot ekspluatācijā', relevant: ['ekspluatacija'] },
  // Real estate
  { query: 'zemes noma', relevant: ['zemes-nomas-ligums'] },
  { query: 'mājas numurs', relevant: ['adreses-pieskirsana'] },
  { query: 'zemes sadalīšana', relevant: ['zemes-ierice'] },
  { query: 'pirmpirkums', relevant: ['pirmpirkuma-tiesibas'] },
  { query: 'nopirkt pašvaldības dzīvokli', relevant: ['dzivokla-privatizacija'] },
  // Education
  { query: 'bērnudārzs', relevant: ['bernudarza-rinda'] },
  { query: 'rinda uz dārziņu', relevant: ['bernudarza-rinda'] },
  { query: 'pirmā klase', relevant: ['skolas-uznemsana'] },
  { query: 'skolēnu autobuss', relevant: ['transporta-kompensacija'] },
  { query: 'brīvpusdienas', relevant: ['brivpusdienas'] },
  { query: 'pulciņi', relevant: ['interesu-izglitiba'] },
  // Residence
  { query: 'deklarēt dzīvesvietu', relevant: ['dzivesvietas-deklaresana'] },
  { query: 'pierakstīties', relevant: ['dzivesvietas-deklaresana'] },
  { query: 'izrakstīt no dzīvokļa', relevant: ['deklaretas-zinas-anulesana'] },
  { query: 'izziņa par deklarēto dzīvesvietu', relevant: ['deklaresanas-izzina'] },
  // Finance
  { query: 'nekustamā īpašuma nodoklis', relevant: ['nin-samaksa', 'nin-atvieglojumi'] },
  { query: 'NĪN atlaide', relevant: ['nin-atvieglojumi'] },
  { query: 'pārmaksāts nodoklis', relevant: ['nodokla-parmaksa'] },
  { query: 'izziņa ka nav parādu', relevant: ['nodokla-izzina'] },
  // Municipal services
  { query: 'tirgošanās uz ielas', relevant: ['tirdzniecibas-atlauja'] },
  { query: 'koncerts', relevant: ['publisks-pasakums'] },
  { query: 'atkritumu konteiners', relevant: ['atkritumu-ligums'] },
  { query: 'koku zāģēšana', relevant: ['koku-cirsana'] },
  { query: 'suns', relevant: ['suna-registracija'], people: ['normunds.griva'] },
  { query: 'suņa nodoklis', relevant: ['suna-registracija'] },
  { query: 'rakšanas atļauja', relevant: ['raksanas-atlauja'] },
  { query: 'alkohols pasākumā', relevant: ['alkohola-licence'] },
  // Registry and archive
  { query: 'sūdzība', relevant: ['iesnieguma-pienemsana'] },
  { query: 'darba stāžs', relevant: ['arhiva-izzina'] },
  { query: 'dokumenta kopija', relevant: ['dokumenta-kopija'] },
  { query: 'apliecināt parakstu', relevant: ['parakstu-apliecinasana'] },
  { query: 'informācijas pieprasījums', relevant: ['informacijas-pieprasijums'] },
  // Orphan's court
  { query: 'aizbildnība', relevant: ['aizbildniba'] },
  { query: 'audžuģimene', relevant: ['audzugimene'] },
  { query: 'mantojums', relevant: ['mantojuma-apsardziba'] },
  { query: 'zemesgrāmata', relevant: ['apliecinajumi-barintiesa'] },
];

/** Queries where the municipality offers nothing specific: a good answer is short, not a wall. */
export const UNSPECIFIC_QUERIES: readonly string[] = ['pase'];

/** The quality bars `npm test` holds the search to and `npm run bench` reports against. */
export const SEARCH_QUALITY = { precisionAt1: 0.95, successAt3: 0.95, unspecificMaxResults: 5 };

export interface SearchQuality {
  /** Share of queries whose first result is relevant. */
  precisionAt1: number;
  /** Share of queries with a relevant result among the first three. */
  successAt3: number;
  /** Mean share of the first three places held by relevant services (of as many as there are). */
  precisionAt3: number;
  misses: { query: string; got: string[]; relevant: readonly string[] }[];
}

/** Scores a search over the judged queries. */
export function judge(search: (query: string) => string[]): SearchQuality {
  let first = 0;
  let inThree = 0;
  let p3 = 0;
  const misses: SearchQuality['misses'] = [];
  for (const j of JUDGED_QUERIES) {
    const got = search(j.query).slice(0, 3);
    const hits = got.filter((id) => j.relevant.includes(id)).length;
    if (got[0] !== undefined && j.relevant.includes(got[0])) first += 1;
    if (hits > 0) inThree += 1;
    p3 += hits / Math.min(3, j.relevant.length);
    if (got[0] === undefined || !j.relevant.includes(got[0])) misses.push({ query: j.query, got, relevant: j.relevant });
  }
  const n = JUDGED_QUERIES.length;
  return { precisionAt1: first / n, successAt3: inThree / n, precisionAt3: p3 / n, misses };
}
