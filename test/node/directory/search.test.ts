import { describe, expect, it } from 'vitest';
import { createDirectorySearch } from '../../../shared/directory/search';
import { person } from '../../support/people';

const people = [
  person(),
  person({
    id: 'janis.ozols',
    name: 'Jānis',
    surname: 'Ozols',
    position: 'Būvinspektors',
    department: 'Būvvalde',
    keywords: ['būvatļauja', 'būvniecība'],
    accounts: [],
  }),
  person({ id: 'anna.kalnina', name: 'Anna', surname: 'Kalniņa', position: 'Lietvede', department: 'Kanceleja', keywords: ['iesniegumi'], accounts: [] }),
  person({
    id: 'ieva.berzina',
    name: 'Ieva',
    surname: 'Bērziņa',
    position: 'Grāmatvede',
    department: 'Finanšu nodaļa',
    keywords: ['nekustamā īpašuma nodoklis'],
    accounts: [],
  }),
];
const search = createDirectorySearch(people);

describe('referral search', () => {
  it('finds Bērziņa typed without diacritics or capitals', () => {
    expect(search.search('berzina').sort()).toEqual(['ieva.berzina', 'ilze.berzina']);
    expect(search.search('BĒRZIŅA').sort()).toEqual(['ieva.berzina', 'ilze.berzina']);
  });

  it('narrows with every word typed, half-typed words included', () => {
    expect(search.search('ilze berz')).toEqual(['ilze.berzina']);
  });

  it('finds people by position, department and service keyword, whatever the word ending', () => {
    expect(search.search('buvinspektoram')).toEqual(['janis.ozols']);
    expect(search.search('finansu')).toEqual(['ieva.berzina']);
    expect(search.search('buvatlauju')).toEqual(['janis.ozols']);
    expect(search.search('nodokli')).toEqual(['ieva.berzina']);
  });

  it('lists everyone by surname when nothing is typed, and nobody for a stranger', () => {
    expect(search.search('  ')).toEqual(['ieva.berzina', 'ilze.berzina', 'anna.kalnina', 'janis.ozols']);
    expect(search.search('zzzxq')).toEqual([]);
  });
});
