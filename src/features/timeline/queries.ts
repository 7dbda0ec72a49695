import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { ShouldRevalidateFunction } from 'react-router';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';
import type { TimelineQuery } from '../../api/endpoints';

export const timelineQueries = {
  all: () => ['timeline'] as const,
  filtered: (query: TimelineQuery) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), query],
      queryFn: ({ signal }) => api.timeline(query, signal),
    }),
  /** The whole timeline without its change log, for the cast on a date. */
  cast: () =>
    queryOptions({
      queryKey: ['cast-timeline'] as const,
      queryFn: ({ signal }) => api.castTimeline(signal),
    }),
};

/**
 * The timeline and cast pages load the whole timeline once and filter it in the browser, so a
 * filter change needs no request. Their loaders stay in the main bundle (they are tiny) and run
 * while the page's own code is still downloading.
 */
export const timelineLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, timelineQueries.filtered({}));

export const castLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, timelineQueries.cast());

/**
 * Their data does not depend on the query string, so a filter change need not re-run loaders
 * (and show the loading bar). Anything else, a retry after an error included, revalidates.
 */
export const keepDataOnSearchChange: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}) =>
  currentUrl.pathname === nextUrl.pathname && currentUrl.search !== nextUrl.search
    ? false
    : defaultShouldRevalidate;
