import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import {
  currentPageAddress,
  loadMatchedRoutes,
  readEmbeddedState,
  restoreQueries,
  routerReady,
} from './app/hydration';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { installTransport, warmTransport } from './api/transport';
import { whenIdle } from './lib/idle';
import { whenIntent } from './lib/intent';
import { savesData } from './lib/save-data';
import './app/styles.css';

const WARM_AFTER_MS = 3000;

/**
 * The mock API answers inside the page (no service worker). Its code (MSW and the handlers) and
 * the dataset load with the first request, or a moment before it: at the reader's first sign of
 * intent (a pointer on a link, focus on the search box) or once the page has settled, whichever
 * comes first. A page computed from its embedded data (/cast?at=…) never waits for them. A page
 * that must fetch at once (/search?q=…) has them preloaded beside the app (by its HTML, or by
 * boot.ts). Loaded on demand so that a build pointed at a real backend leaves MSW and the data out.
 */
function startMockApi() {
  installTransport(async () => {
    // The dataset, its queries and the search engine (7 KB, and the search box is the likeliest
    // first request after a click) are fetched beside the handlers, not after them.
    const [{ createMockTransport }] = await Promise.all([
      import('./mock-api/browser'),
      import('./mock-api/dataset'),
      import('./mock-api/db'),
      import('./mock-api/search/search-service'),
    ]);
    return createMockTransport();
  });
  // Or once the page has settled, whichever comes first: a reader who navigates by keyboard, or
  // whose first tap is the navigation itself, must not wait for the mock API after the click
  // (in-app navigation was measured slower than a full load without this). Off under Save-Data.
  void Promise.race(savesData() ? [whenIntent()] : [whenIntent(), settled()]).then(warmTransport);
}

/** Resolves a few seconds after load, when the browser is idle. */
function settled(): Promise<void> {
  return new Promise((resolve) =>
    setTimeout(() => void whenIdle(2000).then(resolve), WARM_AFTER_MS),
  );
}

/** The boot script may run before the page has finished parsing (it is async). */
function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  );
}

async function start() {
  await domReady();
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const embedded = readEmbeddedState();
  const state = embedded?.url === currentPageAddress() ? embedded : null;
  // Tested on the variable itself, which the build replaces by its value, so that a build for a
  // real backend drops the mock API, MSW and the dataset as dead code.
  if (!import.meta.env.VITE_API_BASE_URL) startMockApi();
  // Offline reading, once the page is up (dev has no worker: Vite serves modules one by one).
  if (import.meta.env.PROD) registerServiceWorker('/sw.js');

  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  if (state) {
    restoreQueries(queryClient, state);
    await loadMatchedRoutes(routes);
    const router = createBrowserRouter(routes, { hydrationData: state.router });
    // As a transition, hydration yields to the browser every few milliseconds instead of holding
    // the main thread for the whole page: the page is already painted and readable meanwhile.
    startTransition(() => {
      hydrateRoot(root, <App queryClient={queryClient} router={router} />);
    });
  } else {
    // No prerendered page for this URL: render from scratch once the router has the page. A
    // page served for another address of the same page (/cast?at=… answered with /cast) carries
    // data from the same dataset that may answer this one too: the cast on any day is computed
    // from the one timeline it holds, so /cast?at=… needs no request at all.
    if (embedded && new URL(embedded.url, location.href).pathname === location.pathname) {
      restoreQueries(queryClient, embedded);
    }
    const router = createBrowserRouter(routes);
    await routerReady(router);
    // The page served for this address stays on screen until the first commit, in which React
    // clears the container and inserts the new page at once: emptied here first, the reader saw a
    // blank frame between the two (and the browser laid out and painted it).
    createRoot(root).render(<App queryClient={queryClient} router={router} />);
  }
}

void start();
