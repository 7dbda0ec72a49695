/**
 * Dates as precise as the sources allow (`2022`, `2022-07`, `2022-07-26`). A partial date names a
 * span of days: `2022-07` is every day of July 2022. Comparisons work on those spans, so nothing
 * here ever pretends a month-only date fell on the 1st. This is the one place that knows what a
 * valid partial date is (the API schema checks with it), which days it spans, how dates order and
 * how they read.
 *
 * Days are counted as whole days since 1970-01-01 (UTC), so spans compare as plain numbers.
 */
import { quoteInput } from './text';

export type Precision = 'year' | 'month' | 'day';

interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** Month names in full, January first: the wording of dates and the words search finds them by. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The length of one day in milliseconds: a day number times this is a `Date`'s time. */
export const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function partsOf(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

function requireParts(value: string): DateParts {
  const parts = partsOf(value);
  if (!parts) throw new RangeError(`Not a partial date: ${JSON.stringify(value)}`);
  return parts;
}

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real calendar date. */
export function isPartialDate(value: string): boolean {
  return partsOf(value) !== null;
}

export function precisionOf(value: string): Precision {
  const { month, day } = requireParts(value);
  return day !== null ? 'day' : month !== null ? 'month' : 'year';
}

/** The first and last day a partial date can mean. */
export interface DaySpan {
  first: number;
  last: number;
}

// Charts and filters ask for the spans of the same few thousand dates over and over; parsing each
// once keeps a filter change on a large timeline within a frame or two. Dates come from the data,
// so the cache stays small; the cap only guards against misuse.
const spans = new Map<string, DaySpan>();
const MAX_CACHED_SPANS = 100_000;

function spanOf(value: string): DaySpan {
  const { year, month, day } = requireParts(value);
  const first = Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY_MS;
  const last =
    month === null
      ? Date.UTC(year, 11, 31) / DAY_MS
      : Date.UTC(year, month - 1, day ?? daysInMonth(year, month)) / DAY_MS;
  return { first, last };
}

/** The days a partial date can mean: `2024-02` spans 1 to 29 February 2024. */
export function daySpan(value: string): DaySpan {
  let span = spans.get(value);
  if (span === undefined) {
    span = spanOf(value);
    if (spans.size >= MAX_CACHED_SPANS) spans.clear();
    spans.set(value, span);
  }
  return span;
}

/** The first day the date could mean. */
export function firstDay(value: string): number {
  return daySpan(value).first;
}

/** The last day the date could mean. */
export function lastDay(value: string): number {
  return daySpan(value).last;
}

/**
 * The last day a partial date can mean, as `YYYY-MM-DD` (`2024-02` → `2024-02-29`), or null when
 * `value` is not a date. Spares the small head script the span cache the pages use.
 */
export function lastIsoDay(value: string): string | null {
  const parts = partsOf(value);
  if (!parts) return null;
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.year}-${pad(month)}-${pad(day)}`;
}

/** A day number as `YYYY-MM-DD`, the inverse of `firstDay` for a full date. */
export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Orders by the first day a date could mean; on a tie the vaguer date comes first, the way a log
 * reads: "2025: …", then "Jan 2025: …", then "1 Jan 2025: …". A month-only date is never placed
 * after a day it may contain.
 */
export function comparePartialDates(a: string, b: string): number {
  const byStart = firstDay(a) - firstDay(b);
  if (byStart !== 0) return byStart;
  return lastDay(b) - lastDay(a);
}

/**
 * Whether something that ran from `start` to `end` may have touched a range of days. It may when
 * neither end surely falls outside: an unknown start or end (null) is open, so a stint with no
 * known end may reach any later day. The API's timeline filter and the page's own filter both
 * decide by this, so a view filtered in the browser shows what the API would return.
 */
export function mayTouch(start: string | null, end: string | null, range: DaySpan): boolean {
  return (
    (start === null || daySpan(start).first <= range.last) &&
    (end === null || daySpan(end).last >= range.first)
  );
}

/** "2022", "Jul 2022" or "26 Jul 2022": a date reads at its own precision. */
export function formatPartialDate(value: string): string {
  const { year, month, day } = requireParts(value);
  if (month === null) return String(year);
  const name = MONTH_NAMES[month - 1]?.slice(0, 3) ?? '';
  return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/**
 * A date as running prose names it, to the month at most: "July 2020" (also for 13 Jul 2020), or
 * "2020" when only the year is known. Lead sentences use it.
 */
export function formatMonthYear(value: string): string {
  const { year, month } = requireParts(value);
  return month === null ? String(year) : `${MONTH_NAMES[month - 1] ?? ''} ${year}`;
}

/** Just the year, for compact lines such as "Paras Kalnawat 2020–2022". */
export function yearOf(value: string): number {
  return requireParts(value).year;
}

export type ParsedDay = { ok: true; iso: string; day: number } | { ok: false; message: string };

/**
 * Reads a full calendar day as `YYYY-MM-DD`, the shape of a date input's value. Each way it can
 * go wrong gets its own wording: not a date at all, only a month, a month or day that does not
 * exist.
 */
export function parseDay(input: string): ParsedDay {
  const value = input.trim();
  const match = PATTERN.exec(value);
  if (!match)
    return {
      ok: false,
      message: `${quoteInput(value)} is not a date. Write it as year-month-day, for example 2022-08-15.`,
    };
  if (match[3] === undefined)
    return {
      ok: false,
      message: `${quoteInput(value)} is not a single day. Add the month and day, for example 2022-08-15.`,
    };
  const year = Number(match[1]);
  const month = Number(match[2]);
  const dayOfMonth = Number(match[3]);
  if (year < 1000)
    return { ok: false, message: `${quoteInput(value)} is not a date this wiki can cover.` };
  if (month < 1 || month > 12)
    return {
      ok: false,
      message: `${quoteInput(value)} is not a date: there is no month ${month}.`,
    };
  const days = daysInMonth(year, month);
  if (dayOfMonth < 1 || dayOfMonth > days)
    return {
      ok: false,
      message: `${quoteInput(value)} is not a date: ${MONTH_NAMES[month - 1] ?? ''} ${year} has ${days} days.`,
    };
  return { ok: true, iso: value, day: firstDay(value) };
}
