import { queryOptions, type QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { api } from '../../api/client';
import { prefetch } from '../../lib/prefetch';

export const characterQueries = {
  all: () => ['characters'] as const,
  list: () =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'list'],
      queryFn: ({ signal }) => api.characters(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...characterQueries.all(), 'detail', id],
      queryFn: ({ signal }) => api.character(id, signal),
    }),
};

export const charactersLoader = (queryClient: QueryClient) => () =>
  prefetch(queryClient, characterQueries.list());

export const characterLoader =
  (queryClient: QueryClient) =>
  ({ params }: LoaderFunctionArgs) =>
    prefetch(queryClient, characterQueries.detail(params.id ?? ''));
