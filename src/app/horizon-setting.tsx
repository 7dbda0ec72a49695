/**
 * "I've watched up to …" in the header: the reader's spoiler horizon, chosen as a leap, a month or
 * a day, remembered on this device and carried by `?upto=` in links they share.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import type { Leap } from '../api/schemas';
import {
  HORIZON_APPLIED_ATTRIBUTE,
  HORIZON_ATTRIBUTE,
  HORIZON_PARAM,
  formatHorizon,
  isPastHorizon,
  parseHorizon,
  type Horizon,
} from '../lib/horizon';
import {
  MONTH_NAMES,
  comparePartialDates,
  formatPartialDate,
  isoOfDay,
  lastDay,
} from '../lib/partial-date';
import { rememberHorizon, useHorizon, useIsClient } from '../lib/use-horizon';

const FIRST_YEAR = 2020;

/** Keeps <html> telling CSS and tests which horizon the rendered page applies. */
function useMarkDocument(horizon: Horizon, isClient: boolean): void {
  useEffect(() => {
    if (!isClient) return;
    const html = document.documentElement;
    if (horizon) html.setAttribute(HORIZON_ATTRIBUTE, horizon);
    else html.removeAttribute(HORIZON_ATTRIBUTE);
    // The page now renders with the horizon itself: the head script's early hiding can stop.
    html.setAttribute(HORIZON_APPLIED_ATTRIBUTE, '');
  }, [horizon, isClient]);
}

/**
 * A horizon that arrives in a link becomes this device's setting, so that the pages the reader
 * opens next (whose links carry no `?upto=`) stay spoiler-safe.
 */
function useAdoptLinkHorizon(isClient: boolean): string | null {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(HORIZON_PARAM);
  const parsed = parseHorizon(fromUrl);
  const adopt = isClient && fromUrl !== null && parsed.ok ? parsed.horizon : undefined;
  useEffect(() => {
    if (adopt === undefined) return;
    if (rememberHorizon(adopt)) {
      // Remembered: the address no longer needs it (and a copied link gets it from the button).
      setParams(
        (next) => {
          next.delete(HORIZON_PARAM);
          return next;
        },
        { replace: true, preventScrollReset: true },
      );
    }
  }, [adopt, setParams]);
  return isClient && !parsed.ok ? parsed.message : null;
}

function monthEnd(year: number, month: number): string {
  return isoOfDay(lastDay(`${year}-${String(month).padStart(2, '0')}`));
}

interface LeapChoice {
  id: string;
  horizon: string;
  text: string;
}

/**
 * "Just after the Oct 2024 leap (Fifteen-year generation leap)": each leap as a horizon, the last
 * day of the month (or year) it aired. A leap dated so loosely that this day would take in the next
 * leap too (the 2024 six-month leap is dated only by its year) is left out: choosing it would show
 * what the fan has not watched.
 */
function leapChoices(leaps: readonly Leap[]): LeapChoice[] {
  return leaps.flatMap((leap) => {
    if (leap.aired === null) return [];
    const horizon = isoOfDay(lastDay(leap.aired));
    const swallowsNext = leaps.some(
      (other) =>
        other !== leap &&
        other.aired !== null &&
        comparePartialDates(other.aired, leap.aired ?? '') > 0 &&
        !isPastHorizon(other.aired, horizon),
    );
    if (swallowsNext) return [];
    const text = `Just after the ${formatPartialDate(leap.aired)} leap (${leap.label})`;
    return [{ id: leap.id, horizon, text }];
  });
}

/**
 * Closes the panel on Escape (focus back on its button), on a tap or click outside it, and when
 * keyboard focus moves on past it.
 */
