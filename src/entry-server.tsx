/**
 * Build-time rendering: renders a URL of the real route table to HTML with the same loaders,
 * client and mock API handlers the browser uses, and returns the state the browser needs to
 * hydrate it without fetching anything (unless its route asks for its data to be left out, see
 * DATA_NOT_EMBEDDED).
 */
import {
  defaultShouldDehydrateQuery,
  dehydrate,
  QueryClientProvider,
  type DehydratedState,
} from '@tanstack/react-query';
import { setupServer } from 'msw/node';
import { prerenderToNodeStream } from 'react-dom/static';
import {
  createStaticHandler,
  createStaticRouter,
  StaticRouterProvider,
  type StaticHandlerContext,
} from 'react-router';
import { NODE_ORIGIN } from './api/client';
import { createQueryClient } from './app/query-client';
import { embedsData } from './app/hydration';
import { createRoutes } from './app/routes';
import { apiBaseUrl } from './lib/env';
import { paths } from './lib/paths';
import { buildFeeds, type Feed } from './mock-api/feeds';
import { createHandlers } from './mock-api/handlers';
import { loadDb } from './mock-api/load-db';

// The names the prerenderer writes into each page, as the browser code reads them.
export {
  APP_DEPS_ATTRIBUTE,
  APP_PRELOAD_ATTRIBUTE,
  APP_SCRIPT_ATTRIBUTE,
  PAGE_URL_ATTRIBUTE,
} from './app/boot-attributes';
export { STATE_ELEMENT_ID } from './app/hydration';

export interface RenderedPage {
  url: string;
  status: number;
  /** The app's markup, including the page's hoisted `<title>`, `<meta>` and `<link>` tags. */
  html: string;
  state: {
    url: string;
    queries: DehydratedState;
    router: Pick<StaticHandlerContext, 'loaderData' | 'actionData' | 'errors'>;
  };
}

const server = setupServer(...createHandlers(loadDb, new URL(apiBaseUrl, NODE_ORIGIN).href));

export function startMockApi(): void {
  server.listen({ onUnhandledRequest: 'error' });
}

export function stopMockApi(): void {
  server.close();
}

/** Every page worth a static file: the indexes, the timeline, the cast page and each person. */
export async function listPages(): Promise<string[]> {
  const db = await loadDb();
  return [
    paths.home(),
    paths.characters(),
    paths.actors(),
    paths.timeline(),
    paths.cast(),
    paths.search(),
    paths.about(),
    paths.rumours(),
    ...db.characters().map((c) => paths.character(c.id)),
    ...db.actors().map((a) => paths.actor(a.id)),
    ...db.leaps().map((l) => paths.leap(l.id)),
  ];
}

/** The Atom feeds, built from the same data as the pages; `siteUrl` makes their links absolute. */
export async function listFeeds(siteUrl: string): Promise<Feed[]> {
  return buildFeeds(await loadDb(), siteUrl);
}

export async function render(url: string): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const handler = createStaticHandler(routes);
  const context = await handler.query(new Request(new URL(url, NODE_ORIGIN)));
  if (context instanceof Response) {
    throw new Error(`${url} answered with a redirect (${context.status}); nothing to prerender`);
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  // React's static prerender waits for every lazy part of the page (the timeline's chart is one),
  // so the HTML is the whole page, not a loading placeholder.
  const { prelude } = await prerenderToNodeStream(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
    // React outlines large boundaries into a hidden segment revealed by an inline script, which
    // the Content-Security-Policy rightly blocks: keep every boundary in place instead.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  let html = '';
  for await (const chunk of prelude) html += String(chunk);
  const embed = embedsData(context.matches.map((match) => match.route.handle));
  return {
    url,
    status: context.statusCode,
    html,
    state: {
      url,
      queries: dehydrate(queryClient, {
        shouldDehydrateQuery: (query) => embed && defaultShouldDehydrateQuery(query),
      }),
      router: {
        loaderData: context.loaderData,
        actionData: context.actionData,
        errors: context.errors,
      },
    },
  };
}
