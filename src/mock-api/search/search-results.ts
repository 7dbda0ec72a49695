/**
 * What the search knows beyond the engine: the documents it indexes (people, leaps, cast changes,
 * rumours), each with the day it first surely aired, and the result of a query, seen from the
 * reader's spoiler horizon when they set one (search-horizon.ts), through search-view.ts.
 */
import { RumourStatusSchema } from '../../api/schemas';
import type { SearchResult } from '../../api/search-schemas';
import type { Horizon } from '../../lib/horizon';
import { rumourStatusLabels } from '../../lib/labels';
import { MONTH_NAMES } from '../../lib/partial-date';
import { boundedEditDistance } from './edit-distance';
import { searchWords } from './phonetic-key';
import type { SearchEngine } from './search-engine';
import { createHorizonMasks, earliestAired, outcomeIsLater, sourceAsOf } from './search-horizon';
import type { SearchDocument } from './search-index';
import { EVENT_WORDS, type SearchSource } from './search-source';
import { createSearchView, type SearchView } from './search-view';

export type { LeapRecord, SearchSource } from './search-source';

/** Words that find a rumour besides its people; like EVENT_WORDS, never shown. */
const RUMOUR_WORDS = 'rumour rumours rumor rumors gossip report reports buzz';

/** "2022 July" for 2022-07-31: the words that find something by when it happened. */
function dateWords(date: string | null): string {
  if (date === null) return '';
  const [year, month] = date.split('-');
  return [year, month ? MONTH_NAMES[Number(month) - 1] : undefined].filter(Boolean).join(' ');
}

const NUMBERS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  twelve: '12',
  fifteen: '15',
  twenty: '20',
};

/** "Fifteen-year generation leap" as "15-year generation leap", which fans type as often. */
function withDigits(label: string): string {
  return label.replace(/[A-Za-z]+/g, (word) => NUMBERS[word.toLowerCase()] ?? word);
}

/** How many horizons' views are kept (each is a trimmed copy of the dataset's lookups). */
const KEPT_VIEWS = 8;

export function createSearchResults(source: SearchSource) {
  const full = createSearchView(source);
  const views = new Map<string, SearchView>();
  function viewOf(horizon: Horizon): SearchView {
    if (horizon === null) return full;
    let view = views.get(horizon);
    if (!view) {
      view = createSearchView(sourceAsOf(source, horizon));
      if (views.size >= KEPT_VIEWS) views.delete(views.keys().next().value as string);
      views.set(horizon, view);
    }
    return view;
  }
  const { namesOf, eventTitle, searchedEvents } = full;
  // A stint with no known start was surely on screen by its end.
  const firstStart = (stints: { from: string | null; to: string | null }[]) =>
    earliestAired(stints.map((s) => s.from ?? s.to));

  /** Every person with all the names they go by, every leap, cast change and rumour. */
  function documents(): SearchDocument[] {
    return [
      ...source.characters.map((row) => ({
        kind: 'character' as const,
        id: row.id,
        name: row.name,
        aliases: [...row.otherNames, ...row.nicknames],
        aired: firstStart(source.stintsOfCharacter(row.id)),
      })),
      ...source.actors.map((row) => ({
        kind: 'actor' as const,
        id: row.id,
        name: row.name,
        aliases: row.alsoKnownAs,
        aired: firstStart(source.stintsOfActor(row.id)),
      })),
      ...source.leaps.map((leap) => ({
        kind: 'leap' as const,
        id: leap.id,
        name: leap.label,
        aliases: ['leap time jump', dateWords(leap.aired), withDigits(leap.label)],
        order: leap.aired ?? '9999',
        aired: earliestAired([leap.aired]),
      })),
      ...searchedEvents.map((event) => ({
        kind: 'event' as const,
        id: event.id,
        name: eventTitle(event),
        aliases: [EVENT_WORDS[event.type] ?? '', dateWords(event.date)],
        about: namesOf(event),
        order: event.date,
        aired: earliestAired([event.date]),
      })),
      ...source.rumours.map((rumour) => ({
        kind: 'rumour' as const,
        id: rumour.id,
        name: rumour.claim,
        aliases: [RUMOUR_WORDS, rumourStatusLabels[rumour.status], dateWords(rumour.date)],
        about: namesOf(rumour),
        // Newest last among equals, as events: the engine orders by this date.
        order: rumour.date,
        aired: earliestAired([rumour.date]),
      })),
    ];
  }

  const indexed = documents();
  const maskOf = createHorizonMasks(indexed);
  // A rumour is found by its status word too ("confirmed"): under a horizon, a query with such a
  // word must not find a rumour by an outcome that came later, so those are masked as well.
  const rumourRows = new Map(source.rumours.map((r) => [r.id, r]));
  const strictMaskOf = createHorizonMasks(indexed, (doc, horizon) => {
    const row = doc.kind === 'rumour' ? rumourRows.get(doc.id) : undefined;
    return row !== undefined && outcomeIsLater(row, source, horizon);
  });
  // "Rumoured" is what a later outcome reads as, so only the other statuses' words give one away.
  const statusWords = RumourStatusSchema.options
    .filter((status) => status !== 'rumoured')
    .flatMap((status) => rumourStatusLabels[status].toLowerCase().split(' '));
  /** Whether a word of `query` may find a rumour by its status: as typed, begun or misspelt. */
  const namesAStatus = (query: string) =>
    searchWords(query).some((word) => {
      const edits = word.length < 6 ? 1 : 2;
      return (
        word.length >= 3 &&
        statusWords.some(
          (status) => status.startsWith(word) || boundedEditDistance(word, status, edits) <= edits,
        )
      );
    });

  return {
    /** The documents to index, in the order the masks of result() assume. */
    documents: (): SearchDocument[] => indexed,

    /**
     * The engine's matches for `query`, each with its line of context, and any answer. With a
     * horizon, whatever exists only because of later facts is left out (and counted), and the
     * rest reads as it did on that day.
     */
    result(
      query: string,
      engine: SearchEngine,
      limit: number,
      horizon: Horizon = null,
    ): SearchResult {
      const mask = namesAStatus(query) ? strictMaskOf(horizon) : maskOf(horizon);
      const found = engine.search(query, limit, mask);
      const view = viewOf(horizon);
      const groups = found.groups.map((g) => ({ ...g, hits: g.hits.map(view.hitOf) }));
      const answered = found.intent ? view.answer(found.intent, groups) : null;
      return {
        query,
        answer: answered?.answer ?? null,
        groups: answered ? view.arrange(groups, answered) : groups,
        suggestions: found.suggestions,
        hidden: found.hidden,
      };
    },
  };
}
