/**
 * How the typed client's requests reach the API. By default over the network with `fetch`: a real
 * backend (VITE_API_BASE_URL), or in Node the msw/node interceptor that tests and the prerenderer
 * use. A browser build with the embedded mock API installs a transport that answers inside the
 * page (src/mock-api/browser.ts), so no service worker is needed for data: the wiki works where
 * service workers are blocked (in-app browsers, WebViews, some private modes).
 *
 * The installed transport is loaded on first use (or earlier, by `warmTransport`), so the first
 * paint never waits for the mock API's code.
 */
export type Transport = (request: Request) => Promise<Response>;

let loader: (() => Promise<Transport>) | null = null;
let loading: Promise<Transport> | null = null;

export function installTransport(load: () => Promise<Transport>): void {
  loader = load;
  loading = null;
}

function transport(): Promise<Transport> {
  if (!loader) return Promise.resolve((request) => fetch(request));
  const load = loader;
  loading ??= load().catch((error: unknown) => {
    // A failed download (offline, or a new deployment replaced the chunk) is tried again next time.
    loading = null;
    throw error;
  });
  return loading;
}

/** Starts loading the transport without sending anything: for an idle moment after the paint. */
export function warmTransport(): void {
  transport().catch(() => undefined);
}

/**
 * Sends a request. Like `fetch`, it rejects with a TypeError when the API cannot be reached
 * (including when the in-page API's code cannot be downloaded) and with the signal's reason when
 * the request is aborted.
 */
export async function send(request: Request): Promise<Response> {
  let send: Transport;
  try {
    send = await transport();
  } catch (error) {
    throw new TypeError(
      `The wiki's data could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  request.signal.throwIfAborted();
  return new Promise<Response>((resolve, reject) => {
    // An in-page answer cannot be cancelled half-way, but the caller stops waiting for it.
    const onAbort = () => reject(request.signal.reason as Error);
    request.signal.addEventListener('abort', onAbort, { once: true });
    send(request)
      .then(resolve, reject)
      .finally(() => request.signal.removeEventListener('abort', onAbort));
  });
}
