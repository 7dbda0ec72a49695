import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

export const leapQueries = {
  all: () => ['leaps'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...leapQueries.all(), 'detail', id],
      queryFn: ({ signal }) => api.leap(id, signal),
    }),
};

export const leapLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    prefetch(queryClient, leapQueries.detail(params.id ?? ''));
