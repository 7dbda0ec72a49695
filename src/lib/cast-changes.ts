/**
 * What changed in the cast between two days: who left, who joined, which roles were recast (and
 * which of those were aged up), who stayed, and the leaps in between. The cast page's two-date
 * view (`/cast?at=A&vs=B`) runs it in the browser; the mock API runs it for each leap page, over
 * the days around the leap. Both read presence through src/lib/presence.ts.
 */
import type { CastComparison, LeapRef, Portrayal, Recast } from '../api/schemas';
import { daySpan, isoOfDay } from './partial-date';
import { presenceDetail } from './presence';

/** Days compared either side of a leap's air date (its month, or year, when no day is known). */
export const LEAP_MARGIN_DAYS = 31;

/**
 * The two days a leap's page compares: a month before its air date begins and a month after it
 * ends, so that the departures announced ahead of a leap and the arrivals just after it count.
 */
export function daysAroundLeap(aired: string): { from: number; to: number } {
  const span = daySpan(aired);
  return { from: span.first - LEAP_MARGIN_DAYS, to: span.last + LEAP_MARGIN_DAYS };
}

/**
 * "there": in the role, or probably so for a reason that spans the day (a role still running,
 * or reported again later); "maybe": the day falls inside the month or year a start or end is
 * known only to, so either answer is possible.
 */
type State = 'there' | 'maybe' | 'out' | 'unreported';

function stateOn(day: number, stint: Portrayal): State {
  const { presence, why } = presenceDetail(day, stint);
  if (presence === 'probably')
    return why.kind === 'joining' || why.kind === 'leaving' ? 'maybe' : 'there';
  return presence === 'in' ? 'there' : presence;
}

/** Compares the cast on two days (days since 1970-01-01, in either order). */
export function compareCasts(
  portrayals: readonly Portrayal[],
  leaps: readonly LeapRef[],
  dayA: number,
  dayB: number,
): CastComparison {
  const from = Math.min(dayA, dayB);
  const to = Math.max(dayA, dayB);
  const left: Portrayal[] = [];
  const joined: Portrayal[] = [];
  const stayed: Portrayal[] = [];
  const noLongerReported: Portrayal[] = [];
  const vague: Portrayal[] = [];
  const present = (state: State) => state === 'there' || state === 'maybe';
  for (const stint of portrayals) {
    const before = stateOn(from, stint);
    const after = stateOn(to, stint);
    if (before === 'maybe' && after === 'maybe') vague.push(stint);
    else if (present(before) && present(after)) stayed.push(stint);
    else if (present(before) && after === 'out') left.push(stint);
    else if (present(before)) noLongerReported.push(stint);
    else if (present(after)) joined.push(stint);
  }

  // A role someone left and someone else took up in between was recast.
  const recast: Recast[] = [];
  const recastIds = new Set<string>();
  for (const stint of left) {
    const id = stint.character.id;
    if (recastIds.has(id)) continue;
    const before = left.filter((s) => s.character.id === id);
    const after = joined.filter(
      (s) => s.character.id === id && !before.some((b) => b.actor.id === s.actor.id),
    );
    if (after.length === 0) continue;
    recastIds.add(id);
    recast.push({
      character: stint.character,
      before,
      after,
      agedUp: before.some((s) => s.exitReason === 'character-aged-up'),
    });
  }
  const outsideRecasts = (s: Portrayal) => !recastIds.has(s.character.id);

  const between = leaps.filter((leap) => {
    if (!leap.aired) return false;
    const span = daySpan(leap.aired);
    return span.last >= from && span.first <= to;
  });

  return {
    from: isoOfDay(from),
    to: isoOfDay(to),
    left: left.filter(outsideRecasts),
    joined: joined.filter(outsideRecasts),
    recast,
    stayed,
    noLongerReported,
    vague,
    leaps: between,
  };
}
