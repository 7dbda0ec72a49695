import { QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** The wiki's facts change rarely; re-fetching on every focus would only waste a phone's data. */
const FIVE_MINUTES = 5 * 60_000;

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: FIVE_MINUTES,
        // A 4xx answer will not change on retry; a network blip or a 5xx might.
        retry: (failureCount, error) =>
          failureCount < 2 &&
          !(error instanceof ApiError && error.kind === 'http' && error.status < 500),
      },
    },
  });
}
