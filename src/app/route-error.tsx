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
  if (isChunkLoadFailure(error)) {
    return {
      title: 'This page could not be loaded',
      message:
        'Part of the wiki failed to download. You may be offline, or the wiki was just updated; try again.',
    };
  }
  return {
    title: 'Something went wrong',
    message: error instanceof Error ? error.message : 'An unexpected error stopped this page.',
  };
}

/** A lazy page's code failed to download (offline, or a new build replaced the old chunks). */
function isChunkLoadFailure(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(
      error.message,
    )
  );
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
        if (isChunkLoadFailure(error)) {
          // A page's code that failed to download is fetched afresh only by a full load.
          window.location.reload();
          return;
        }
        // Failed queries are dropped so that the retry fetches afresh instead of rethrowing.
        queryClient.removeQueries({ predicate: (q) => q.state.status === 'error' });
        void revalidator.revalidate();
      }}
    />
  );
}
