/**
 * The chart's time axis: whole years, from the first day of `from` to the last day of `to`,
 * stretched linearly across the plot. Days are counted since 1970-01-01 (UTC), as everywhere in
 * the chart. This is all the chart needs of a scale and of tick intervals, so it is written out
 * here rather than taken from d3-scale (whose interpolators bring d3-color and d3-format) and
 * d3-time.
 */
import { daySpan } from '../../../lib/partial-date';

export interface TimeScale {
  /** The first day drawn: 1 January of the first year. */
  start: number;
  /** The day after the last one drawn: 1 January after the last year, or after `until`. */
  end: number;
  /** Where a day begins across the plot, in pixels; days outside the years fall outside it. */
  x: (day: number) => number;
}

/**
 * `until`, when given (a reader's spoiler horizon), is the last day drawn: the plot ends there
 * rather than at the end of the last year, so nothing later has a place on it.
 */
export function timeScale(
  years: { from: number; to: number },
  width: number,
  until: string | null = null,
): TimeScale {
  const start = daySpan(String(years.from)).first;
  const yearsEnd = daySpan(String(years.to)).last + 1;
  const end =
    until === null ? yearsEnd : Math.max(start + 1, Math.min(yearsEnd, daySpan(until).last + 1));
  const days = end - start;
  return { start, end, x: (day) => ((day - start) / days) * width };
}

/** The first day of each year drawn, in order. */
export function yearStarts(years: { from: number; to: number }): number[] {
  const days: number[] = [];
  for (let year = years.from; year <= years.to; year++) days.push(daySpan(String(year)).first);
  return days;
}

/** The first day of each month drawn but January (that is a year's start), in order. */
export function monthStarts(years: { from: number; to: number }): number[] {
  const days: number[] = [];
  for (let year = years.from; year <= years.to; year++) {
    for (let month = 2; month <= 12; month++) {
      days.push(daySpan(`${year}-${String(month).padStart(2, '0')}`).first);
    }
  }
  return days;
}
