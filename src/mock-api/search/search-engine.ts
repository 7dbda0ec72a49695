/**
 * The search engine, as the mock API loads it (through search-service.ts): on the first search,
 * by dynamic import, so that none of this code or its index costs anything until someone searches.
 *
 * Why not a library: MiniSearch 7.2.0 was tried in its place (issue 10), with these same phonetic
 * keys and Devanagari folding in its processTerm. It missed 3 of the 80 queries in
 * tests/unit/search-queries.test.ts, and 4 unless display names got a hand-tuned boost: its fuzzy
 * match is Levenshtein, where a swap of two letters ("vajnai", "madlasa") costs two edits; it has
 * no fuzzy prefix for a word still being typed ("kalnwa"); and its prefix weight prefers the
 * shorter word ("anupam" matched the alias Anupama over the name Anupamaa). On the 20,000-name
 * bench it built its index in 0.5-1.2 s and answered in 5-40 ms at p95 (the targets are 150 ms and
 * 2 ms): a build about 7 times and queries 8 to 70 times slower than this engine's, measured
 * alongside it.
 */
import { buildSearchIndex, type SearchDocument } from './search-index';
import { parseSearchQuery, type SearchIntent } from './search-intent';
import { createSearcher, type SearchMatches } from './search-query';

export interface SearchEngineMatches extends SearchMatches {
  /** The question the query asked, if any; the groups hold the matches of its other words. */
  intent: SearchIntent | null;
}

export interface SearchEngine {
  /** `hidden`: documents (by position) to leave out, 1 each; see createSearcher's search. */
  search(query: string, limit: number, hidden?: Uint8Array): SearchEngineMatches;
}

export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  const searcher = createSearcher(buildSearchIndex(documents));
  return {
    search(query, limit, hidden) {
      const { intent, text } = parseSearchQuery(query);
      // "who plays a" is a name still being typed: its hits are listed, but a single letter
      // picks no one to answer about.
      const named = text.replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
      return { ...searcher.search(text, limit, hidden), intent: named ? intent : null };
    },
  };
}
