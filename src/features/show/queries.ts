import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

export const showQueries = {
  all: () => ['show'] as const,
  detail: () =>
    queryOptions({ queryKey: showQueries.all(), queryFn: ({ signal }) => api.show(signal) }),
};

export const showLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, showQueries.detail());
