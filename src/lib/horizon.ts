/**
 * The reader's spoiler horizon: the last day of the show they have watched ("I've watched up to
 * 30 June 2022"), or null for everything. This module is the one rule of what counts as past the
 * horizon, used by every page, by the mock API and by the small script that hides prerendered
 * facts before the first paint (src/horizon-mark.ts); it imports nothing but the date rules so
 * that script stays tiny.
 */
import { firstDay, formatPartialDate, isPartialDate, lastDay, lastIsoDay } from './partial-date';

/** An ISO day (`YYYY-MM-DD`), or null when the reader has not set one and sees everything. */
export type Horizon = string | null;

/** The URL parameter that carries a horizon in a shared link: `?upto=2022-06-30`. */
export const HORIZON_PARAM = 'upto';
/** Where the reader's choice is remembered on this device. */
export const HORIZON_STORAGE_KEY = 'anupamaa-wiki-upto';
/** On `<html>`: the horizon in force, set before the first paint by the head script. */
export const HORIZON_ATTRIBUTE = 'data-upto';
/**
 * On `<html>`: the head script could not add its precise rule, so the stylesheet hides every dated
 * fact (`[data-upto-fallback]:not([data-upto-applied]) [data-aired]`) until the app has started.
 */
export const HORIZON_FALLBACK_ATTRIBUTE = 'data-upto-fallback';
/** On `<html>`: the app has rendered every page with the horizon applied; CSS hiding can stop. */
export const HORIZON_APPLIED_ATTRIBUTE = 'data-upto-applied';
/**
 * On any element whose content is a fact with a date: the first day on which that fact is surely
 * aired (`YYYY-MM-DD`), or `unknown`. The prerenderer writes it; the head script hides by it.
 */
export const AIRED_ATTRIBUTE = 'data-aired';
const UNKNOWN = 'unknown';

/**
 * THE rule. A fact dated `date` is past the horizon unless it surely aired on or before it: a
 * date known only to the month or year counts as after when any day of it is after the horizon,
 * and an unknown date (null, or not a date) always counts as after. With no horizon nothing is.
 */
export function isPastHorizon(date: string | null | undefined, horizon: Horizon): boolean {
  if (horizon === null) return false;
  if (!date || !isPartialDate(date)) return true;
  return lastDay(date) > firstDay(horizon);
}

/** Items before the horizon, and those past it (which pages fold, saying how many). */
export function splitByHorizon<T>(
  items: readonly T[],
  dateOf: (item: T) => string | null | undefined,
  horizon: Horizon,
): { shown: T[]; hidden: T[] } {
  const shown: T[] = [];
  const hidden: T[] = [];
  for (const item of items) (isPastHorizon(dateOf(item), horizon) ? hidden : shown).push(item);
  return { shown, hidden };
}

/** The day a fact dated `date` is surely aired: the last day it can mean; `unknown` if undated. */
export function airedKey(date: string | null | undefined): string {
  return (date && lastIsoDay(date)) || UNKNOWN;
}

/**
 * Spread on the element that shows a dated fact, so prerendered pages can hide it before the
 * first paint: `<li {...airedAttribute(stint.from)}>`. The latest of several dates wins.
 */
export function airedAttribute(...dates: (string | null | undefined)[]): Record<string, string> {
  const keys = dates.map(airedKey);
  const key = keys.includes(UNKNOWN) ? UNKNOWN : keys.sort().at(-1);
  return { [AIRED_ATTRIBUTE]: key ?? UNKNOWN };
}

/** The last day a horizon written as a day, month or year means; null if it is not a date. */
function horizonDay(text: string): string | null {
  return text >= '2000' ? lastIsoDay(text) : null;
}

export type ParsedHorizon = { ok: true; horizon: Horizon } | { ok: false; message: string };

/**
 * Reads a horizon as a link or the setting writes it: a day (`2022-06-30`), a month (`2022-06`,
 * meaning its last day) or a year; `all` or nothing for no horizon.
 */
export function parseHorizon(value: string | null): ParsedHorizon {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'all') return { ok: true, horizon: null };
  const horizon = horizonDay(text);
  return horizon
    ? { ok: true, horizon }
    : {
        ok: false,
        message: `“${text.slice(0, 40)}” is not a date this wiki can read, so it hides nothing. Write it as year-month-day, for example 2022-06-30.`,
      };
}

/**
 * The horizon a page opens with: a valid one in the address wins over the one remembered on
 * this device. (Lean on purpose: the head script runs it before every first paint.)
 */
export function chooseHorizon(search: string, stored: string | null): Horizon {
  const fromUrl = new URLSearchParams(search).get(HORIZON_PARAM);
  return (fromUrl && horizonDay(fromUrl.trim())) || (stored && horizonDay(stored)) || null;
}

/**
 * A CSS selector matching every element marked with a day past `horizon` (or `unknown`) while the
 * app has not yet rendered the page with the horizon: whole later years and months by prefix, the
 * rest of the horizon's month day by day. About 50 parts.
 */
export function hiddenFactsSelector(horizon: string, lastYear: number): string {
  const [year = 0, month = 0, day = 0] = horizon.split('-').map(Number);
  const parts = [`"${UNKNOWN}"`];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (let d = day + 1; d <= 31; d += 1) parts.push(`"${year}-${pad(month)}-${pad(d)}"`);
  for (let m = month + 1; m <= 12; m += 1) parts.push(`^="${year}-${pad(m)}"`);
  for (let y = year + 1; y <= lastYear; y += 1) parts.push(`^="${y}"`);
  return parts
    .map(
      (part) =>
        `html:not([${HORIZON_APPLIED_ATTRIBUTE}]) [${AIRED_ATTRIBUTE}${part.startsWith('^') ? part : `=${part}`}]`,
    )
    .join(',');
}

/** "30 Jun 2022": how pages name the horizon ("As of 30 Jun 2022"). */
export function formatHorizon(horizon: string): string {
  return formatPartialDate(horizon);
}
