import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { loadMatchedRoutes, readPageState, restoreQueries } from './app/hydration';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { setApiStarter, whenApiReady } from './lib/api-ready';
import { usesMockApi } from './lib/env';
import './app/styles.css';

function startMockApiWhenIdle() {
  // Loaded on demand so that a build pointed at a real backend leaves MSW and the data out.
  setApiStarter(async () => (await import('./mock-api/browser')).startMockApi());
  const kickOff = () => void whenApiReady().catch(() => undefined);
  if ('requestIdleCallback' in window) requestIdleCallback(kickOff, { timeout: 3000 });
  else setTimeout(kickOff, 1000);
}

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  if (usesMockApi) startMockApiWhenIdle();

  const queryClient = createQueryClient();
  const routes = createRoutes(queryClient);
  const state = readPageState();
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
