/**
 * The schema each endpoint's answer is validated with. The client loads this module (and with it
 * zod) with its first request rather than at start-up: a prerendered page shows its data without
 * any request, so the app's first download carries no validator.
 */
import {
  ActorDetailSchema,
  ActorListSchema,
  CharacterDetailSchema,
  CharacterListSchema,
  ErrorBodySchema,
  LeapDetailSchema,
  LeapListSchema,
  RumourListSchema,
  ShowSchema,
} from './schemas';
import { SearchResultSchema } from './search-schemas';
import { TimelineSchema } from './timeline-schemas';

export const responseSchemas = {
  show: ShowSchema,
  characters: CharacterListSchema,
  character: CharacterDetailSchema,
  actors: ActorListSchema,
  actor: ActorDetailSchema,
  leaps: LeapListSchema,
  leap: LeapDetailSchema,
  timeline: TimelineSchema,
  search: SearchResultSchema,
  rumours: RumourListSchema,
};

export { ErrorBodySchema };
