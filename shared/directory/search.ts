import MiniSearch from 'minisearch';
import type { Service } from '../catalog/schema';
import { searchTerm } from '../search/text';
import { byName, fullName, type Person } from './person';
import { latvianPosition } from './position';

/**
 * Referral search over the directory (§4.2.3): by name, position, department, institution or
 * a service keyword, forgiving of case, missing Latvian diacritics and word endings, and of
 * half-typed words, since it runs on every keystroke.
 */
export interface DirectorySearch {
  /** Ids of matching people, best first; an empty query lists everyone by surname. */
  search(query: string, limit?: number): string[];
}

type Doc = { id: string; fullName: string; position: string; department: string; institution: string; keywords: string; services: string };

/** What the catalogue says a person is responsible for: the services' names and keywords. */
export type Responsibility = Pick<Service, 'name' | 'keywords' | 'specialists'>;

/**
 * `services` are the catalogue's: a person is also found by the services that name them as a
 * responsible specialist, so "suns" finds whom to refer a dog owner to.
 */
export function createDirectorySearch(people: readonly Person[], services: readonly Responsibility[] = []): DirectorySearch {
  const responsible = new Map<string, string[]>();
  for (const s of services) {
    for (const id of s.specialists) {
      const list = responsible.get(id) ?? [];
      list.push(s.name.lv, ...s.keywords);
      responsible.set(id, list);
    }
  }
  const index = new MiniSearch<Doc>({
    fields: ['fullName', 'position', 'department', 'institution', 'keywords', 'services'],
    processTerm: (term) => searchTerm(term) || null,
    searchOptions: {
      boost: { fullName: 3, position: 2, keywords: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
      combineWith: 'AND',
    },
  });
  index.addAll(
    people.map((p) => ({
      id: p.id,
      fullName: fullName(p),
      // As written and as shown (in the feminine for a woman), and in the client languages.
      position: [p.position, latvianPosition(p), p.positionTranslations?.en, p.positionTranslations?.ltg].filter(Boolean).join(' '),
      department: p.department,
      institution: p.institution,
      keywords: p.keywords.join(' '),
      services: (responsible.get(p.id) ?? []).join(' '),
    })),
  );
  const alphabetical = [...people].sort(byName).map((p) => p.id);
  return {
    search(query, limit = 50) {
      if (!query.trim()) return alphabetical.slice(0, limit);
      return index
        .search(query)
        .slice(0, limit)
        .map((r) => String(r.id));
    },
  };
}
