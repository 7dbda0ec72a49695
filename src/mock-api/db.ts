/**
 * The mock backend's queries: pure functions over the in-memory dataset that join the normalised
 * records into the contract's page-shaped responses. Handlers only translate HTTP to these.
 */
import { firstAppearances, relationSince } from './relation-since';
import type {
  ActorDetail,
  ActorRef,
  ActorSummary,
  CharacterDetail,
  CharacterRef,
  CharacterSummary,
  Dispute,
  EventType,
  Leap,
  LeapDetail,
  Portrayal,
  Rumour,
  Show,
  Source,
  StintRef,
  TimelineEvent,
} from '../api/schemas';
import type { CastTimeline, Timeline, TimelineMarkers } from '../api/timeline-schemas';
import type { TimelineQuery } from '../api/endpoints';
import { comparePartialDates, firstDay, lastDay, mayTouch } from '../lib/partial-date';
import { createRumourQueries, type OutcomeDates } from './rumour-queries';
import { changesAcross, leapDetail, leapEvent, leapRef } from './leap-queries';
import type { SearchSource } from './search/search-results';
import type {
  ActorRecord,
  CharacterRecord,
  EventRecord,
  LeapRecord,
  PortrayalRecord,
  RumourRecord,
  ShowRecord,
  SourceRecord,
} from './records';

/** The tables a query reads; tests pass their own to inject hostile or broken records. */
export interface Dataset {
  show: ShowRecord;
  characters: CharacterRecord[];
  actors: ActorRecord[];
  portrayals: PortrayalRecord[];
  events: EventRecord[];
  leaps: LeapRecord[];
  sources: SourceRecord[];
  rumours: RumourRecord[];
}

/** The event types that are changes to the cast, as shown under "Latest cast changes". */
const CAST_CHANGE_TYPES: ReadonlySet<EventType> = new Set([
  'joined',
  'left',
  'replaced',
  'terminated',
  'died-in-story',
  'returned',
]);

