import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';
import { MAX_SEARCH_LENGTH } from '../../api/vocabulary';
import type { Horizon } from '../../lib/horizon';
import { prefetch } from '../../lib/prefetch';
import { readHorizon } from '../../lib/use-horizon';
import { hasLetterOrDigit } from '../../lib/text';

export function readQuery(url: URL): string {
  return (url.searchParams.get('q') ?? '').trim();
}

/** Why a query is not sent to the API, or null when it is fine to send. */
export type QueryProblem = 'empty' | 'too-long' | 'nothing-to-match';

export function queryProblem(q: string): QueryProblem | null {
  if (q === '') return 'empty';
  if (q.length > MAX_SEARCH_LENGTH) return 'too-long';
  if (!hasLetterOrDigit(q)) return 'nothing-to-match';
  return null;
}

/** What to tell a fan about a query that was not sent, in a sentence. */
export function describeProblem(problem: QueryProblem, q: string): string {
  switch (problem) {
    case 'empty':
      return 'Type in the search box the name of an actor or a character, a leap (“2024 leap”), a cast change (“samar recast”) or a question (“who plays Samar”).';
    case 'too-long':
      return `That search is too long. Names are shorter than ${MAX_SEARCH_LENGTH} characters (this one has ${q.length.toLocaleString('en-IN')}); try a shorter one.`;
    case 'nothing-to-match':
      return 'That search has no letters or digits to match. Type a name, in Latin or Devanagari letters.';
  }
}

/** "1 result", "3 results": how many a spoiler horizon left out of a search. */
export function hiddenResults(count: number): string {
  return `${count} ${count === 1 ? 'result' : 'results'}`;
}

export const searchQueries = {
  all: () => ['search'] as const,
  /** `upto`: the reader's spoiler horizon, sent to the API, which leaves out what comes after. */
  results: (q: string, upto: Horizon) =>
    queryOptions({
      queryKey: [...searchQueries.all(), q, upto ?? 'all'],
      queryFn: ({ signal }) => api.search(q, upto, signal),
    }),
};

/** Queries with a problem never reach the API; the page explains them instead. */
export const searchLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const q = readQuery(new URL(request.url));
    if (queryProblem(q) !== null) return null;
    return prefetch(queryClient, searchQueries.results(q, readHorizon(request.url)));
  };
