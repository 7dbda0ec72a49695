/**
 * The stints as a reader at a spoiler horizon knows them: a stint that began later is not known
 * at all, and one that ended later is still running "as of" the horizon, with no exit, no
 * successor and no end date. The timeline, the cast on a date and the cast comparisons draw from
 * these, as do character and actor pages (src/lib/person-as-of.ts), so that a bar's length, a date range or a "Next:" never tells what came after. What
 * counts as later is the one rule of src/lib/horizon.ts.
 */
import type { Portrayal, Source } from '../api/schemas';
import { airedAttribute, airedKey, isPastHorizon, type Horizon } from './horizon';

/**
 * The date a stint is known from: its start, or where no source dates the start, its end (it
 * surely aired by then). Null when nothing dates it, which counts as past any horizon.
 */
export function stintKnownFrom(p: Pick<Portrayal, 'from' | 'to'>): string | null {
  return p.from ?? p.to;
}

/**
 * The date the way a stint ended (or its latest report, for one still running) is known from:
 * the part of a row that shows an end, a status or a successor is keyed by it.
 */
export function stintEndKnownFrom(p: Pick<Portrayal, 'to' | 'asOf'>): string | null {
  return p.to ?? p.asOf;
}

/** What a stint says about now (its note, a dispute) is known once its end or "as of" date is. */
function knownSince(p: Pick<Portrayal, 'status' | 'to' | 'asOf'>): string | null {
  return p.status === 'ongoing' ? p.asOf : (p.to ?? p.asOf);
}

/** The airing mark for a stint's note and dispute (free text about how it went). */
export function stintNoteAired(p: Pick<Portrayal, 'status' | 'to' | 'asOf'>) {
  return airedAttribute(knownSince(p));
}

/** Reports published by the horizon: later ones may tell what came later in their headlines. */
export function sourcesAsOf(sources: Source[], horizon: Horizon): Source[] {
  if (horizon === null) return sources;
  return sources.filter((s) => !isPastHorizon(s.published, horizon));
}

/**
 * Where a stint stands at `horizon`: the one decision behind every view of a stint as then known
 * (the pages here, the mock API's search over its records). `later`: it had not begun. `as-is`:
 * its end, or that it runs on, was already known. `running`: its known end came later, so it was
 * on screen that day. `open`: only a later source reports it over, on a day not known, so whether
 * it went on is not known either.
 */
export type StintAtHorizon = 'later' | 'as-is' | 'running' | 'open';

export function stintAtHorizon(
  p: Pick<Portrayal, 'from' | 'to' | 'status' | 'asOf'>,
  horizon: string,
): StintAtHorizon {
  if (isPastHorizon(stintKnownFrom(p), horizon)) return 'later';
  if (p.to !== null) return isPastHorizon(p.to, horizon) ? 'running' : 'as-is';
  if (p.status === 'ongoing') return 'as-is';
  return isPastHorizon(p.asOf, horizon) ? 'open' : 'as-is';
}

/**
 * One stint as known at `horizon`: null if it had not begun; otherwise the stint, with what came
 * after the horizon taken away. `successorFrom` is when the stint that replaced it began: a
 * successor who had not started is not named, and null (not known) counts as later; leave it out
 * (undefined) where the successor's start cannot be looked up.
 */
export function stintAsOf(
  p: Portrayal,
  horizon: Horizon,
  successorFrom?: string | null,
): Portrayal | null {
  if (horizon === null) return p;
  const state = stintAtHorizon(p, horizon);
  if (state === 'later') return null;
  const notePast = isPastHorizon(knownSince(p), horizon);
  const trimmed: Portrayal = {
    ...p,
    note: notePast ? null : p.note,
    dispute: notePast ? null : p.dispute,
    sources: sourcesAsOf(p.sources, horizon),
  };
  if (state !== 'as-is') {
    const cleared = { ...trimmed, exitReason: null, exitDetail: null, replacedBy: null };
    return state === 'running'
      ? { ...cleared, to: null, status: 'ongoing', asOf: horizon }
      : { ...cleared, status: 'unknown', asOf: null };
  }
  if (p.status === 'ongoing') {
    return isPastHorizon(p.asOf, horizon)
      ? { ...trimmed, asOf: horizon, replacedBy: null }
      : trimmed;
  }
  const successorLater = successorFrom !== undefined && isPastHorizon(successorFrom, horizon);
  return successorLater ? { ...trimmed, replacedBy: null } : trimmed;
}

export interface StintsAsOf {
  /** The stints that had begun, trimmed to the horizon, oldest first. */
  shown: Portrayal[];
  /** The stints that began later, as they are (for "Show"). */
  hidden: Portrayal[];
}

/** A list of stints at `horizon`; successors are looked up in the same list. */
export function stintsAsOf(portrayals: readonly Portrayal[], horizon: Horizon): StintsAsOf {
  const startOf = new Map(portrayals.map((p) => [p.id, stintKnownFrom(p)]));
  const shown: Portrayal[] = [];
  const hidden: Portrayal[] = [];
  for (const p of portrayals) {
    const successor = p.replacedBy ? startOf.get(p.replacedBy.portrayalId) : undefined;
    const asOf = stintAsOf(p, horizon, successor);
    if (asOf) shown.push(asOf);
    else hidden.push(p);
  }
  return { shown, hidden };
}

/**
 * The first day by which any of these facts surely aired (`YYYY-MM-DD`), or null when none is
 * dated: a row of several stints, or a year of changes, is known once its first one is.
 */
export function firstAired(dates: readonly (string | null | undefined)[]): string | null {
  let first: string | null = null;
  for (const date of dates) {
    const key = airedKey(date);
    if (key !== 'unknown' && (first === null || key < first)) first = key;
  }
  return first;
}
