import { useQueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { ApiError } from '../api/client';
import { ErrorState, NotFound } from '../components/states';

function describe(error: unknown): { title: string; message: string } {
  if (error instanceof ApiError) {
    switch (error.kind) {
      case 'network':
        return { title: 'You seem to be offline', message: error.message };
      case 'timeout':
        return { title: 'The server is not answering', message: error.message };
      case 'unavailable':
        return { title: 'The wiki cannot load data here', message: error.message };
      case 'invalid-response':
        return { title: 'The data could not be read', message: error.message };
      case 'http':
        return {
          title: 'Something went wrong',
          message: `Loading this page failed: ${error.message} (${error.status}).`,
        };
    }
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'An unexpected error stopped this page.',
  };
}

/** Every route's error element: "not found" with ways on, or "failed" with a retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();
  if (
    (error instanceof ApiError && error.isNotFound) ||
    (isRouteErrorResponse(error) && error.status === 404)
  ) {
    return <NotFound message={error instanceof ApiError ? error.message : undefined} />;
  }
  const { title, message } = describe(error);
  return (
    <ErrorState
      title={title}
      message={message}
      onRetry={() => {
        // Failed queries are dropped so that the retry fetches afresh instead of rethrowing.
        queryClient.removeQueries({ predicate: (q) => q.state.status === 'error' });
        void revalidator.revalidate();
      }}
    />
  );
}