function indexBy<T extends { id: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Oldest stint first. A stint with no known start is placed by its end, and a recast always
 * follows the stint it replaced, so an original whose start is unknown still comes first.
 */
function byStart(a: PortrayalRecord, b: PortrayalRecord): number {
  if (b.replaces === a.id) return -1;
  if (a.replaces === b.id) return 1;
  const ka = a.from ?? a.to;
  const kb = b.from ?? b.to;
  if (ka === null || kb === null) return ka === kb ? 0 : ka === null ? 1 : -1;
  return comparePartialDates(ka, kb);
}

/** The latest of some dates; on a tie of first days the most precise wins, as the surest. */
function latestDate([first, ...rest]: [string, ...string[]]): string {
  return rest.reduce(
    (latest, date) => (comparePartialDates(date, latest) > 0 ? date : latest),
    first,
  );
}

/** Builds the query functions over one dataset, with its indexes made once. */
export function createDb(data: Dataset) {
  const characterById = indexBy(data.characters);
  const actorById = indexBy(data.actors);
  const portrayalById = indexBy(data.portrayals);
  const sourceByUrl = new Map(data.sources.map((s) => [s.url, s]));
  const firstSeen = firstAppearances(data.portrayals);

  function resolveSources(urls: readonly string[]): Source[] {
    return urls.map((url) => {
      const found = sourceByUrl.get(url);
      return found
        ? {
            url: found.url,
            outlet: found.outlet,
            headline: found.headline,
            published: found.published,
          }
        : { url, outlet: new URL(url).hostname, headline: null, published: null };
    });
  }

  function resolveDispute(dispute: { summary: string; sources: string[] } | null): Dispute | null {
    return dispute && { summary: dispute.summary, sources: resolveSources(dispute.sources) };
  }

  function characterRef(id: string): CharacterRef {
    return { id, name: characterById.get(id)?.name ?? id };
  }

  function actorRef(id: string): ActorRef {
    return { id, name: actorById.get(id)?.name ?? id };
  }

  function stintRef(portrayalId: string | null): StintRef | null {
    const other = portrayalId === null ? undefined : portrayalById.get(portrayalId);
    if (!other) return null;
    return {
      portrayalId: other.id,
      actor: actorRef(other.actor),
      character: characterRef(other.character),
    };
  }

  function toPortrayal(row: PortrayalRecord): Portrayal {
    return {
      id: row.id,
      character: characterRef(row.character),
      actor: actorRef(row.actor),
      kind: row.kind,
      from: row.from,
      to: row.to,
      status: row.status,
      asOf: row.asOf,
      exitReason: row.exitReason,
      exitDetail: row.exitDetail,
      replaces: stintRef(row.replaces),
      replacedBy: stintRef(row.replacedBy),
      confidence: row.confidence,
      dispute: resolveDispute(row.dispute),
      note: row.note,
      sources: resolveSources(row.sources),
    };
  }

  function toEvent(row: EventRecord): TimelineEvent {
    return {
      id: row.id,
      date: row.date,
      dateUntil: row.dateUntil,
      type: row.type,
      summary: row.summary,
      characters: row.characters.map(characterRef),
      actors: row.actors.map(actorRef),
      confidence: row.confidence,
      sources: resolveSources(row.sources),
    };
  }

  const leaps: Leap[] = data.leaps.map((l) => ({
    ...l,
    dispute: resolveDispute(l.dispute),
    sources: resolveSources(l.sources),
  }));
  const markers: TimelineMarkers = {
    premiere: data.show.premiere.value,
    leaps: leaps.map(leapRef),
    asOf: latestDate([
      data.show.status.asOf,
      ...data.sources.map((s) => s.published).filter((d): d is string => d !== null),
    ]),
  };
  /** The days the sources cover: nothing is compared outside them. */
  const run = {
    first: markers.premiere ? firstDay(markers.premiere) : -Infinity,
    last: lastDay(markers.asOf),
  };
  const allStints = [...data.portrayals].sort(byStart).map(toPortrayal);

  const eventById = indexBy(data.events);
  const outcomeDates: OutcomeDates = {
    stintStart: (id) => portrayalById.get(id)?.from ?? null,
    eventDate: (id) => eventById.get(id)?.date ?? null,
  };
  const rumoursOf = createRumourQueries(data.rumours, {
    characterRef,
    actorRef,
    stintRef,
    resolveSources,
    ...outcomeDates,
  });

  const sourceDates = data.sources.map((s) => s.published).filter((d): d is string => d !== null);
  const newestSource =
    sourceDates.length > 0 ? latestDate(sourceDates as [string, ...string[]]) : null;

  // Each leap is an entry of the change log too, made from the same list.
  const leapEvents = leaps.flatMap((leap) => {
    const event = leapEvent(leap, changesAcross(leap, leaps, allStints, run));
    return event ? [event] : [];
  });
  const chronologicalEvents = [...data.events, ...leapEvents].sort((a, b) =>
    comparePartialDates(a.date, b.date),
  );

  function portrayalsOf(predicate: (row: PortrayalRecord) => boolean): PortrayalRecord[] {
    return data.portrayals.filter(predicate).sort(byStart);
  }

  /** The current actor, or the last known one when the role is over. */
  function latestOf(rows: PortrayalRecord[]): PortrayalRecord | null {
    return rows.find((row) => row.status === 'ongoing') ?? rows.at(-1) ?? null;
  }

  function characterSummary(row: CharacterRecord): CharacterSummary {
    const stints = portrayalsOf((p) => p.character === row.id);
    const latest = latestOf(stints);
    return {
      id: row.id,
      name: row.name,
      otherNames: row.otherNames,
      nicknames: row.nicknames,
      household: row.household,
      latestActor: latest ? actorRef(latest.actor) : null,
      latestStatus: latest ? latest.status : null,
      actorCount: new Set(stints.map((s) => s.actor)).size,
      stints: stints.map((s) => ({
        actor: actorRef(s.actor),
        from: s.from,
        to: s.to,
        status: s.status,
      })),
    };
  }

  /** Whether a span may touch the query's years (`from`, `to`); no bound is no limit. */
  function inRangeOf(query: TimelineQuery) {
    const range = {
      first: query.from ? firstDay(query.from) : -Infinity,
      last: query.to ? lastDay(query.to) : Infinity,
    };
    return (start: string | null, end: string | null) => mayTouch(start, end, range);
  }

  /**
   * The stints and characters a timeline query concerns, with the markers: the timeline without
   * its change log, which is all the cast on a date is computed from (`GET /api/cast-timeline`).
   */
  function castTimeline(query: TimelineQuery = {}): CastTimeline {
    const inRange = inRangeOf(query);
    const stintRows = portrayalsOf(
      (p) =>
        (!query.character || p.character === query.character) &&
        (!query.actor || p.actor === query.actor) &&
        inRange(p.from, p.to),
    );
    const concerned = data.characters.filter(
      (c) =>
        (!query.character || c.id === query.character) &&
        (!query.actor ||
          data.portrayals.some((p) => p.actor === query.actor && p.character === c.id)),
    );
    return {
      portrayals: stintRows.map(toPortrayal),
      characters: concerned.map((c) => ({ id: c.id, name: c.name, household: c.household })),
      markers,
    };
  }

  return {
    show(): Show {
      const { show: record } = data;
      const leads = data.characters
        .filter((c) => c.lead)
        .flatMap((c) =>
          portrayalsOf((p) => p.character === c.id && p.status === 'ongoing').map((p) => ({
            character: characterRef(c.id),
            actor: actorRef(p.actor),
          })),
        );
      const latestChanges = chronologicalEvents
        .filter((e) => CAST_CHANGE_TYPES.has(e.type))
        .slice(-6)
        .reverse()
        .map(toEvent);
      const text = (field: typeof record.channel) => ({
        value: field.value,
        note: field.note,
        dispute: resolveDispute(field.dispute),
        sources: resolveSources(field.sources),
      });
      const date = (field: typeof record.premiere) => ({
        value: field.value,
        note: field.note,
        sources: resolveSources(field.sources),
      });
      return {
        id: record.id,
        title: record.title,
        alternateTitles: record.alternateTitles,
        premise: text(record.premise),
        channel: text(record.channel),
        language: text(record.language),
        premiere: date(record.premiere),
        shootingBegan: date(record.shootingBegan),
        producers: { ...record.producers, sources: resolveSources(record.producers.sources) },
        productionCompany: text(record.productionCompany),
        writers: record.writers.map((w) => ({ ...w, sources: resolveSources(w.sources) })),
        basedOn: text(record.basedOn),
        siblingAdaptations: record.siblingAdaptations.map((a) => ({
          ...a,
          sources: resolveSources(a.sources),
        })),
        streaming: text(record.streaming),
        prequel: { ...record.prequel, sources: resolveSources(record.prequel.sources) },
        timeslot: text(record.timeslot),
        status: { ...record.status, sources: resolveSources(record.status.sources) },
        episodes: text(record.episodes),
        leaps,
        milestones: record.milestones.map((m) => ({ ...m, sources: resolveSources(m.sources) })),
        currentLeads: leads,
        latestChanges,
        disputes: record.disputes.map((d) => ({ ...d, sources: resolveSources(d.sources) })),
        unplacedCast: record.unplacedCast.map((u) => ({
          ...u,
          sources: resolveSources(u.sources),
        })),
        gaps: record.gaps,
        latestReport: newestSource,
        counts: {
          characters: data.characters.length,
          actors: data.actors.length,
          portrayals: data.portrayals.length,
          events: chronologicalEvents.length,
          sources: data.sources.length,
          rumours: data.rumours.length,
        },
      };
    },

    characters(): CharacterSummary[] {
      return data.characters.map(characterSummary);
    },

    character(id: string): CharacterDetail | null {
      const row = characterById.get(id);
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        otherNames: row.otherNames,
        nicknames: row.nicknames,
        household: row.household,
        lead: row.lead,
        description: row.description,
        status: row.status,
        note: row.note,
        dispute: resolveDispute(row.dispute),
        confidence: row.confidence,
        relations: row.relations.map((r) => ({
          type: r.type,
          character: characterRef(r.character),
          since: relationSince(r.type, id, r.character, firstSeen),
        })),
        portrayals: portrayalsOf((p) => p.character === id).map(toPortrayal),
        rumours: rumoursOf((r) => r.characters.includes(id)),
        sources: resolveSources(row.sources),
      };
    },

    actors(): ActorSummary[] {
      return data.actors.map((row) => ({
        id: row.id,
        name: row.name,
        alsoKnownAs: row.alsoKnownAs,
        roles: portrayalsOf((p) => p.actor === row.id).map((p) => ({
          character: characterRef(p.character),
          from: p.from,
          to: p.to,
          status: p.status,
        })),
      }));
    },

    actor(id: string): ActorDetail | null {
      const row = actorById.get(id);
      if (!row) return null;
      return {
        id: row.id,
        name: row.name,
        alsoKnownAs: row.alsoKnownAs,
        note: row.note,
        died: row.died,
        confidence: row.confidence,
        otherWork: row.otherWork,
        portrayals: portrayalsOf((p) => p.actor === id).map(toPortrayal),
        events: chronologicalEvents.filter((e) => e.actors.includes(id)).map(toEvent),
        rumours: rumoursOf((r) => r.actors.includes(id)),
        sources: resolveSources(row.sources),
      };
    },

    /** Every leap, in air-date order: the one list every page reads. */
    leaps(): Leap[] {
      return leaps;
    },

    leap(id: string): LeapDetail | null {
      return leapDetail(id, leaps, allStints, run);
    },

    rumours(): Rumour[] {
      return rumoursOf(() => true);
    },

    hasCharacter: (id: string) => characterById.has(id),
    hasActor: (id: string) => actorById.has(id),

    castTimeline,

    timeline(query: TimelineQuery): Timeline {
      const inRange = inRangeOf(query);
      const eventRows = chronologicalEvents.filter(
        (e) =>
          (!query.character || e.characters.includes(query.character)) &&
          (!query.actor || e.actors.includes(query.actor)) &&
          (!query.type || e.type === query.type) &&
          inRange(e.date, e.dateUntil ?? e.date),
      );
      return { events: eventRows.map(toEvent), ...castTimeline(query) };
    },

    /** What the search reads of the dataset; the search itself is loaded on the first search. */
    searchSource(): SearchSource {
      return {
        characters: data.characters,
        actors: data.actors,
        events: data.events,
        leaps: data.leaps,
        rumours: data.rumours,
        stintsOfCharacter: (id) => portrayalsOf((p) => p.character === id),
        stintsOfActor: (id) => portrayalsOf((p) => p.actor === id),
        portrayal: (id) => portrayalById.get(id),
        ...outcomeDates,
      };
    },
  };
}

export type Db = ReturnType<typeof createDb>;
