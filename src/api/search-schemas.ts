/**
 * The search's part of the contract: what `GET /api/search?q=` answers. Kept apart from
 * schemas.ts, which every page reads, because only the search reads it.
 */
import * as z from 'zod/mini';
import { EVENT_TYPES } from './vocabulary';

/**
 * What a search finds, in the order the groups are listed. A new kind is one more name here; the
 * engine groups by whatever kinds its documents carry.
 */
export const SearchKindSchema = z.enum(['character', 'actor', 'leap', 'event', 'rumour']);
export type SearchKind = z.infer<typeof SearchKindSchema>;

export const SearchHitSchema = z.object({
  kind: SearchKindSchema,
  id: z.string(),
  name: z.string(),
  /** The name or alias that matched, when it is not the display name. */
  matched: z.nullable(z.string()),
  /**
   * Who played the character, or whom the actor played, with the years; when a leap aired and
   * how long it was; when an event happened and what it was.
   */
  context: z.string(),
  /** For an event, the timeline filter that shows it (its type, and its first character). */
  timeline: z.nullable(z.object({ type: z.enum(EVENT_TYPES), character: z.nullable(z.string()) })),
});
export type SearchHit = z.infer<typeof SearchHitSchema>;

/** A nearest name, offered when nothing matches the query. */
export const SearchSuggestionSchema = z.object({
  kind: SearchKindSchema,
  id: z.string(),
  name: z.string(),
});
export type SearchSuggestion = z.infer<typeof SearchSuggestionSchema>;

/** The hits of one kind, best first: at most the first few dozen; `total` counts them all. */
export const SearchGroupSchema = z.object({
  kind: SearchKindSchema,
  hits: z.array(SearchHitSchema),
  total: z.number(),
});
export type SearchGroup = z.infer<typeof SearchGroupSchema>;

/**
 * A question answered from the data ("who plays samar", "new pakhi", "who replaced paras"): a
 * sentence, and the actor or character it leads to.
 */
export const SearchAnswerSchema = z.object({
  text: z.string(),
  target: SearchSuggestionSchema,
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;

/**
 * The groups that have hits, the answer's kind first when there is an answer, the others in the
 * order of SearchKindSchema. `suggestions` is empty unless nothing matched.
 */
export const SearchResultSchema = z.object({
  query: z.string(),
  answer: z.nullable(SearchAnswerSchema),
  groups: z.array(SearchGroupSchema),
  suggestions: z.array(SearchSuggestionSchema),
  /**
   * How many results the reader's spoiler horizon (`upto`) left out: things that exist only
   * because of what aired after it (an actor who joined later, a later cast change). 0 without one.
   */
  hidden: z.number(),
});
export type SearchResult = z.infer<typeof SearchResultSchema>;
