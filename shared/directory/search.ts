import MiniSearch from 'minisearch';
import { searchTerm } from '../search/text';
import { byName, fullName, type Person } from './person';

/**
 * Referral search over the directory (§4.2.3): by name, position, department, institution or
 * a service keyword, forgiving of case, missing Latvian diacritics and word endings, and of
 * half-typed words, since it runs on every keystroke.
 */
export interface DirectorySearch {
  /** Ids of matching people, best first; an empty query lists everyone by surname. */
  search(query: string, limit?: number): string[];
}

type Doc = { id: string; fullName: string; position: string; department: string; institution: string; keywords: string };

export function createDirectorySearch(people: readonly Person[]): DirectorySearch {
  const index = new MiniSearch<Doc>({
    fields: ['fullName', 'position', 'department', 'institution', 'keywords'],
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
      position: p.position,
      department: p.department,
      institution: p.institution,
      keywords: p.keywords.join(' '),
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
