/**
 * The contract's closed lists of words, as plain constants. Pages read them at start-up (filters,
 * URL parameters), while the zod schemas that validate responses load with the first request
 * (src/api/response-schemas.ts): keeping these apart keeps zod out of the app's first download.
 * schemas.ts builds its enums from these very lists, so the two cannot drift.
 */

export const EVENT_TYPES = [
  'announcement',
  'production',
  'premiere',
  'joined',
  'left',
  'replaced',
  'terminated',
  'leap',
  'died-in-story',
  'off-screen',
  'absence',
  'ratings',
  'spin-off',
  'milestone',
  'rumour',
  /** An actor back in a role after an absence: a return, a flashback, a special episode. */
  'returned',
  /** A turn of the story, recorded because it explains a cast change or a character. */
  'storyline',
] as const;

export const RUMOUR_STATUSES = ['rumoured', 'confirmed', 'denied', 'open'] as const;

/** The longest query the search answers; longer text is not a name anyone types. */
export const MAX_SEARCH_LENGTH = 100;

/** Whether `value` is one of `words`, narrowing it to that word. */
export function isOneOf<T extends string>(words: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (words as readonly string[]).includes(value);
}
