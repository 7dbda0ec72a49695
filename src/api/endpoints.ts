/**
 * Every path of the API, built in one place so the handlers and the client cannot disagree on a
 * URL. Paths are relative to the API base: `/api` against the mock, or a real backend's origin.
 */
import type { EventType } from './schemas';

/**
 * The query of `GET /timeline`: every part optional, dates at any precision. (The timeline page's
 * own `TimelineFilter`, read from its URL, is a different shape: whole years only.)
 */
export interface TimelineQuery {
  character?: string;
  actor?: string;
  type?: EventType;
  /** Inclusive bounds as partial dates (`2022`, `2022-07`, ...). */
  from?: string;
  to?: string;
}

function withQuery(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export const endpoints = {
  show: () => '/show',
  characters: () => '/characters',
  character: (id: string) => `/characters/${encodeURIComponent(id)}`,
  actors: () => '/actors',
  actor: (id: string) => `/actors/${encodeURIComponent(id)}`,
  leaps: () => '/leaps',
  leap: (id: string) => `/leaps/${encodeURIComponent(id)}`,
  timeline: (query: TimelineQuery = {}) => withQuery('/timeline', { ...query }),
  castTimeline: () => '/cast-timeline',
  /** `upto`: the reader's spoiler horizon (an ISO day); results past it are left out. */
  search: (q: string, upto?: string | null) => withQuery('/search', { q, upto: upto ?? undefined }),
  rumours: () => '/rumours',
};

/** The route patterns the mock API answers, in MSW's path syntax. */
export const routePatterns = {
  show: '/show',
  characters: '/characters',
  character: '/characters/:id',
  actors: '/actors',
  actor: '/actors/:id',
  leaps: '/leaps',
  leap: '/leaps/:id',
  timeline: '/timeline',
  castTimeline: '/cast-timeline',
  search: '/search',
  rumours: '/rumours',
} as const;
