import { describe, expect, it } from 'vitest';
import { fold, searchTerm, words } from '../../../shared/search/text';

describe('search text', () => {
  it('finds Latvian names typed without diacritics', () => {
    expect(fold('Bērziņa')).toBe('berzina');
    expect(fold('ĀĒĪŪČĢĶĻŅŠŽ āēīūčģķļņšž')).toBe('aeiucgklnsz aeiucgklnsz');
  });

  it('meets different endings of one word at one term', () => {
    expect(searchTerm('iesniegums')).toBe(searchTerm('iesnieguma'));
    expect(searchTerm('deklarēt')).toBe(searchTerm('deklarēšana'));
    expect(searchTerm('pabalsts')).toBe(searchTerm('pabalstu'));
  });

  it('meets a verb and the nouns made from it at one term', () => {
    expect(searchTerm('reģistrēt')).toBe(searchTerm('reģistrācija'));
    expect(searchTerm('reģistrēšanas')).toBe(searchTerm('reģistrācijas'));
    expect(searchTerm('kompensēt')).toBe(searchTerm('kompensāciju'));
    expect(searchTerm('deklarēt')).toBe(searchTerm('deklarācija'));
    expect(searchTerm('apliecināt')).toBe(searchTerm('apliecināšana'));
  });

  it('keeps short words whole', () => {
    expect(searchTerm('ID')).toBe('id');
    expect(searchTerm('kas')).toBe('kas');
  });

  it('splits text into folded words', () => {
    expect(words('Dzīvesvietas deklarēšana, 2. stāvs')).toEqual(['dzivesvietas', 'deklaresana', '2', 'stavs']);
  });
});
