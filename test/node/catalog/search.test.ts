import { describe, expect, it } from 'vitest';
import { createCatalogueSearch } from '../../../shared/catalog/search';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';

const catalogue = sampleCatalogue();
const search = createCatalogueSearch(catalogue.services);
const top = (query: string) => search.search(query)[0]?.id;
const ids = (query: string) => search.search(query).map((h) => h.id);
const top3 = (query: string) => ids(query).slice(0, 3);

describe('catalogue search', () => {
  it('finds a service typed without diacritics and in another word form', () => {
    expect(top3('deklaret')).toContain('dzivesvietas-deklaresana');
    expect(top('dzivesvietas deklaresana')).toBe('dzivesvietas-deklaresana');
    expect(ids('iesniegums')).toContain('iesnieguma-pienemsana');
  });

  it('finds a service named with a noun when staff type the verb', () => {
    expect(top3('registret dzimsanu')).toContain('dzimsanas-registracija');
    expect(ids('kompenset')).toContain('transporta-kompensacija');
  });

  it('forgives a typo', () => {
    expect(top3('dzīvesvietas deklerēšana')).toContain('dzivesvietas-deklaresana');
    expect(top('buvatlaja')).toBe('buvatlauja');
  });

  it('shows results while the word is still being typed', () => {
    expect(ids('bernudar')).toContain('bernudarza-rinda');
    expect(top('laulib')).toMatch(/^laulibas-/);
  });

  it('ranks a match in the name above one in the description', () => {
    const hits = ids('pabalsts');
    expect(
      hits.slice(0, 3).every((id) =>
        catalogue.services
          .find((s) => s.id === id)!
          .name.lv.toLowerCase()
          .includes('pabalst'),
      ),
    ).toBe(true);
  });

  it('finds services by keyword and by English name', () => {
    expect(ids('suns')).toContain('suna-registracija');
    expect(top('building permit')).toBe('buvatlauja');
  });

  it('leaves out matches far weaker than the best ones', () => {
    expect(ids('iesniegums').length).toBeLessThan(5);
    expect(ids('deklaret').every((id) => /deklar|adrese|dzivesviet/.test(id))).toBe(true);
  });

  it('returns nothing for an empty query and stays quiet on nonsense', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('qqqxxzz')).toEqual([]);
  });
});