function useDismiss(details: React.RefObject<HTMLDetailsElement | null>, open: boolean) {
  useEffect(() => {
    if (!open) return;
    function onPointerDown(event: PointerEvent) {
      const element = details.current;
      if (element && event.target instanceof Node && !element.contains(event.target)) {
        element.open = false;
      }
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [details, open]);

  return {
    onKeyDown(event: React.KeyboardEvent<HTMLDetailsElement>) {
      if (event.key !== 'Escape' || !event.currentTarget.open) return;
      event.preventDefault();
      event.currentTarget.open = false;
      event.currentTarget.querySelector('summary')?.focus();
    },
    onBlur(event: React.FocusEvent<HTMLDetailsElement>) {
      // Focus that goes nowhere (a native date picker, another window) leaves the panel open.
      const next = event.relatedTarget;
      if (next instanceof Node && !event.currentTarget.contains(next)) {
        event.currentTarget.open = false;
      }
    },
  };
}

/** How long the line that confirms a new setting stays up. */
const FEEDBACK_MS = 6000;

export function HorizonSetting() {
  const isClient = useIsClient();
  const horizon = useHorizon();
  const linkError = useAdoptLinkHorizon(isClient);
  useMarkDocument(horizon, isClient);
  const [, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const dismiss = useDismiss(details, open);
  const id = useId();
  const leaps = useQuery({
    queryKey: ['leaps', 'list'],
    queryFn: ({ signal }) => api.leaps(signal),
    enabled: open,
  });
  const [copied, setCopied] = useState(false);
  const [feedback, setFeedback] = useState<string | null>(null);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(() => Number(horizon?.slice(0, 4) ?? thisYear));
  const [month, setMonth] = useState(() => Number(horizon?.slice(5, 7) ?? 1));

  useEffect(() => {
    if (feedback === null) return;
    const timer = setTimeout(() => setFeedback(null), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [feedback]);

  function apply(next: Horizon) {
    if (!rememberHorizon(next)) {
      // Storage is blocked here: the address carries the horizon instead.
      setParams(
        (params) => {
          if (next) params.set(HORIZON_PARAM, next);
          else params.delete(HORIZON_PARAM);
          return params;
        },
        { replace: true, preventScrollReset: true },
      );
    }
    setCopied(false);
    setFeedback(
      next
        ? `Done: every page now hides what aired after ${formatHorizon(next)}.`
        : 'Done: every page shows everything again, the latest episodes included.',
    );
    const element = details.current;
    if (element) {
      element.open = false;
      // The control that was used goes away with the panel: focus returns to its button.
      element.querySelector('summary')?.focus();
    }
  }

  async function copyLink() {
    const url = new URL(location.href);
    if (horizon) url.searchParams.set(HORIZON_PARAM, horizon);
    try {
      await navigator.clipboard.writeText(url.href);
      setCopied(true);
    } catch {
      // No clipboard in this browser (or no permission): the reader can copy from the prompt.
      window.prompt('Copy this spoiler-safe link:', url.href);
    }
  }

  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const choices = leapChoices(leaps.data?.leaps ?? []);
  return (
    <>
      <div className="horizon-setting">
        <details
          ref={details}
          onToggle={(event) => setOpen(event.currentTarget.open)}
          onKeyDown={dismiss.onKeyDown}
          onBlur={dismiss.onBlur}
          className="horizon-details"
        >
          <summary>
            <span className="horizon-kicker">I&rsquo;ve watched</span>{' '}
            <span className="horizon-value">
              {horizon ? `to ${formatHorizon(horizon)}` : 'everything'}
            </span>
            <span className="visually-hidden">: change what is hidden</span>
          </summary>
          {/* Built when opened: the panel's controls stay out of every page's markup until asked. */}
          {open && (
            <div className="horizon-panel">
              <p className="horizon-now">
                {horizon
                  ? `Every page hides what aired after ${formatHorizon(horizon)}.`
                  : 'Watching behind? Choose how far you are, and every page hides what aired later.'}
              </p>
              <label htmlFor={`${id}-leap`}>Just after a leap</label>
              <select
                id={`${id}-leap`}
                className="control"
                value=""
                onChange={(event) => {
                  if (event.target.value) apply(event.target.value);
                }}
              >
                <option value="">
                  {leaps.isPending
                    ? 'Loading the leaps…'
                    : leaps.isError
                      ? 'Leaps unavailable'
                      : 'Choose a leap'}
                </option>
                {choices.map((choice) => (
                  <option key={choice.id} value={choice.horizon}>
                    {choice.text}
                  </option>
                ))}
              </select>
              <fieldset className="horizon-month">
                <legend>Up to the end of a month</legend>
                <select
                  aria-label="Month"
                  className="control"
                  value={month}
                  onChange={(event) => setMonth(Number(event.target.value))}
                >
                  {MONTH_NAMES.map((name, index) => (
                    <option key={name} value={index + 1}>
                      {name}
                    </option>
                  ))}
                </select>
                <select
                  aria-label="Year"
                  className="control"
                  value={year}
                  onChange={(event) => setYear(Number(event.target.value))}
                >
                  {years.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
                <button
                  type="button"
                  className="button"
                  onClick={() => apply(monthEnd(year, month))}
                >
                  Set<span className="visually-hidden"> the month</span>
                </button>
              </fieldset>
              <form
                className="horizon-day"
                onSubmit={(event) => {
                  event.preventDefault();
                  const value = new FormData(event.currentTarget).get('day');
                  const parsed = parseHorizon(typeof value === 'string' ? value : null);
                  if (parsed.ok && parsed.horizon) apply(parsed.horizon);
                }}
              >
                <label htmlFor={`${id}-day`}>Up to a day</label>
                <input
                  id={`${id}-day`}
                  name="day"
                  type="date"
                  className="control"
                  min={`${FIRST_YEAR}-01-01`}
                  defaultValue={horizon ?? ''}
                  required
                />
                <button type="submit" className="button">
                  Set<span className="visually-hidden"> the day</span>
                </button>
              </form>
              {horizon && (
                <div className="horizon-actions">
                  <button type="button" className="button" onClick={() => apply(null)}>
                    Show everything
                  </button>
                  <button type="button" className="button" onClick={() => void copyLink()}>
                    {copied ? 'Link copied' : 'Copy spoiler-safe link'}
                  </button>
                </div>
              )}
            </div>
          )}
        </details>
      </div>
      {/* A row of its own under the header's controls, so a message never squeezes them. */}
      <p className="horizon-message" role="status">
        {linkError ?? feedback}
      </p>
    </>
  );
}
