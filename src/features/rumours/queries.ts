import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

export const rumourQueries = {
  all: () => ['rumours'] as const,
  list: () =>
    queryOptions({
      queryKey: [...rumourQueries.all(), 'list'],
      queryFn: ({ signal }) => api.rumours(signal),
    }),
};

/** One request for every rumour: the status filter narrows them in the page, from the URL. */
export const rumoursLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, rumourQueries.list());
