import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { loadMatchedRoutes, readPageState, restoreQueries } from './app/hydration';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { registerServiceWorker } from './app/service-worker';
import { installTransport, warmTransport } from './api/transport';
import { whenIdle } from './lib/idle';
import './app/styles.css';

/**
 * The mock API answers inside the page (no service worker). On a prerendered page its code loads
 * when the browser is idle, and the dataset with the first request. A page that must render from
 * scratch (an address that was not prerendered) needs both at once: `now` loads them straight
 * away, beside the page's own code. Loaded on demand so that a build pointed at a real backend
 * leaves MSW and the data out.
 */
function startMockApi(now: boolean) {
  const load = () => import('./mock-api/browser');
  installTransport(async () => (await load()).createMockTransport());
  if (now) {
    warmTransport();
    void load().then(
      ({ preloadData }) => preloadData(),
      () => undefined,
    );
  } else {
    void whenIdle(3000).then(warmTransport);
  }
}

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  const state = readPageState();
  // Tested on the variable itself, which the build replaces by its value, so that a build for a
  // real backend drops the mock API, MSW and the dataset as dead code.
  if (!import.meta.env.VITE_API_BASE_URL) startMockApi(state === null);
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
    // No prerendered page for this URL: render from scratch; loaders wait for the mock API.
    const router = createBrowserRouter(routes);
    root.replaceChildren();
    createRoot(root).render(<App queryClient={queryClient} router={router} />);
  }
}

void start();
