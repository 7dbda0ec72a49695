/**
 * Comparisons between partial dates that say when the answer is not known. `2022-08` is surely
 * after `2022-07-26`, but `2022-07` may fall on either side of it: the month holds that day.
 */
import { firstDay, lastDay } from '../../lib/partial-date';

export type DateOrder = 'before' | 'same' | 'after' | 'unsure';

/** How `a` relates to `b` when each may be any day of its span. */
export function orderDates(a: string, b: string): DateOrder {
  if (lastDay(a) < firstDay(b)) return 'before';
  if (firstDay(a) > lastDay(b)) return 'after';
  const single = firstDay(a) === lastDay(a) && firstDay(b) === lastDay(b);
  return single ? 'same' : 'unsure';
}

export type DayPlacement = 'before' | 'within' | 'after';

/** Where a calendar day (days since 1970-01-01) falls against the span a partial date names. */
export function placeDay(day: number, date: string): DayPlacement {
  if (day < firstDay(date)) return 'before';
  if (day > lastDay(date)) return 'after';
  return 'within';
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
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

export type ParsedDay = { ok: true; iso: string; day: number } | { ok: false; message: string };

/** Longer input is cut in messages so a pasted essay cannot push the page apart. */
export function quoteInput(value: string, max = 40): string {
  return `“${value.length > max ? `${value.slice(0, max)}…` : value}”`;
}

/**
 * Reads a full calendar day as `YYYY-MM-DD`, the shape of a date input's value. Each way it can
 * go wrong gets its own wording: not a date at all, only a month, a month or day that does not
 * exist.
 */
export function parseDay(input: string): ParsedDay {
  const value = input.trim();
  const match = ISO_DAY.exec(value);
  if (!match) {
    if (/^\d{4}(-\d{2})?$/.test(value))
      return {
        ok: false,
        message: `${quoteInput(value)} is not a single day. Add the month and day, for example 2022-08-15.`,
      };
    return {
      ok: false,
      message: `${quoteInput(value)} is not a date. Write it as year-month-day, for example 2022-08-15.`,
    };
  }
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
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (dayOfMonth < 1 || dayOfMonth > days) {
    const monthName = MONTH_NAMES[month - 1] ?? '';
    return {
      ok: false,
      message: `${quoteInput(value)} is not a date: ${monthName} ${year} has ${days} days.`,
    };
  }
  return { ok: true, iso: value, day: firstDay(value) };
}
