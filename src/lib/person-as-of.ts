/**
 * Character and actor pages as a fan who has watched up to a spoiler horizon knows them: stints
 * that had not begun are left out (and counted, so the page can say so), a stint that ended after
 * the horizon reads as still running as of the horizon (no exit, no successor), later relations,
 * rumours, events and deaths are left out. Pure functions over the API's shapes; every date
 * comparison goes through lib/horizon's one rule.
 */
import type {
  ActorDetail,
  ActorSummary,
  CharacterDetail,
  CharacterSummary,
  Portrayal,
  Relation,
  Rumour,
  TimelineEvent,
} from '../api/schemas';
import { sourcesAsOf, stintsAsOf } from './as-of';
import { rumourAsOf } from './rumour-as-of';
import { airedAttribute, airedKey, isPastHorizon, splitByHorizon, type Horizon } from './horizon';

type Span = Pick<Portrayal, 'from' | 'to' | 'status'>;

/** The date that tells how a stint ended: its end; none for a stint still running. */
export function stintEndDate(span: Span): string | null | undefined {
  return span.status === 'ongoing' ? undefined : span.to;
}

/**
 * For the prerendered markup: a stint shown with its end is surely aired once its end has aired
 * (a running stint once it began), so the head script can hide it before the first paint.
 */
export function stintAired(span: Span): Record<string, string> {
  const end = stintEndDate(span);
  return end === undefined ? airedAttribute(span.from) : airedAttribute(span.from, end);
}

export interface RumoursAsOf {
  shown: Rumour[];
  hidden: Rumour[];
}

/**
 * Rumours at `horizon`: those reported later are hidden; one reported earlier reads as it stood
 * then, by the rumour list's own rule (lib/rumour-as-of), with no source published later.
 */
export function rumoursAsOf(rumours: readonly Rumour[], horizon: Horizon): RumoursAsOf {
  if (horizon === null) return { shown: [...rumours], hidden: [] };
  const { shown, hidden } = splitByHorizon(rumours, (r) => r.date, horizon);
  return {
    shown: shown.map((rumour) => {
      const { status, outcome, denial } = rumourAsOf(rumour, horizon);
      return {
        ...rumour,
        sources: sourcesAsOf(rumour.sources, horizon),
        status,
        outcome,
        denial,
        // What bore it out is known once its status is.
        confirmedBy: status === rumour.status ? rumour.confirmedBy : [],
      };
    }),
    hidden,
  };
}

export interface CharacterAsOf {
  /** The character as known at the horizon (the same object with no horizon). */
  character: CharacterDetail;
  hidden: {
    portrayals: Portrayal[];
    relations: Relation[];
    rumours: Rumour[];
    /** The description, story status and notes are undated: hidden under any horizon. */
    story: boolean;
  };
}

/** A character's page at `horizon`. */
export function characterAsOf(detail: CharacterDetail, horizon: Horizon): CharacterAsOf {
  const stints = stintsAsOf(detail.portrayals, horizon);
  const relations = splitByHorizon(detail.relations, (r) => r.since, horizon);
  const rumours = rumoursAsOf(detail.rumours, horizon);
  return {
    character: {
      ...detail,
      portrayals: stints.shown,
      relations: relations.shown,
      rumours: rumours.shown,
    },
    hidden: {
      portrayals: stints.hidden,
      relations: relations.hidden,
      rumours: rumours.hidden,
      story: horizon !== null,
    },
  };
}

/** The dates a character's first lead sentence (who they are) rests on: the parents it names. */
export function characterIntroAired(detail: Pick<CharacterDetail, 'relations'>) {
  const parents = detail.relations.filter((r) => r.type === 'parent');
  // With no parent named, the sentence names the family: known from the start.
  return parents.length === 0 ? {} : airedAttribute(...parents.map((r) => r.since));
}

/** The dates the sentence of who played the role rests on: every stint, to its end. */
export function portrayalSentenceAired(detail: Pick<CharacterDetail, 'portrayals'>) {
  return airedAttribute(...detail.portrayals.flatMap((p) => [p.from, stintEndDate(p) ?? p.from]));
}

/** The dates the "Now" row rests on: every stint, with its end or "as of" date. */
export function roleNowAired(portrayals: readonly Portrayal[]) {
  if (portrayals.length === 0) return airedAttribute(null);
  return airedAttribute(...portrayals.flatMap((p) => [p.from, stintEndDate(p) ?? p.asOf]));
}

