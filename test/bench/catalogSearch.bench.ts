import { performance } from 'node:perf_hooks';
import { sampleCatalogue } from '../../electron/preview/sampleCatalog';
import type { Service } from '../../shared/catalog/schema';
import { createCatalogueSearch } from '../../shared/catalog/search';
import { JUDGED_QUERIES, SEARCH_QUALITY, judge } from '../support/searchJudgements';
import { percentile, type Suite } from './figure';

// Parishes of Rēzekne region: each sample service offered by each parish office gives a
// catalogue of realistic size and vocabulary.
const PARISHES = [
  'Audriņu',
  'Bērzgales',
  'Čornajas',
  'Dricānu',
  'Feimaņu',
  'Gaigalavas',
  'Griškānu',
  'Ilzeskalna',
  'Kantinieku',
  'Kaunatas',
  'Lendžu',
  'Lūznavas',
  'Mākoņkalna',
  'Maltas',
  'Nagļu',
  'Nautrēnu',
  'Ozolaines',
  'Ozolmuižas',
  'Pušas',
  'Rikavas',
  'Sakstagala',
  'Silmalas',
  'Stoļerovas',
  'Stružānu',
  'Vērēmu',
  'Viļānu',
  'Dekšāres',
  'Sokolku',
  'Sauleskalna',
  'Ružinas',
  'Gaiļmuižas',
  'Viļānu pilsētas',
  'Kaunata',
  'Zosnas',
];

export function largeCatalogue(size: number): Service[] {
  const base = sampleCatalogue().services;
  const out: Service[] = [];
  for (const parish of PARISHES) {
    for (const s of base) {
      if (out.length === size) return out;
      out.push({
        ...s,
        id: `${s.id}-${out.length}`,
        name: { ...s.name, lv: `${s.name.lv} — ${parish} pagasts` },
        description: { ...s.description, lv: `${s.description.lv} ${parish} pagasta pārvalde.` },
        keywords: [...s.keywords, parish],
      });
    }
  }
  return out;
}

// What staff type, one keystroke at a time: without diacritics, with typos, several words.
const QUERIES = [
  'deklaret dzivesvietu',
  'buvatlauja',
  'iesniegums',
  'majokla pabalsts',
  'berna dzimsanas registracija',
  'suna registracija',
  'nekustama ipasuma nodoklis',
  'buvatlaja',
  'pabalst krizes',
  'arhiva izzina stazs',
  'bernudarzs rinda maltas',
  'laulibas registracja',
];

/** Catalogue search per keystroke over 2,000 services (budget in test/README.md). */
export const catalogSearch: Suite = {
  name: 'catalogue search',
  async run() {
    const services = largeCatalogue(2000);
    const built = performance.now();
    const search = createCatalogueSearch(services);
    const buildMs = performance.now() - built;
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        for (let i = 1; i <= query.length; i++) {
          const start = performance.now();
          search.search(query.slice(0, i));
          samples.push(performance.now() - start);
        }
      }
    }
    // Quality beside speed: the judged queries against the sample catalogue (test/support).
    const sample = createCatalogueSearch(sampleCatalogue().services);
    const quality = judge((query) => sample.search(query).map((h) => h.id));
    const judged = `${JUDGED_QUERIES.length} judged queries`;
    return [
      { name: `catalogue search precision at 1, ${judged}`, value: quality.precisionAt1, unit: '', budget: SEARCH_QUALITY.precisionAt1, budgetOp: '≥' },
      { name: `catalogue search precision at 3, ${judged}`, value: quality.precisionAt3, unit: '', budget: null },
      {
        name: `catalogue search, a right service in the first 3, ${judged}`,
        value: quality.successAt3,
        unit: '',
        budget: SEARCH_QUALITY.successAt3,
        budgetOp: '≥',
      },
      { name: `catalogue search, 2,000 services, p95 per keystroke (${samples.length} keystrokes)`, value: percentile(samples, 95), unit: 'ms', budget: 5 },
      { name: 'catalogue search, 2,000 services, median per keystroke', value: percentile(samples, 50), unit: 'ms', budget: null },
      { name: 'catalogue search index build, 2,000 services', value: buildMs, unit: 'ms', budget: null },
    ];
  },
};
