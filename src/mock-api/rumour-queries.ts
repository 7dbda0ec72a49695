/**
 * Rumours as the API answers them: each with its people and the stints that bore it out as
 * references, newest first. db.ts hands in how it resolves ids and sources.
 */
import type { ActorRef, CharacterRef, Rumour, Source, StintRef } from '../api/schemas';
import { airedKey } from '../lib/horizon';
import { comparePartialDates } from '../lib/partial-date';
import type { RumourRecord } from './records';

/** Where the dates of what bore a rumour out are looked up. */
export interface OutcomeDates {
  stintStart(portrayalId: string): string | null;
  eventDate(eventId: string): string | null;
}

interface Resolvers extends OutcomeDates {
  characterRef(id: string): CharacterRef;
  actorRef(id: string): ActorRef;
  stintRef(portrayalId: string | null): StintRef | null;
  resolveSources(urls: readonly string[]): Source[];
}

/**
 * When a rumour's outcome became known (RumourSchema.decided): a denial's date; for a confirmed
 * rumour the latest start among what bore it out (all of it had to air), null if any is undated.
 */
export function decidedOf(row: RumourRecord, dates: OutcomeDates): string | null {
  if (row.status === 'denied') return row.denial?.date ?? null;
  if (row.status !== 'confirmed' || row.confirmedBy === null) return null;
  const found = [
    ...row.confirmedBy.portrayals.map((id) => dates.stintStart(id)),
    ...row.confirmedBy.events.map((id) => dates.eventDate(id)),
  ];
  if (found.length === 0 || found.includes(null)) return null;
  // The latest by the last day each can mean: "2022-08" is surely aired only on 31 Aug.
  return (found as string[]).reduce((a, b) => (airedKey(b) > airedKey(a) ? b : a));
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
      decided: decidedOf(row, refs),
      sources: refs.resolveSources(row.sources),
    };
  }

  // Newest first: a fan checking on a rumour wants the latest talk at the top.
  const newest = [...rows].sort((a, b) => comparePartialDates(b.date, a.date));

  return (predicate: (row: RumourRecord) => boolean): Rumour[] =>
    newest.filter(predicate).map(toRumour);
}