/** When an event is surely over: the end of its window, or its date. */
export function eventDate(event: Pick<TimelineEvent, 'date' | 'dateUntil'>): string {
  return event.dateUntil ?? event.date;
}

export interface ActorAsOf {
  actor: ActorDetail;
  hidden: {
    portrayals: Portrayal[];
    events: TimelineEvent[];
    rumours: Rumour[];
    /** The wiki's free-text note on the actor is undated: hidden under any horizon. */
    note: boolean;
    /** The actor's death came later. */
    died: boolean;
    /** Work outside the show is undated (and may be later): hidden under any horizon. */
    otherWork: boolean;
  };
}

/** An actor's page at `horizon`. */
export function actorAsOf(detail: ActorDetail, horizon: Horizon): ActorAsOf {
  const stints = stintsAsOf(detail.portrayals, horizon);
  const events = splitByHorizon(detail.events, eventDate, horizon);
  const rumours = rumoursAsOf(detail.rumours, horizon);
  const diedLater = detail.died !== null && isPastHorizon(detail.died.date, horizon);
  return {
    actor: {
      ...detail,
      portrayals: stints.shown,
      events: events.shown.map((e) => ({ ...e, sources: sourcesAsOf(e.sources, horizon) })),
      rumours: rumours.shown,
      died: diedLater ? null : detail.died,
      // Reports published later may tell what came later in their headlines.
      sources: sourcesAsOf(detail.sources, horizon),
    },
    hidden: {
      portrayals: stints.hidden,
      events: events.hidden,
      rumours: rumours.hidden,
      note: horizon !== null && detail.note !== null,
      died: diedLater,
      otherWork: horizon !== null && detail.otherWork.length > 0,
    },
  };
}

type Run = Pick<Portrayal, 'from' | 'to' | 'status'>;

/** A stint in a list at `horizon`: null if not begun, running as of the horizon if it ended later. */
function runAsOf<T extends Run>(run: T, horizon: Horizon): T | null {
  if (horizon === null) return run;
  if (isPastHorizon(run.from, horizon)) return null;
  const end = stintEndDate(run);
  if (end === undefined || !isPastHorizon(end, horizon)) return run;
  return run.to !== null ? { ...run, to: null, status: 'ongoing' } : { ...run, status: 'unknown' };
}

/** The earliest start among stints: when a character or actor first appears (null if unknown). */
function firstStart(runs: readonly Run[]): string | null {
  const keys = runs.flatMap((r) => (r.from ? [airedKey(r.from)] : []));
  return keys.sort()[0] ?? null;
}

/** When a character first appears on screen, for the list's fold; null when no stint is dated. */
export function characterFirstSeen(summary: Pick<CharacterSummary, 'stints'>): string | null {
  return firstStart(summary.stints);
}

/**
 * A character's card at `horizon`: who played the role then (the one running, else the last one
 * known), and how many actors had. Null when the character had not yet appeared.
 */
export function characterSummaryAsOf(
  summary: CharacterSummary,
  horizon: Horizon,
): CharacterSummary | null {
  if (horizon === null) return summary;
  const stints = summary.stints.flatMap((s) => {
    const run = runAsOf(s, horizon);
    return run ? [run] : [];
  });
  if (stints.length === 0) return null;
  const latest = stints.find((s) => s.status === 'ongoing') ?? stints.at(-1) ?? null;
  return {
    ...summary,
    stints,
    latestActor: latest ? latest.actor : null,
    latestStatus: latest ? latest.status : null,
    actorCount: new Set(stints.map((s) => s.actor.id)).size,
  };
}

/** When an actor first appears on screen, for the list's fold; null when no role is dated. */
export function actorFirstSeen(summary: Pick<ActorSummary, 'roles'>): string | null {
  return firstStart(summary.roles);
}

/**
 * An actor's card at `horizon`: the roles that had begun, each running as of the horizon if it
 * ended later. Null when every role began later (the list folds the actor).
 */
export function actorSummaryAsOf(summary: ActorSummary, horizon: Horizon): ActorSummary | null {
  if (horizon === null || summary.roles.length === 0) return summary;
  const roles = summary.roles.flatMap((r) => {
    const run = runAsOf(r, horizon);
    return run ? [run] : [];
  });
  return roles.length === 0 ? null : { ...summary, roles };
}
