/**
 * What the sources let us say about the days of one stint. Each end is a window of possible days
 * (`2022-08` starts on any of 31 days), or unknown. The chart, the overlap test and "the cast on
 * a date" all read a stint through these bounds, so they never disagree on what is known.
 */
import type { Portrayal } from '../../../api/schemas';
import { daySpan } from '../../../lib/partial-date';

/** The fields of a portrayal that say when it ran. */
export type StintDates = Pick<Portrayal, 'from' | 'to' | 'status' | 'asOf'>;

export interface DayWindow {
  earliest: number;
  latest: number;
}

export interface StintBounds {
  /** The days the first day in the role may be; null where no source dates the start. */
  start: DayWindow | null;
  /** The days the last day in the role may be; null where no source dates the end. */
  end: DayWindow | null;
  /**
   * The last day the actor was surely still in the role, short of a dated end: for an ongoing
   * role, the first day of its latest report. Null where nothing vouches for any day.
   */
  reportedUntil: number | null;
  /**
   * No day in the role can be later than this: the latest end day, or for a role reported as
   * ended without an end date, the last day of that report. Infinity while it may run on.
   */
  latestPossible: number;
}

export function stintBounds(stint: StintDates): StintBounds {
  const from = stint.from ? daySpan(stint.from) : null;
  const start = from ? { earliest: from.first, latest: from.last } : null;
  let end: DayWindow | null = null;
  if (stint.to) {
    // A source may date the end more coarsely than the start ("2022-04-25" to "2022-04"): the
    // role cannot end before it began.
    const to = daySpan(stint.to);
    const earliest = Math.max(to.first, start?.earliest ?? -Infinity);
    end = { earliest, latest: Math.max(to.last, earliest) };
  }
  let reportedUntil: number | null = null;
  if (end) reportedUntil = end.earliest;
  else if (stint.status === 'ongoing' && stint.asOf) reportedUntil = daySpan(stint.asOf).first;
  let latestPossible = Infinity;
  if (end) latestPossible = end.latest;
  else if (stint.status === 'ended' && stint.asOf) latestPossible = daySpan(stint.asOf).last;
  return { start, end, reportedUntil, latestPossible };
}

/** Was the actor surely in the role on `day`? Surely out of it? Or do the dates not tell? */
export type Presence = 'in' | 'probably' | 'uncertain' | 'out';

/**
 * Whether a stint covers one day. "probably" is an ongoing role past its latest report: nothing
 * says it ended. "uncertain" is a day inside a start or end known only to the month or year, or
 * a stint whose start or end no source dates.
 */
export function presenceOn(day: number, stint: StintDates): Presence {
  const b = stintBounds(stint);
  if (b.start && day < b.start.earliest) return 'out';
  if (day > b.latestPossible) return 'out';
  const surelyStarted = b.start !== null && day >= b.start.latest;
  if (!surelyStarted) return 'uncertain';
  if (b.reportedUntil !== null && day <= b.reportedUntil) return 'in';
  if (b.end) return 'uncertain';
  return stint.status === 'ongoing' ? 'probably' : 'uncertain';
}

export type Overlap = 'yes' | 'maybe' | 'no';

/**
 * Do two stints share a day? "yes" when both surely ran on a common day; "no" when one surely
 * ended before the other began; "maybe" when vague or missing dates leave it open, as with a
 * recast whose handover is known only to the month.
 */
export function overlapOf(a: StintDates, b: StintDates): Overlap {
  const ba = stintBounds(a);
  const bb = stintBounds(b);
  const aStartsAfterBEnds = ba.start !== null && ba.start.earliest > bb.latestPossible;
  const bStartsAfterAEnds = bb.start !== null && bb.start.earliest > ba.latestPossible;
  if (aStartsAfterBEnds || bStartsAfterAEnds) return 'no';
  const sure = (x: StintBounds) =>
    x.start !== null && x.reportedUntil !== null && x.start.latest <= x.reportedUntil
      ? { from: x.start.latest, to: x.reportedUntil }
      : null;
  const sa = sure(ba);
  const sb = sure(bb);
  if (sa && sb && sa.from <= sb.to && sb.from <= sa.to) return 'yes';
  return 'maybe';
}
