/**
 * What the mock API loads on the first search, by dynamic import: the engine, its index and the
 * answers to questions. None of it is in the first load of a page; most visits never search.
 */
import type { SearchResult } from '../../api/search-schemas';
import type { Horizon } from '../../lib/horizon';
import { createSearchEngine } from './search-engine';
import { createSearchResults, type SearchSource } from './search-results';

export interface SearchService {
  /** `horizon`: the reader's spoiler horizon; what exists only after it is left out. */
  search(query: string, limit: number, horizon: Horizon): SearchResult;
}

export function createSearchService(source: SearchSource): SearchService {
  const results = createSearchResults(source);
  const engine = createSearchEngine(results.documents());
  return { search: (query, limit, horizon) => results.result(query, engine, limit, horizon) };
}
