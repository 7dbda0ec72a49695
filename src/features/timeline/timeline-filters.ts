/**
 * The timeline's filters as they live in the URL (`character`, `actor`, `type`, `from`, `to`),
 * read leniently: a value that does not fit is dropped with a message saying so, and the rest of
 * the view still applies. The page filters the whole timeline in the browser, so changing a
 * filter needs no round trip.
 */
import type { EventType, Portrayal, TimelineEvent } from '../../api/schemas';
import type { Timeline, TimelineCharacter } from '../../api/timeline-schemas';
import { EVENT_TYPES, isOneOf } from '../../api/vocabulary';
import { firstDay, lastDay, mayTouch, yearOf } from '../../lib/partial-date';
import { quoteInput } from '../../lib/text';

/**
 * The timeline page's filter, as its URL holds it: ids and whole years, null where open. It is
 * applied in the browser; the API's own `TimelineQuery` takes dates at any precision instead.
 */
export interface TimelineFilter {
  character: string | null;
  actor: string | null;
  type: EventType | null;
  fromYear: number | null;
  toYear: number | null;
}

export const NO_FILTER: TimelineFilter = {
  character: null,
  actor: null,
  type: null,
  fromYear: null,
  toYear: null,
};

/** What the URL may name: the ids that exist and the years the data spans. */
export interface FilterChoices {
  characters: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  years: { min: number; max: number };
}

export interface ReadFilter {
  filter: TimelineFilter;
  /** One sentence per value that was dropped, saying what was wrong and what is shown instead. */
  problems: string[];
}

const YEAR = /^\d{4}$/;

export function readTimelineFilter(params: URLSearchParams, choices: FilterChoices): ReadFilter {
  const problems: string[] = [];
  const read = (key: string) => params.get(key)?.trim() || null;
  const filter: TimelineFilter = { ...NO_FILTER };

  const character = read('character');
  if (character !== null) {
    if (choices.characters.has(character)) filter.character = character;
    else
      problems.push(
        `There is no character with the id ${quoteInput(character)}, so every character is shown.`,
      );
  }
  const actor = read('actor');
  if (actor !== null) {
    if (choices.actors.has(actor)) filter.actor = actor;
    else
      problems.push(`There is no actor with the id ${quoteInput(actor)}, so every actor is shown.`);
  }
  const type = read('type');
  if (type !== null) {
    if (isOneOf(EVENT_TYPES, type)) filter.type = type;
    else problems.push(`${quoteInput(type)} is not a kind of change, so every kind is shown.`);
  }

  const { min, max } = choices.years;
  const year = (key: 'from' | 'to'): number | null => {
    const value = read(key);
    if (value === null) return null;
    if (!YEAR.test(value)) {
      problems.push(
        `“${key}” must be a year such as ${min}, not ${quoteInput(value)}; it is ignored.`,
      );
      return null;
    }
    const n = Number(value);
    if (n < min || n > max) {
      problems.push(
        `The timeline covers ${min} to ${max}, so “${key}” ${n} is outside it and is ignored.`,
      );
      return null;
    }
    return n;
  };
  filter.fromYear = year('from');
  filter.toYear = year('to');
  if (filter.fromYear !== null && filter.toYear !== null && filter.fromYear > filter.toYear) {
    problems.push(
      `“from” (${filter.fromYear}) is after “to” (${filter.toYear}), so both are ignored.`,
    );
    filter.fromYear = null;
    filter.toYear = null;
  }
  return { filter, problems };
}

/** The URL query for a filter: only what is set, in a fixed order, so equal views share a link. */
export function filterToParams(filter: TimelineFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.character) params.set('character', filter.character);
  if (filter.actor) params.set('actor', filter.actor);
  if (filter.type) params.set('type', filter.type);
  if (filter.fromYear !== null) params.set('from', String(filter.fromYear));
  if (filter.toYear !== null) params.set('to', String(filter.toYear));
  return params;
}

export function isFiltered(filter: TimelineFilter): boolean {
  return Object.values(filter).some((value) => value !== null);
}

/** The years any dated fact in the timeline falls in, for the year pickers and their limits. */
export function yearSpan(data: Pick<Timeline, 'portrayals' | 'events' | 'markers'>): {
  min: number;
  max: number;
} {
  const dates = [
    data.markers.premiere,
    ...data.portrayals.flatMap((p) => [p.from, p.to]),
    ...data.events.map((e) => e.date),
  ].filter((d): d is string => d !== null);
  const max = yearOf(data.markers.asOf);
  const min = dates.reduce((lowest, d) => Math.min(lowest, yearOf(d)), max);
  return { min, max };
}

export interface FilteredTimeline {
  events: TimelineEvent[];
  portrayals: Portrayal[];
  /** The characters with at least one stint left, in the order the data gives them. */
  rows: TimelineCharacter[];
}

/**
 * The same filtering the API does, over data already loaded. A stint or event is in a year range
 * when its span may touch it; an unknown end is open, so a stint with no known end may reach any
 * later year.
 */
export function applyTimelineFilter(
  data: Pick<Timeline, 'events' | 'portrayals' | 'characters'>,
  filter: TimelineFilter,
): FilteredTimeline {
  const range = {
    first: filter.fromYear === null ? -Infinity : firstDay(String(filter.fromYear)),
    last: filter.toYear === null ? Infinity : lastDay(String(filter.toYear)),
  };
  const ranged = filter.fromYear !== null || filter.toYear !== null;
  const inRange = (start: string | null, end: string | null) =>
    !ranged || mayTouch(start, end, range);

  const events = data.events.filter(
    (e) =>
      (!filter.character || e.characters.some((c) => c.id === filter.character)) &&
      (!filter.actor || e.actors.some((a) => a.id === filter.actor)) &&
      (!filter.type || e.type === filter.type) &&
      inRange(e.date, e.dateUntil ?? e.date),
  );
  // The whole chart is the view most often drawn, and the first: it takes the stints as they are.
  const portrayals =
    !filter.character && !filter.actor && !ranged
      ? data.portrayals
      : data.portrayals.filter(
          (p) =>
            (!filter.character || p.character.id === filter.character) &&
            (!filter.actor || p.actor.id === filter.actor) &&
            inRange(p.from, p.to),
        );
  const withStints = new Set(portrayals.map((p) => p.character.id));
  const rows = data.characters.filter((c) => withStints.has(c.id));
  return { events, portrayals, rows };
}
