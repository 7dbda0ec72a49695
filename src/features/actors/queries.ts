import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';

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
  queryClient.ensureQueryData(actorQueries.list());

export const actorLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    queryClient.ensureQueryData(actorQueries.detail(params.id ?? ''));
