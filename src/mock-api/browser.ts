/** Starts the mock API in the browser: the wiki's backend unless a real one is configured. */
import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers';

export async function startMockApi(): Promise<void> {
  const worker = setupWorker(...createHandlers());
  await worker.start({
    // An absolute URL: a relative one breaks on deep links such as /characters/samar-shah.
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
