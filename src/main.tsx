import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createRoutes } from './app/routes';
import { usesMockApi } from './lib/env';
import './app/styles.css';

function showStartupFailure(root: HTMLElement, error: unknown) {
  const reason = error instanceof Error ? error.message : String(error);
  root.innerHTML = '';
  const box = document.createElement('div');
  box.className = 'state startup-failure';
  box.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.textContent = 'The wiki could not start';
  const text = document.createElement('p');
  text.textContent =
    'This wiki serves its data from a service worker in your browser, and it could not be ' +
    'started. Private browsing, blocked cookies or site data, or an old browser can cause this. ' +
    `Details: ${reason}`;
  box.append(heading, text);
  root.append(box);
}

async function start() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  if (usesMockApi) {
    try {
      // Loaded on demand so that a build pointed at a real backend leaves MSW and the data out.
      const { startMockApi } = await import('./mock-api/browser');
      await startMockApi();
    } catch (error) {
      showStartupFailure(root, error);
      return;
    }
  }
  // The router runs its loaders as soon as it exists, so it is created only once the mock API
  // is ready to answer them.
  const queryClient = createQueryClient();
  const router = createBrowserRouter(createRoutes(queryClient));
  createRoot(root).render(<App queryClient={queryClient} router={router} />);
}

void start();
