import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';
import type { TimelineFilter } from '../../api/endpoints';

export const timelineQueries = {
  all: () => ['timeline'] as const,
  filtered: (filter: TimelineFilter) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), filter],
      queryFn: ({ signal }) => api.timeline(filter, signal),
    }),
};

export const timelineLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, timelineQueries.filtered({}));
