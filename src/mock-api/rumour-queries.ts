/**
 * Rumours as the API answers them: each with its people and the stints that bore it out as
 * references, newest first. db.ts hands in how it resolves ids and sources.
 */
import type { ActorRef, CharacterRef, Rumour, Source, StintRef } from '../api/schemas';
import { comparePartialDates } from '../lib/partial-date';
import type { RumourRecord } from './records';

interface Resolvers {
  characterRef(id: string): CharacterRef;
  actorRef(id: string): ActorRef;
  stintRef(portrayalId: string | null): StintRef | null;
  resolveSources(urls: readonly string[]): Source[];
}

/** The rumours that match a predicate, newest first. */
export function createRumourQueries(rows: readonly RumourRecord[], refs: Resolvers) {
  function toRumour(row: RumourRecord): Rumour {
    return {
      id: row.id,
      date: row.date,
      claim: row.claim,
      status: row.status,
      outcome: row.outcome,
      characters: row.characters.map(refs.characterRef),
      actors: row.actors.map(refs.actorRef),
      confirmedBy: [
        ...(row.confirmedBy?.portrayals ?? []).map((id) => ({
          portrayal: refs.stintRef(id),
          event: null,
        })),
        ...(row.confirmedBy?.events ?? []).map((id) => ({ portrayal: null, event: id })),
      ],
      denial: row.denial,
      sources: refs.resolveSources(row.sources),
    };
  }

  // Newest first: a fan checking on a rumour wants the latest talk at the top.
  const newest = [...rows].sort((a, b) => comparePartialDates(b.date, a.date));

  return (predicate: (row: RumourRecord) => boolean): Rumour[] =>
    newest.filter(predicate).map(toRumour);
}
