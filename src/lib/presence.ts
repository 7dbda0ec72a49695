/**
 * What the sources let us say about the days of one stint, and so whether an actor was in a role
 * on a given day. The chart draws a bar from these answers, "the cast on a date" groups its rows
 * by them and the leap pages and the two-date comparison count with them: one rule, so the views
 * never disagree (tests/unit/presence-agreement.test.ts walks the dataset to prove it).
 */
import type { Portrayal } from '../api/schemas';
import { daySpan } from './partial-date';

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
   * For a role whose outcome is unknown, the last day of the latest report that still speaks of
   * it ("was part of the cast in Dec 2023"); null otherwise.
   */
  lastReport: number | null;
  /**
   * No day in the role can be later than this: the latest end day, or for a role reported as
   * ended without an end date, the last day of that report. Infinity while it may run on.
   */
  latestPossible: number;
}

export function stintBounds(stint: StintDates): StintBounds {
  const from = stint.from ? daySpan(stint.from) : null;
  let start = from ? { earliest: from.first, latest: from.last } : null;
  let end: DayWindow | null = null;
  if (stint.to) {
    // A source may date the end more coarsely than the start ("2022-04-25" to "2022-04"): the
    // role cannot end before it began.
    const to = daySpan(stint.to);
    const earliest = Math.max(to.first, start?.earliest ?? -Infinity);
    end = { earliest, latest: Math.max(to.last, earliest) };
    // Nor begin after it ended ("2023" to "2023-07").
    if (start && start.latest > end.latest) start = { ...start, latest: end.latest };
  }
  let reportedUntil: number | null = null;
  if (end) reportedUntil = end.earliest;
  else if (stint.status === 'ongoing' && stint.asOf) reportedUntil = daySpan(stint.asOf).first;
  // A report dated only to its month or year may come from any day of it.
  const lastReport =
    !end && stint.status === 'unknown' && stint.asOf ? daySpan(stint.asOf).last : null;
  let latestPossible = Infinity;
  if (end) latestPossible = end.latest;
  else if (stint.status === 'ended' && stint.asOf) latestPossible = daySpan(stint.asOf).last;
  return { start, end, reportedUntil, lastReport, latestPossible };
}

/**
 * Was the actor in the role on a day? "in": surely, on screen. "probably": likely but not sure,
 * for a reason a fan can read (see `PresenceWhy`). "unreported": nothing places the actor in the
 * role around that day (no source since, or none yet), though nothing says the role was over.
 * "out": surely not in the role.
 */
export type Presence = 'in' | 'probably' | 'unreported' | 'out';

/** Why a day is "probably" or "unreported", in terms a page turns into words. */
export type PresenceWhy =
  /** Inside the month or year a start is known to; the exact day is not known. */
  | { kind: 'joining'; from: string }
  /** Inside the month or year an end is known to. */
  | { kind: 'leaving'; to: string }
  /** An ongoing role after its latest report. */
  | { kind: 'still-running'; asOf: string | null }
  /** A role of unknown outcome, between its start and its latest report. */
  | { kind: 'reported-until'; asOf: string }
  /** After the last day anything places the actor in the role. */
  | { kind: 'not-reported-since'; since: string | null; endedBy: string | null }
  /** Before the first day anything places the actor in the role (the start is not dated). */
  | {
      kind: 'start-unknown';
      leftIn: string | null;
      reportedIn: string | null;
      endedBy: string | null;
    };

export type PresenceAnswer =
  { presence: 'in' | 'out'; why: null } | { presence: 'probably' | 'unreported'; why: PresenceWhy };

const IN = { presence: 'in', why: null } as const;
const OUT = { presence: 'out', why: null } as const;

/** The date a source last placed the actor in the role, as the data words it. */
function lastSeen(stint: StintDates): string | null {
  if (stint.status === 'unknown' && stint.asOf) return stint.asOf;
  return stint.from;
}

/**
 * Whether a stint covers one day, and why when the answer is not a plain yes or no. The chart's
 * segments (bar-geometry.ts) follow the same cases: solid for "in", faded for "probably", a
 * fading tail or nothing for "unreported".
 */
export function presenceDetail(day: number, stint: StintDates): PresenceAnswer {
  const b = stintBounds(stint);
  if (b.start && day < b.start.earliest) return OUT;
  if (day > b.latestPossible) return OUT;
  const endedBy = stint.status === 'ended' && !stint.to ? stint.asOf : null;

  if (!b.start) {
    // Nothing dates the start: the first day a source vouches for is where the role shows.
    const anchor = b.end?.earliest ?? b.reportedUntil ?? b.lastReport;
    if (anchor === null || day < anchor) {
      const reportedIn = endedBy === null ? stint.asOf : null;
      const why = { kind: 'start-unknown', leftIn: stint.to, reportedIn, endedBy } as const;
      return { presence: 'unreported', why };
    }
    if (b.end && stint.to) return { presence: 'probably', why: { kind: 'leaving', to: stint.to } };
  } else if (day < b.start.latest && stint.from) {
    return { presence: 'probably', why: { kind: 'joining', from: stint.from } };
  }

  if (b.reportedUntil !== null && day <= b.reportedUntil) return IN;
  if (b.end && stint.to) return { presence: 'probably', why: { kind: 'leaving', to: stint.to } };
  if (stint.status === 'ongoing')
    return { presence: 'probably', why: { kind: 'still-running', asOf: stint.asOf } };
  if (b.lastReport !== null && day <= b.lastReport && stint.asOf)
    return { presence: 'probably', why: { kind: 'reported-until', asOf: stint.asOf } };
  return {
    presence: 'unreported',
    why: { kind: 'not-reported-since', since: lastSeen(stint), endedBy },
  };
}

export function presenceOn(day: number, stint: StintDates): Presence {
  return presenceDetail(day, stint).presence;
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
