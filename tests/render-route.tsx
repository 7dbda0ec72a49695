import { QueryClient } from '@tanstack/react-query';
import { configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { createMemoryRouter } from 'react-router';
import { expect } from 'vitest';
import { App } from '../src/app/app';
import { createRoutes } from '../src/app/routes';
import { HORIZON_STORAGE_KEY } from '../src/lib/horizon';
import { server } from '../src/mock-api/node';

// Whole pages render at once, and role queries over a long page (the timeline) are slow in jsdom:
// give `findBy…` room on a loaded machine so that a slow run is not mistaken for a failure.
configure({ asyncUtilTimeout: 10_000 });

/** Renders the real route table at `url`, against the mock API, as a fan would open it. */
export function renderRoute(url: string) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const view = render(<App queryClient={queryClient} router={router} />);
  return { ...view, router, user, queryClient };
}

/**
 * Renders `url` for a reader who has set a spoiler horizon on this device (`YYYY-MM-DD`, a month
 * or a year). Clear it after each test: `afterEach(() => localStorage.clear())`.
 */
export function renderRouteAtHorizon(url: string, horizon: string) {
  localStorage.setItem(HORIZON_STORAGE_KEY, horizon);
  return renderRoute(url);
}

/** Makes one API path fail with a server error for the rest of the test. */
export function failApi(path: string, status = 500, message = 'The database is on fire') {
  server.use(http.get(`/api${path}`, () => HttpResponse.json({ status, message }, { status })));
}

/** Makes one API path answer 200 with `body`, whatever its shape, for the rest of the test. */
export function serveApi(path: string, body: JsonBodyType) {
  server.use(http.get(`/api${path}`, () => HttpResponse.json(body)));
}

/** Records every request to one API path (query string included) and lets it through. */
export function watchApi(path: string): string[] {
  const seen: string[] = [];
  server.use(
    http.get(`/api${path}`, ({ request }) => {
      seen.push(request.url);
    }),
  );
  return seen;
}

/** Drops every override made by failApi / serveApi / watchApi: the server is healthy again. */
export function restoreApi() {
  server.resetHandlers();
}

/**
 * The failure path every page shares: the API answers `status`, the page shows the error screen
 * (one h1, the server's message, a title that says so), `whileFailed` may check more, then the
 * server recovers and "Try again" brings back the page titled `pageHeading`.
 */
export async function failThenRecover({
  apiPath,
  url,
  pageHeading,
  status = 500,
  message = 'The database is on fire',
  whileFailed,
}: {
  apiPath: string;
  url: string;
  pageHeading: string;
  status?: number;
  message?: string;
  whileFailed?: () => void;
}) {
  failApi(apiPath, status, message);
  const view = renderRoute(url);
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  expect(screen.getByText(`Loading this page failed: ${message} (${status}).`)).toBeVisible();
  expect(document.title).toBe('Something went wrong · Anupamaa Wiki');
  whileFailed?.();
  restoreApi();
  await view.user.click(screen.getByRole('button', { name: 'Try again' }));
  await screen.findByRole('heading', { level: 1, name: pageHeading });
  return view;
}
