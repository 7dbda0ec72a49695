import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const showQueries = {
  all: () => ['show'] as const,
  detail: () =>
    queryOptions({ queryKey: showQueries.all(), queryFn: ({ signal }) => api.show(signal) }),
};

export const showLoader = (queryClient: QueryClient) => () =>
  queryClient.ensureQueryData(showQueries.detail());
