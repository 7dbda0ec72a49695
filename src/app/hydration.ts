import { hydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { matchRoutes, type DataRouter, type HydrationState, type RouteObject } from 'react-router';
import { HORIZON_PARAM } from '../lib/horizon';

/** What the prerenderer embeds in each page (see src/entry-server.tsx). */
export interface PageState {
  url: string;
  queries: DehydratedState;
  router: HydrationState;
}

/** The `<script type="application/json">` the prerenderer puts the page's state in. */
export const STATE_ELEMENT_ID = 'wiki-state';

/**
 * A route `handle` telling the prerenderer to leave the page's data out of its state: the
 * timeline's is the whole cast history (about 200 KB of JSON, half of that page's download),
 * which a phone would wait for before the first paint although the HTML already shows all of it.
 * The app fetches it once started (from the in-page mock API: the dataset is then loaded anyway),
 * and hydration keeps the prerendered page on screen meanwhile.
 */
export const DATA_NOT_EMBEDDED = { embedData: false } as const;

/** Whether a page whose matched routes carry these handles embeds its data. */
export function embedsData(handles: readonly unknown[]): boolean {
  return !handles.some(
    (handle) =>
      typeof handle === 'object' &&
      handle !== null &&
      'embedData' in handle &&
      handle.embedData === false,
  );
}

/** The state embedded in this page by the prerenderer, whatever address it was rendered for. */
export function readEmbeddedState(): PageState | null {
  const element = document.getElementById(STATE_ELEMENT_ID);
  if (!element?.textContent) return null;
  try {
    return JSON.parse(element.textContent) as PageState;
  } catch {
    return null;
  }
}

/**
 * The address a page was prerendered for, read from the address bar: `?upto=` is left out, since
 * the spoiler horizon is applied after hydration to the same page.
 */
export function currentPageAddress(): string {
  const params = new URLSearchParams(location.search);
  params.delete(HORIZON_PARAM);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
}

/**
 * The state embedded in this page, if it was prerendered for the URL now in the address bar. A
 * page served for another URL (a host's fallback for an unknown path, or a search page opened
 * with a query) is rendered afresh instead of hydrated.
 */
export function readPageState(): PageState | null {
  const state = readEmbeddedState();
  return state?.url === currentPageAddress() ? state : null;
}

/**
 * Puts the page's prerendered data in the cache as fresh as if it had just been fetched: it was
 * built from the same dataset the mock API serves, so a fan opening the page needs no refetch
 * (which would also start the mock API at once, on the critical path).
 */
export function restoreQueries(queryClient: QueryClient, state: PageState): void {
  const now = Date.now();
  hydrate(queryClient, {
    ...state.queries,
    queries: state.queries.queries.map((query) => ({
      ...query,
      state: { ...query.state, dataUpdatedAt: now },
    })),
  });
}

/**
 * Hydration must render exactly what the prerenderer rendered, so the page code of the routes
 * matching this URL is loaded before React takes over.
 */
export async function loadMatchedRoutes(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return;
      const loaded = await route.lazy();
      Object.assign(route, loaded, { lazy: undefined });
    }),
  );
}

/**
 * Resolves once the router has loaded the page for the current address (its code and its data,
 * or the error it met), or after `patience` ms. Rendering then puts the page in the app's first
 * render, in one go, rather than a loading screen first and the page in a second, time-sliced
 * render; meanwhile the prerendered page the host served stays on screen. On a slow connection
 * the loading screen still comes, once the wait is long enough to need saying.
 */
export function routerReady(router: DataRouter, patience = 1000): Promise<void> {
  if (router.state.initialized) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(done, patience);
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done();
    });
  });
}
