/**
 * The whole timeline as a reader at a spoiler horizon knows it: stints that began later, changes
 * and leaps that aired later are left out (and counted, so the page can say so), stints that
 * ended later run on "as of" the horizon, and the newest source is the horizon itself, so the
 * chart and the cast page end there.
 */
import type { CastTimeline, Timeline } from '../../api/timeline-schemas';
import { stintsAsOf } from '../../lib/as-of';
import { isPastHorizon, splitByHorizon } from '../../lib/horizon';

export interface CastTimelineAsOf {
  timeline: CastTimeline;
  /** How many stints and leaps aired after the horizon. */
  hidden: { stints: number; leaps: number };
}

export interface TimelineAsOf {
  timeline: Timeline;
  /** How many stints, changes and leaps aired after the horizon. */
  hidden: { stints: number; changes: number; leaps: number };
}

/** The stints, characters and markers as known at the horizon (the cast page has no change log). */
export function castTimelineAsOf(data: CastTimeline, horizon: string): CastTimelineAsOf {
  const { shown: portrayals, hidden } = stintsAsOf(data.portrayals, horizon);
  const leaps = splitByHorizon(data.markers.leaps, (l) => l.aired, horizon);
  // A character whose every stint is later is not known yet; one with none at all stays.
  const hadStints = new Set(data.portrayals.map((p) => p.character.id));
  const hasStints = new Set(portrayals.map((p) => p.character.id));
  const characters = data.characters.filter((c) => hasStints.has(c.id) || !hadStints.has(c.id));
  return {
    timeline: {
      portrayals,
      characters,
      markers: {
        premiere: data.markers.premiere,
        leaps: leaps.shown,
        asOf: isPastHorizon(data.markers.asOf, horizon) ? horizon : data.markers.asOf,
      },
    },
    hidden: { stints: hidden.length, leaps: leaps.hidden.length },
  };
}

export function timelineAsOf(data: Timeline, horizon: string): TimelineAsOf {
  const { timeline, hidden } = castTimelineAsOf(data, horizon);
  const events = splitByHorizon(data.events, (e) => e.dateUntil ?? e.date, horizon);
  return {
    timeline: { ...timeline, events: events.shown },
    hidden: { ...hidden, changes: events.hidden.length },
  };
}
