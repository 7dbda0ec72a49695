/**
 * Wording for a stint, shared by every view that shows one (cards, the table, the chart's
 * tooltip) and by the mock API's search context lines, so a fan reads the same words everywhere.
 */
import type { Portrayal } from '../api/schemas';
import { exitReasonLabels } from './labels';
import { formatPartialDate, yearOf } from './partial-date';

export interface StintSpan {
  from: string | null;
  to: string | null;
  status: 'ongoing' | 'ended' | 'unknown';
  asOf?: string | null;
}

/**
 * Where a stint ends: "26 Jul 2022", "present (as of Mar 2026)", "present", "unknown (over by
 * Oct 2024)" or "unknown".
 */
export function formatStintEnd(span: StintSpan): string {
  if (span.to) return formatPartialDate(span.to);
  if (span.status === 'ongoing')
    return span.asOf ? `present (as of ${formatPartialDate(span.asOf)})` : 'present';
  // Ended on an unreported day, but known to be over by the date of a source.
  if (span.status === 'ended' && span.asOf)
    return `unknown (over by ${formatPartialDate(span.asOf)})`;
  return 'unknown';
}

/** "Jul 2020 – 26 Jul 2022", "Jul 2020 – present (as of Mar 2026)", "unknown – 2022". */
export function formatStint(span: StintSpan): string {
  const from = span.from ? formatPartialDate(span.from) : 'unknown';
  return `${from} – ${formatStintEnd(span)}`;
}

/**
 * How a stint ended: "Ongoing", the exit reason ("Quit", "Actor died", "Replaced by the
 * makers"), "Ended, reason unknown", or "Whether it ended is unknown" when the sources do not say.
 */
export function howItEnded(stint: Pick<Portrayal, 'status' | 'exitReason'>): string {
  if (stint.status === 'ongoing') return 'Ongoing';
  if (stint.exitReason) return exitReasonLabels[stint.exitReason];
  return stint.status === 'ended' ? 'Ended, reason unknown' : 'Whether it ended is unknown';
}

/** Years only: "2020–2022", "2024–" for ongoing, "?" where unknown. */
export function formatStintYears(span: StintSpan): string {
  const from = span.from ? String(yearOf(span.from)) : '?';
  if (span.to) {
    const to = String(yearOf(span.to));
    return from === to ? from : `${from}–${to}`;
  }
  return span.status === 'ongoing' ? `${from}–` : `${from}–?`;
}
