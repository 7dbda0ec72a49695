/**
 * The stints as a reader at a spoiler horizon knows them: a stint that began later is not known
 * at all, and one that ended later is still running "as of" the horizon, with no exit, no
 * successor and no end date. The timeline, the cast on a date and the cast comparisons draw from
 * these, so that a bar's length, a date range or a "Next:" never tells what came after. What
 * counts as later is the one rule of src/lib/horizon.ts.
 */
import type { Portrayal } from '../api/schemas';
import { airedKey, isPastHorizon } from './horizon';

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

/**
 * One stint as known at `horizon`, or null when it began after it. `startOf` gives the start of
 * another stint by id, so that a successor who came later is not named.
 */
export function portrayalAsOf(
  p: Portrayal,
  horizon: string,
  startOf: (portrayalId: string) => string | null | undefined = () => undefined,
): Portrayal | null {
  if (isPastHorizon(stintKnownFrom(p), horizon)) return null;
  const successorLater =
    p.replacedBy !== null && isPastHorizon(startOf(p.replacedBy.portrayalId), horizon);
  const replacedBy = successorLater ? null : p.replacedBy;
  if (p.to !== null) {
    if (!isPastHorizon(p.to, horizon)) return successorLater ? { ...p, replacedBy } : p;
    // Over only after the horizon: from there it is still running, as of the horizon.
    return {
      ...p,
      to: null,
      status: 'ongoing',
      asOf: horizon,
      exitReason: null,
      exitDetail: null,
      replacedBy: null,
    };
  }
  if (p.asOf !== null && !isPastHorizon(p.asOf, horizon)) return { ...p, replacedBy };
  if (p.status === 'ongoing') return { ...p, asOf: horizon, replacedBy: null };
  // Reported over (or of unknown outcome) only by a later source: at the horizon nobody knew.
  return {
    ...p,
    status: 'unknown',
    asOf: null,
    exitReason: null,
    exitDetail: null,
    replacedBy: null,
  };
}

/** The stints known at `horizon` (each as then known), and how many began later. */
export function portrayalsAsOf(
  portrayals: readonly Portrayal[],
  horizon: string,
): { shown: Portrayal[]; hiddenCount: number } {
  const starts = new Map(portrayals.map((p) => [p.id, stintKnownFrom(p)]));
  const shown: Portrayal[] = [];
  for (const p of portrayals) {
    const known = portrayalAsOf(p, horizon, (id) => starts.get(id));
    if (known) shown.push(known);
  }
  return { shown, hiddenCount: portrayals.length - shown.length };
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
