/**
 * Where the schema each endpoint's answer is validated with lives. The client loads it (and with
 * it zod) with the first request of its kind rather than at start-up: a prerendered page shows
 * its data without any request, so the app's first download carries no validator. A search
 * builds only the search's schemas, not the whole contract's.
 */
export const responseSchemas = {
  show: () => import('./schemas').then((m) => m.ShowSchema),
  characters: () => import('./schemas').then((m) => m.CharacterListSchema),
  character: () => import('./schemas').then((m) => m.CharacterDetailSchema),
  actors: () => import('./schemas').then((m) => m.ActorListSchema),
  actor: () => import('./schemas').then((m) => m.ActorDetailSchema),
  leaps: () => import('./schemas').then((m) => m.LeapListSchema),
  leap: () => import('./schemas').then((m) => m.LeapDetailSchema),
  timeline: () => import('./timeline-schemas').then((m) => m.TimelineSchema),
  castTimeline: () => import('./timeline-schemas').then((m) => m.CastTimelineSchema),
  search: () => import('./search-schemas').then((m) => m.SearchResultSchema),
  rumours: () => import('./schemas').then((m) => m.RumourListSchema),
};

export const errorBodySchema = () => import('./schemas').then((m) => m.ErrorBodySchema);
