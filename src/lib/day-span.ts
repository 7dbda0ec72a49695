/**
 * The first and last day a partial date can mean, remembered per string. Charts and filters ask
 * this of the same few thousand dates over and over; parsing each once keeps a filter change on a
 * large timeline within a frame or two.
 */
import { firstDay, lastDay } from './partial-date';

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

/**
 * Whether something that ran from `start` to `end` may have touched a range of days. It may when
 * neither end surely falls outside: an unknown start or end (null) is open, so a stint with no
 * known end may reach any later day. The API's timeline filter and the page's own filter both
 * decide by this, so a view filtered in the browser shows what the API would return.
 */
export function mayTouch(
  start: string | null,
  end: string | null,
  range: { first: number; last: number },
): boolean {
  return (
    (start === null || daySpan(start).first <= range.last) &&
    (end === null || daySpan(end).last >= range.first)
  );
}
