import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import { queryWords } from '../search/everyday';
import { stem, words } from '../search/text';
import type { Multilingual, Service } from './schema';

/**
 * Catalogue search for a desk with a client waiting: ranked (name before keywords before the
 * rest), prefix matching while typing, typo-tolerant, without diacritics and with Latvian
 * endings folded by the shared stemmer.
 */
interface Doc {
  id: string;
  name: string;
  keywords: string;
  body: string;
  documents: string;
}

const all = (text: Multilingual | undefined): string => (text ? [text.lv, text.ltg, text.en].filter(Boolean).join(' ') : '');

const toDoc = (s: Service): Doc => ({
  id: s.id,
  name: all(s.name),
  keywords: s.keywords.join(' '),
  body: [all(s.description), all(s.audience), all(s.institution), all(s.department)].join(' '),
  documents: s.documents.map(all).join(' '),
});

// Short terms are too ambiguous for typo tolerance; long ones allow up to two edits.
const fuzzy = (term: string): number => (term.length < 4 ? 0 : term.length < 7 ? 1 : 2);

const OPTIONS: SearchOptions = {
  boost: { name: 4, keywords: 2, body: 1, documents: 0.5 },
  prefix: false,
  fuzzy: (term) => fuzzy(term),
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

const RELEVANT_SHARE = 0.1;
/**
 * A word found only in the texts every service repeats (the documents to bring, the
 * institution) says nothing about which service is meant: "pase" is in nearly every list of
 * documents. Such matches stay only while they are few.
 */
const INCIDENTAL = new Set(['body', 'documents']);
const MAX_INCIDENTAL = 5;

/** Each word, or the official words it stands for; the word being typed also as a prefix. */
function toQuery(text: string, combineWith: 'AND' | 'OR'): Query {
  return {
    combineWith,
    queries: queryWords(text).map((w) => ({
      combineWith: 'OR',
      // Typos are judged on the word as typed: its stem may be much shorter than the word.
      queries: [{ queries: [w.word], prefix: w.typing, fuzzy: fuzzy(w.word) }, ...w.also],
    })),
  };
}

const incidental = (hit: SearchResult): boolean => Object.values(hit.match).every((fields) => fields.every((f) => INCIDENTAL.has(f)));

/** Hits that match only incidental texts are dropped when there are too many of them to mean anything. */
function withoutIncidental(hits: SearchResult[]): SearchResult[] {
  const weak = hits.filter(incidental);
  return weak.length > MAX_INCIDENTAL ? hits.filter((h) => !incidental(h)) : hits;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface CatalogueSearch {
  search(query: string, limit?: number): SearchHit[];
}

export function createCatalogueSearch(services: readonly Service[]): CatalogueSearch {
  const index = new MiniSearch<Doc>({
    fields: ['name', 'keywords', 'body', 'documents'],
    tokenize: (text) => words(text),
    processTerm: (term) => stem(term),
    searchOptions: OPTIONS,
  });
  index.addAll(services.map(toDoc));
  return {
    search(query, limit = 30) {
      if (words(query).length === 0) return [];
      // Every word must match; if a misspelling leaves nothing, any word may.
      let hits = withoutIncidental(index.search(toQuery(query, 'AND')));
      if (hits.length === 0) hits = withoutIncidental(index.search(toQuery(query, 'OR')));
      // Far weaker matches (a common word deep in a description) only bury the right ones.
      const floor = (hits[0]?.score ?? 0) * RELEVANT_SHARE;
      return hits
        .filter((h) => h.score >= floor)
        .slice(0, limit)
        .map((h) => ({ id: String(h.id), score: h.score }));
    },
  };
}
