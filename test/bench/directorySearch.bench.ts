import { performance } from 'node:perf_hooks';
import { createDirectorySearch } from '../../shared/directory/search';
import type { Person } from '../../shared/directory/person';
import { sampleDirectory } from '../../electron/preview/sampleDirectory';
import { percentile, type Suite } from './figure';

const NAMES = ['Anna', 'Jānis', 'Ilze', 'Pēteris', 'Līga', 'Andris', 'Inese', 'Māris', 'Dace', 'Kristaps', 'Zane', 'Edgars'];
const SURNAMES = ['Bērziņa', 'Ozoliņš', 'Kalniņa', 'Liepiņš', 'Krūmiņa', 'Zariņš', 'Vītola', 'Eglītis', 'Sproģe', 'Pūķītis', 'Lāce', 'Grīva', 'Strazds'];

/** A thousand people built from the sample directory's positions, departments and keywords. */
function thousandPeople(): Person[] {
  const base = sampleDirectory().people;
  return Array.from({ length: 1000 }, (_, i) => {
    const model = base[i % base.length]!;
    return {
      ...model,
      id: `p${i}`,
      name: NAMES[i % NAMES.length]!,
      surname: `${SURNAMES[(i * 7) % SURNAMES.length]!}${i >= 13 ? `-${i % 97}` : ''}`,
      accounts: [],
    };
  });
}

/** What staff type, one keystroke at a time, diacritics left out. */
const TYPED = ['berzina', 'ilze berz', 'buvatlauja', 'socialais pabalsts', 'nekustama ipasuma nodoklis', 'dzimtsarakstu', 'gramatvede'];

export const directorySearch: Suite = {
  name: 'directory search',
  async run() {
    const people = thousandPeople();
    const buildStart = performance.now();
    const index = createDirectorySearch(people);
    const build = performance.now() - buildStart;
    // A benchmark of a search that finds nothing would measure nothing.
    if (index.search('berzina', 1000).length < 50) throw new Error('the synthetic directory does not match “berzina”');
    const samples: number[] = [];
    for (let round = 0; round < 20; round++) {
      for (const text of TYPED) {
        for (let n = 1; n <= text.length; n++) {
          const start = performance.now();
          index.search(text.slice(0, n), 30);
          samples.push(performance.now() - start);
        }
      }
    }
    return [
      { name: 'directory search, 1,000 people, per keystroke (p95)', value: percentile(samples, 95), unit: 'ms', budget: 5 },
      { name: 'directory search index build, 1,000 people', value: build, unit: 'ms', budget: null },
    ];
  },
};
