/**
 * The leaps as the API serves them: the list, one leap with what changed in the cast across it,
 * and the change-log entry each leap gives the timeline. Every one is built from the one list
 * in data/leaps.ts, so the home page, the leap pages, the chart's markers and the timeline's
 * "Leap" filter cannot disagree.
 */
import type { CastComparison, Leap, LeapDetail, LeapRef, Portrayal } from '../api/schemas';
import { compareCasts, daysAroundLeap } from '../lib/cast-changes';
import type { EventRecord } from './records';

export function leapRef(leap: Pick<Leap, 'id' | 'label' | 'aired'>): LeapRef {
  return { id: leap.id, label: leap.label, aired: leap.aired };
}

/** The cast a month either side of the leap, kept within the run the sources cover. */
export function changesAcross(
  leap: Leap,
  leaps: readonly Leap[],
  portrayals: readonly Portrayal[],
  run: { first: number; last: number },
): CastComparison | null {
  if (!leap.aired) return null;
  const around = daysAroundLeap(leap.aired);
  const from = Math.max(around.from, run.first);
  const to = Math.min(around.to, run.last);
  return compareCasts(portrayals, leaps.map(leapRef), from, to);
}

export function leapDetail(
  id: string,
  leaps: readonly Leap[],
  portrayals: readonly Portrayal[],
  run: { first: number; last: number },
): LeapDetail | null {
  const index = leaps.findIndex((l) => l.id === id);
  const leap = leaps[index];
  if (!leap) return null;
  const previous = leaps[index - 1];
  const next = leaps[index + 1];
  return {
    leap,
    comparison: changesAcross(leap, leaps, portrayals, run),
    previous: previous ? leapRef(previous) : null,
    next: next ? leapRef(next) : null,
  };
}

/**
 * A leap as an entry of the change log (type "leap", the leap's id), naming the characters and
 * actors whose roles changed across it, so the timeline's character and actor filters find it.
 */
export function leapEvent(leap: Leap, changes: CastComparison | null): EventRecord | null {
  if (!leap.aired) return null;
  const changed = changes
    ? [
        ...changes.left,
        ...changes.joined,
        ...changes.recast.flatMap((r) => [...r.before, ...r.after]),
      ]
    : [];
  return {
    id: leap.id,
    date: leap.aired,
    dateUntil: null,
    type: 'leap',
    summary: `${leap.label}. ${leap.summary}`,
    characters: [...new Set(changed.map((p) => p.character.id))],
    actors: [...new Set(changed.map((p) => p.actor.id))],
    confidence: leap.confidence,
    sources: leap.sources.map((s) => s.url),
  };
}
