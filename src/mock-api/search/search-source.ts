/**
 * The dataset as the search reads it (db.ts hands it over), and which cast changes are results.
 */
import type { EventType } from '../../api/schemas';
import type {
  ActorRecord,
  CharacterRecord,
  EventRecord,
  PortrayalRecord,
  RumourRecord,
} from '../records';
import type { OutcomeDates } from '../rumour-queries';

/** What the search reads of a leap: named here, so that where leaps are kept does not matter. */
export interface LeapRecord {
  id: string;
  label: string;
  aired: string | null;
  airedNote: string | null;
  duration: string | null;
}

/** The dataset as the search reads it; stints come oldest first. */
export interface SearchSource extends OutcomeDates {
  characters: readonly CharacterRecord[];
  actors: readonly ActorRecord[];
  events: readonly EventRecord[];
  leaps: readonly LeapRecord[];
  rumours: readonly RumourRecord[];
  stintsOfCharacter(id: string): PortrayalRecord[];
  stintsOfActor(id: string): PortrayalRecord[];
  portrayal(id: string): PortrayalRecord | undefined;
}

/**
 * The cast changes that are search results (those the home page lists), each with the words a
 * fan may use for it. These words only find the event; they are never shown.
 */
export const EVENT_WORDS: Partial<Record<EventType, string>> = {
  joined: 'joined joins entry entered',
  left: 'left leaves quit quits exit exited',
  replaced: 'replaced replaces replacement recast',
  terminated: 'terminated fired sacked exit',
  'died-in-story': 'died dies death killed',
};

export const isSearchedEvent = (event: EventRecord): boolean =>
  EVENT_WORDS[event.type] !== undefined;
