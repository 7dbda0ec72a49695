/**
 * Test-only: lets browser tests make the in-page mock API fail, as `server.use()` does in the
 * route tests. Bundled only when the app is built with VITE_TEST_HOOKS=true (the browser tests'
 * second build); the production build has no trace of it.
 *
 *   await page.evaluate(() => window.__wikiTestFaults.add({ path: '/api/actors', status: 500 }));
 */
import type { Transport } from '../api/transport';

export interface Fault {
  /** The request path the fault answers (the start of it), e.g. `/api/actors`. */
  path: string;
  status?: number;
  /** Sent as is; the default is a JSON error body with the status. */
  body?: string;
  /** `network`: the request fails as if the server could not be reached. */
  kind?: 'response' | 'network';
  /** Answer this many times, then stop (default: until cleared). */
  times?: number;
}

export interface TestFaults {
  add(fault: Fault): void;
  clear(): void;
}

declare global {
  interface Window {
    __wikiTestFaults?: TestFaults;
  }
}

export function withTestFaults(answer: Transport): Transport {
  const faults: Fault[] = [];
  window.__wikiTestFaults = {
    add: (fault) => void faults.push({ ...fault }),
    clear: () => void faults.splice(0),
  };
  return async (request) => {
    const path = new URL(request.url).pathname;
    const fault = faults.find((f) => path.startsWith(f.path));
    if (!fault) return answer(request);
    if (fault.times !== undefined && --fault.times <= 0) faults.splice(faults.indexOf(fault), 1);
    if (fault.kind === 'network') throw new TypeError('Failed to fetch (test fault)');
    const status = fault.status ?? 500;
    return new Response(fault.body ?? JSON.stringify({ status, message: `Test fault ${status}` }), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}
