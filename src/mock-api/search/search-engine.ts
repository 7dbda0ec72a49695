/**
 * The search engine, as the mock API loads it: on the first search, by dynamic import, so that
 * none of this code or its index costs anything until someone searches.
 */
import { buildSearchIndex, type SearchDocument } from './search-index';
import { createSearcher, type Searcher } from './search-query';

export type SearchEngine = Searcher;

export function createSearchEngine(documents: readonly SearchDocument[]): SearchEngine {
  return createSearcher(buildSearchIndex(documents));
}
