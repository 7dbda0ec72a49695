/**
 * The first and last day a partial date can mean, remembered per string. Charts and filters ask
 * this of the same few thousand dates over and over; parsing each once keeps a filter change on a
 * large timeline within a frame or two.
 */
import { firstDay, lastDay } from '../../lib/partial-date';

export interface DaySpan {
  first: number;
  last: number;
}

const spans = new Map<string, DaySpan>();
/** Dates come from the data, so the cache stays small; the cap only guards against misuse. */
const MAX_ENTRIES = 100_000;

export function daySpan(date: string): DaySpan {
  let span = spans.get(date);
  if (span === undefined) {
    span = { first: firstDay(date), last: lastDay(date) };
    if (spans.size >= MAX_ENTRIES) spans.clear();
    spans.set(date, span);
  }
  return span;
}
