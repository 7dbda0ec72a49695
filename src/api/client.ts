/**
 * The typed client: the only way the UI reads data. Every response is validated against the
 * contract, so a malformed body becomes an error the user can see instead of a blank page.
 */
import type * as z from 'zod/mini';
import { apiBaseUrl } from '../lib/env';
import { endpoints, type TimelineQuery } from './endpoints';
import { errorBodySchema, responseSchemas } from './response-schemas';
import { send } from './transport';

/** What each endpoint answers, by name: the types are the contract's, known at build time. */
type ResponseSchemas = typeof responseSchemas;
export type Resource = keyof ResponseSchemas;
export type ResourceData<R extends Resource> = z.infer<Awaited<ReturnType<ResponseSchemas[R]>>>;

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'unavailable';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly path: string;

  constructor(kind: ApiErrorKind, status: number, message: string, path: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.path = path;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }
}

/** Long enough for a slow phone connection, short enough that nobody waits on a dead server. */
export const REQUEST_TIMEOUT_MS = 15_000;

async function readErrorMessage(response: Response): Promise<string> {
  try {
    const body: unknown = await response.json();
    const parsed = (await errorBodySchema()).safeParse(body);
    if (parsed.success) return parsed.data.message;
  } catch {
    // A non-JSON error body (a proxy's HTML page, say) still gets a readable message below.
  }
  return `The server answered ${response.status} ${response.statusText}`.trim();
}

/**
 * In a page the API base resolves against the page's address; in Node (prerendering) there is
 * none, and the mock API answers at this stand-in origin instead.
 */
export const NODE_ORIGIN = 'http://localhost';

function resolve(path: string): string {
  const base = typeof document === 'undefined' ? NODE_ORIGIN : document.baseURI;
  return new URL(`${apiBaseUrl}${path}`, base).href;
}

export async function getJson<R extends Resource>(
  path: string,
  resource: R,
  signal?: AbortSignal,
): Promise<ResourceData<R>> {
  // The validator loads beside the request, in parallel with its answer.
  const schemas = responseSchemas[resource]();
  // Settled here too, so that a request that fails first leaves no unhandled rejection behind.
  schemas.catch(() => undefined);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, REQUEST_TIMEOUT_MS);
  const onAbort = () => controller.abort();
  signal?.addEventListener('abort', onAbort);
  let response: Response;
  try {
    response = await send(
      new Request(resolve(path), {
        headers: { Accept: 'application/json' },
        signal: controller.signal,
      }),
    );
  } catch (error) {
    if (timedOut) throw new ApiError('timeout', 0, 'The server took too long to answer.', path);
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, 'The server could not be reached. Are you offline?', path);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  if (!response.ok) {
    throw new ApiError('http', response.status, await readErrorMessage(response), path);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError(
      'invalid-response',
      response.status,
      'The server sent something that is not JSON.',
      path,
    );
  }
  let schema: z.ZodMiniType;
  try {
    schema = await schemas;
  } catch {
    throw new ApiError('network', 0, 'The server could not be reached. Are you offline?', path);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first ? first.path.join('.') || 'the response' : 'the response';
    throw new ApiError(
      'invalid-response',
      response.status,
      `The server sent data in an unexpected shape (at ${where}: ${first?.message ?? 'invalid'}).`,
      path,
    );
  }
  // The schema looked up for R parses to R's data; TypeScript cannot follow a generic lookup.
  return parsed.data as ResourceData<R>;
}

export const api = {
  show: (signal?: AbortSignal) => getJson(endpoints.show(), 'show', signal),
  characters: (signal?: AbortSignal) => getJson(endpoints.characters(), 'characters', signal),
  character: (id: string, signal?: AbortSignal) =>
    getJson(endpoints.character(id), 'character', signal),
  actors: (signal?: AbortSignal) => getJson(endpoints.actors(), 'actors', signal),
  actor: (id: string, signal?: AbortSignal) => getJson(endpoints.actor(id), 'actor', signal),
  leaps: (signal?: AbortSignal) => getJson(endpoints.leaps(), 'leaps', signal),
  leap: (id: string, signal?: AbortSignal) => getJson(endpoints.leap(id), 'leap', signal),
  timeline: (query: TimelineQuery, signal?: AbortSignal) =>
    getJson(endpoints.timeline(query), 'timeline', signal),
  castTimeline: (signal?: AbortSignal) => getJson(endpoints.castTimeline(), 'castTimeline', signal),
  search: (q: string, upto: string | null, signal?: AbortSignal) =>
    getJson(endpoints.search(q, upto), 'search', signal),
  rumours: (signal?: AbortSignal) => getJson(endpoints.rumours(), 'rumours', signal),
};
