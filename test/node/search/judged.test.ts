import { describe, expect, it } from 'vitest';
import { createCatalogueSearch } from '../../../shared/catalog/search';
import { createDirectorySearch } from '../../../shared/directory/search';
import { sampleCatalogue } from '../../../electron/preview/sampleCatalog';
import { sampleDirectory } from '../../../electron/preview/sampleDirectory';
import { JUDGED_QUERIES, SEARCH_QUALITY, UNSPECIFIC_QUERIES, judge } from '../../support/searchJudgements';

const services = sampleCatalogue().services;
const catalogue = createCatalogueSearch(services);
const directory = createDirectorySearch(sampleDirectory('2026-12-01').people, services);
const ids = (query: string) => catalogue.search(query).map((h) => h.id);

describe('search judged against what reception staff type', () => {
  it('holds at least 60 judged queries, each naming services that exist', () => {
    expect(JUDGED_QUERIES.length).toBeGreaterThanOrEqual(60);
    const known = new Set(services.map((s) => s.id));
    expect(JUDGED_QUERIES.flatMap((j) => j.relevant).filter((id) => !known.has(id))).toEqual([]);
  });

  it('puts a right service first and among the first three for the judged queries', () => {
    const quality = judge(ids);
    // The misses are printed so that a failing run says which queries to look at.
    expect({ ...quality, misses: quality.misses.length }, JSON.stringify(quality.misses, null, 1)).toMatchObject({
      precisionAt1: expect.toSatisfy((p: number) => p >= SEARCH_QUALITY.precisionAt1),
      successAt3: expect.toSatisfy((p: number) => p >= SEARCH_QUALITY.successAt3),
    });
  });

  it('finds the birth registration for a typo and for the everyday word', () => {
    expect(ids('dzimšnas apliecība').slice(0, 2)).toEqual(expect.arrayContaining(['dzimsanas-registracija']));
    expect(ids('dzimšnas apliecība')[1]).not.toBe('parakstu-apliecinasana');
    expect(ids('bērna piedzimšana').slice(0, 3)).toContain('dzimsanas-registracija');
  });

  it('does not answer a word every service mentions with a wall of services', () => {
    for (const query of UNSPECIFIC_QUERIES) expect(ids(query).length, query).toBeLessThanOrEqual(SEARCH_QUALITY.unspecificMaxResults);
  });

  it('ignores little words between the ones that matter', () => {
    expect(ids('rinda uz dārziņu')[0]).toBe('bernudarza-rinda');
    expect(ids('tirgošanās uz ielas')[0]).toBe('tirdzniecibas-atlauja');
  });

  it('finds the person to refer to by the services they are responsible for', () => {
    for (const j of JUDGED_QUERIES.filter((q) => q.people)) {
      expect(directory.search(j.query).slice(0, 3), j.query).toEqual(expect.arrayContaining([...j.people!]));
    }
  });
});
