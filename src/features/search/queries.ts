import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

/** What a search box may send: trimmed, never empty, never longer than a name could be. */
export const MAX_QUERY_LENGTH = 100;

export function readQuery(url: URL): string {
  return (url.searchParams.get('q') ?? '').trim();
}

export const searchQueries = {
  all: () => ['search'] as const,
  results: (q: string) =>
    queryOptions({
      queryKey: [...searchQueries.all(), q],
      queryFn: ({ signal }) => api.search(q, signal),
    }),
};

/** Empty or over-long queries never reach the API; the page explains them instead. */
export const searchLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const q = readQuery(new URL(request.url));
    if (q === '' || q.length > MAX_QUERY_LENGTH) return null;
    return prefetch(queryClient, searchQueries.results(q));
  };
