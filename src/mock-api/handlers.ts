/**
 * The mock API's HTTP layer: translates requests into `db` queries and answers with the
 * contract's shapes, or with `{ status, message }` errors a person can read.
 */
import { http, HttpResponse } from 'msw';
import { routePatterns } from '../api/endpoints';
import type { ErrorBody } from '../api/schemas';
import type { SearchResult } from '../api/search-schemas';
import { EVENT_TYPES, MAX_SEARCH_LENGTH, isOneOf } from '../api/vocabulary';
import type {
  ActorDetail,
  ActorList,
  CharacterDetail,
  CharacterList,
  LeapDetail,
  LeapList,
  RumourList,
  Show,
} from '../api/schemas';
import type { CastTimeline, Timeline } from '../api/timeline-schemas';
import { apiBaseUrl } from '../lib/env';
import { HORIZON_PARAM, parseHorizon } from '../lib/horizon';
import { comparePartialDates, isPartialDate } from '../lib/partial-date';
import type { TimelineQuery } from '../api/endpoints';
import type { Db } from './db';
import { loadDb } from './load-db';
import type { SearchService } from './search/search-service';

/** Hits per kind in one answer: more than a page can usefully list for one name. */
export const SEARCH_RESULT_LIMIT = 50;

/** Ids are echoed in messages; a 10,000-character one is shortened so the message stays readable. */
function quote(id: string): string {
  return JSON.stringify(id.length > 80 ? `${id.slice(0, 79)}…` : id);
}

function error(status: number, message: string) {
  return HttpResponse.json<ErrorBody>({ status, message }, { status });
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

function parseTimelineQuery(params: URLSearchParams, db: Db): Parsed<TimelineQuery> {
  const read = (key: string) => params.get(key)?.trim() || undefined;
  const query: TimelineQuery = {
    character: read('character'),
    actor: read('actor'),
    from: read('from'),
    to: read('to'),
  };
  if (query.character && !db.hasCharacter(query.character))
    return { ok: false, message: `There is no character with the id ${quote(query.character)}.` };
  if (query.actor && !db.hasActor(query.actor))
    return { ok: false, message: `There is no actor with the id ${quote(query.actor)}.` };
  const type = read('type');
  if (type) {
    if (!isOneOf(EVENT_TYPES, type))
      return {
        ok: false,
        message: `${quote(type)} is not an event type. Use one of: ${EVENT_TYPES.join(', ')}.`,
      };
    query.type = type;
  }
  for (const key of ['from', 'to'] as const) {
    const value = query[key];
    if (value && !isPartialDate(value))
      return { ok: false, message: `"${key}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD.` };
  }
  if (query.from && query.to && comparePartialDates(query.from, query.to) > 0)
    return { ok: false, message: `"from" (${query.from}) is after "to" (${query.to}).` };
  return { ok: true, value: query };
}

/** The path parameters of the routes that name one character, actor or leap. */
type IdParams = { id: string };

export function createHandlers(getDb: () => Promise<Db> = loadDb, base: string = apiBaseUrl) {
  const at = (pattern: string) => `${base}${pattern}`;

  // The search (engine, index, answers) is loaded on the first search, not with the app: most
  // visits never search, and the first load stays small. Built once, then reused by every search.
  // Its code is fetched beside the dataset, not after it. A failed download (say, the network
  // dropped) must not stick: the next search retries.
  let search: Promise<SearchService> | undefined;
  const loadSearch = (db: Promise<Db>) =>
    (search ??= Promise.all([db, import('./search/search-service')]).then(
      ([loaded, { createSearchService }]) => createSearchService(loaded.searchSource()),
      (error: unknown) => {
        search = undefined;
        throw error;
      },
    ));
  // Each handler's type arguments (`http.get<Params, RequestBody, ResponseBody>`) hold its answers
  // to the contract's types, inferred from the schemas the client validates with: a body that
  // drifts from its schema fails typecheck here instead of failing in a fan's browser.
  // Search comes first: it is the commonest request (the header box asks on every keystroke), and
  // MSW tries the handlers in order, matching the URL against each one's path as it goes.
  return [
    http.get<never, never, SearchResult | ErrorBody>(
      at(routePatterns.search),
      async ({ request }) => {
        const params = new URL(request.url).searchParams;
        const q = params.get('q')?.trim() ?? '';
        if (q === '') return error(400, 'Type a name to search for.');
        if (q.length > MAX_SEARCH_LENGTH)
          return error(400, `Search for at most ${MAX_SEARCH_LENGTH} characters.`);
        // The reader's spoiler horizon: what exists only because of later facts is left out.
        const upto = parseHorizon(params.get(HORIZON_PARAM));
        if (!upto.ok) return error(400, upto.message);
        const db = getDb();
        const service = loadSearch(db);
        service.catch(() => undefined);
        // A dataset that cannot load fails the request as every other endpoint does.
        await db;
        let loaded: SearchService;
        try {
          loaded = await service;
        } catch {
          return error(503, 'Search could not start. Check your connection and try again.');
        }
        return HttpResponse.json(loaded.search(q, SEARCH_RESULT_LIMIT, upto.horizon));
      },
    ),

    http.get<never, never, Show>(at(routePatterns.show), async () =>
      HttpResponse.json((await getDb()).show()),
    ),

    http.get<never, never, CharacterList>(at(routePatterns.characters), async () =>
      HttpResponse.json({ characters: (await getDb()).characters() }),
    ),

    http.get<IdParams, never, CharacterDetail | ErrorBody>(
      at(routePatterns.character),
      async ({ params: { id } }) => {
        const db = await getDb();
        const found = db.character(id);
        return found
          ? HttpResponse.json(found)
          : error(404, `There is no character with the id ${quote(id)}.`);
      },
    ),

    http.get<never, never, ActorList>(at(routePatterns.actors), async () =>
      HttpResponse.json({ actors: (await getDb()).actors() }),
    ),

    http.get<IdParams, never, ActorDetail | ErrorBody>(
      at(routePatterns.actor),
      async ({ params: { id } }) => {
        const db = await getDb();
        const found = db.actor(id);
        return found
          ? HttpResponse.json(found)
          : error(404, `There is no actor with the id ${quote(id)}.`);
      },
    ),

    http.get<never, never, LeapList>(at(routePatterns.leaps), async () =>
      HttpResponse.json({ leaps: (await getDb()).leaps() }),
    ),

    http.get<IdParams, never, LeapDetail | ErrorBody>(
      at(routePatterns.leap),
      async ({ params: { id } }) => {
        const found = (await getDb()).leap(id);
        return found
          ? HttpResponse.json(found)
          : error(404, `There is no leap with the id ${quote(id)}.`);
      },
    ),

    http.get<never, never, Timeline | ErrorBody>(
      at(routePatterns.timeline),
      async ({ request }) => {
        const db = await getDb();
        const parsed = parseTimelineQuery(new URL(request.url).searchParams, db);
        return parsed.ok
          ? HttpResponse.json(db.timeline(parsed.value))
          : error(400, parsed.message);
      },
    ),

    http.get<never, never, CastTimeline>(at(routePatterns.castTimeline), async () =>
      HttpResponse.json((await getDb()).castTimeline()),
    ),

    http.get<never, never, RumourList>(at(routePatterns.rumours), async () =>
      HttpResponse.json({ rumours: (await getDb()).rumours() }),
    ),

    http.all<never, never, ErrorBody>(at('/*'), ({ request }) =>
      error(404, `The API has no endpoint ${new URL(request.url).pathname}.`),
    ),
  ];
}
