import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

export const actorQueries = {
  all: () => ['actors'] as const,
  list: () =>
    queryOptions({
      queryKey: [...actorQueries.all(), 'list'],
      queryFn: ({ signal }) => api.actors(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...actorQueries.all(), 'detail', id],
      queryFn: ({ signal }) => api.actor(id, signal),
    }),
};

export const actorsLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, actorQueries.list());

export const actorLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    prefetch(queryClient, actorQueries.detail(params.id ?? ''));
