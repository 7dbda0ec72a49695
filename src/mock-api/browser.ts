/**
 * The mock API in the browser, as the client's transport: MSW's `getResponse` runs the same
 * request handlers as the tests and the prerenderer, inside the page. No service worker is
 * involved, so it works wherever the page's script runs.
 */
import { getResponse } from 'msw';
import type { Transport } from '../api/transport';
import type { ErrorBody } from '../api/schemas';
import { createHandlers } from './handlers';

function notFound(request: Request): Response {
  const body: ErrorBody = {
    status: 404,
    message: `No API endpoint at ${new URL(request.url).pathname}`,
  };
  return Response.json(body, { status: 404 });
}

export async function createMockTransport(): Promise<Transport> {
  const handlers = createHandlers();
  const answer: Transport = async (request) => {
    try {
      return (await getResponse(handlers, request)) ?? notFound(request);
    } catch (error) {
      // The handlers throw only when the dataset's code cannot be downloaded: to the client this
      // is the network failing, as it would be with a real backend.
      throw new TypeError(error instanceof Error ? error.message : String(error));
    }
  };
  if (import.meta.env.VITE_TEST_HOOKS === 'true') {
    // Browser tests inject failures through this; a production build has none of it (the
    // condition is false at build time, so the module is never bundled).
    const { withTestFaults } = await import('./test-faults');
    return withTestFaults(answer);
  }
  if (import.meta.env.DEV) {
    // Development keeps a trace of every request, since none shows in the network panel.
    return async (request) => {
      const response = await answer(request);
      console.debug(`[mock API] ${request.method} ${request.url} → ${response.status}`);
      return response;
    };
  }
  return answer;
}
