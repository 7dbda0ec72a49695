import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * What every loader does: make sure the page's query is in the cache, and return nothing. Pages
 * read the data from the cache with useSuspenseQuery; keeping it out of the router's loader data
 * means a prerendered page carries its data once, not twice.
 */
export async function prefetch<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): Promise<null> {
  await queryClient.ensureQueryData(options);
  return null;
}
