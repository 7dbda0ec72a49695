/**
 * Dates as precise as the sources allow (`2022`, `2022-07`, `2022-07-26`). A partial date names a
 * span of days: `2022-07` is every day of July 2022. Comparisons work on those spans, so nothing
 * here ever pretends a month-only date fell on the 1st.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

export function parsePartialDate(value: string): DateParts | null {
  const match = PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function requireParts(value: string): DateParts {
  const parts = parsePartialDate(value);
  if (!parts) throw new RangeError(`Not a partial date: ${JSON.stringify(value)}`);
  return parts;
}

export function precisionOf(value: string): Precision {
  const { month, day } = requireParts(value);
  return day !== null ? 'day' : month !== null ? 'month' : 'year';
}

/** The first day the date could mean, as days since 1970-01-01 (UTC). */
export function firstDay(value: string): number {
  const { year, month, day } = requireParts(value);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY_MS;
}

/** The last day the date could mean, as days since 1970-01-01 (UTC). */
export function lastDay(value: string): number {
  const { year, month, day } = requireParts(value);
  if (month === null) return Date.UTC(year, 11, 31) / DAY_MS;
  return Date.UTC(year, month - 1, day ?? daysInMonth(year, month)) / DAY_MS;
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

/** Does the span of `a` lie wholly before the span of `b`? (`2022-07` is not before `2022-07-26`.) */
export function isSurelyBefore(a: string, b: string): boolean {
  return lastDay(a) < firstDay(b);
}

export function formatPartialDate(value: string): string {
  const { year, month, day } = requireParts(value);
  if (month === null) return String(year);
  const name = MONTHS[month - 1] ?? '';
  return day === null ? `${name} ${year}` : `${day} ${name} ${year}`;
}

/** Just the year, for compact lines such as "Paras Kalnawat 2020–2022". */
export function yearOf(value: string): number {
  return requireParts(value).year;
}

/** Today's date in the calendar, as `YYYY-MM-DD`. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
