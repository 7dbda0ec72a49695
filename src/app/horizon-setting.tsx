/**
 * "I've watched up to …" in the header: the reader's spoiler horizon, chosen as a leap, a month or
 * a day, remembered on this device and carried by `?upto=` in links they share.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { api } from '../api/client';
import {
  HORIZON_APPLIED_ATTRIBUTE,
  HORIZON_ATTRIBUTE,
  HORIZON_PARAM,
  formatHorizon,
  parseHorizon,
  type Horizon,
} from '../lib/horizon';
import { MONTH_NAMES, formatPartialDate, isoOfDay, lastDay } from '../lib/partial-date';
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

export function HorizonSetting() {
  const isClient = useIsClient();
  const horizon = useHorizon();
  const linkError = useAdoptLinkHorizon(isClient);
  useMarkDocument(horizon, isClient);
  const [, setParams] = useSearchParams();
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  const id = useId();
  const leaps = useQuery({
    queryKey: ['leaps', 'list'],
    queryFn: ({ signal }) => api.leaps(signal),
    enabled: open,
  });
  const [copied, setCopied] = useState(false);
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(() => Number(horizon?.slice(0, 4) ?? thisYear));
  const [month, setMonth] = useState(() => Number(horizon?.slice(5, 7) ?? 1));

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
    if (details.current) details.current.open = false;
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

  const label = horizon ? `Up to ${formatHorizon(horizon)}` : 'Watched: all';
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  return (
    <div className="horizon-setting">
      <details
        ref={details}
        onToggle={(event) => setOpen(event.currentTarget.open)}
        className="horizon-details"
      >
        <summary
          aria-label={`I've watched: ${horizon ? `up to ${formatHorizon(horizon)}` : 'everything'}. Change`}
        >
          <span aria-hidden="true">{label}</span>
        </summary>
        {/* Built when opened: the panel's controls stay out of every page's markup until asked. */}
        {open && (
          <div className="horizon-panel">
            <p className="horizon-now">
              {horizon
                ? `Hiding what aired after ${formatHorizon(horizon)}, on every page.`
                : 'Showing everything, including the latest episodes.'}
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
              {leaps.data?.leaps
                .filter((leap) => leap.aired !== null)
                .map((leap) => (
                  <option key={leap.id} value={isoOfDay(lastDay(leap.aired ?? ''))}>
                    {leap.label} ({formatPartialDate(leap.aired ?? '')})
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
              <button type="button" className="button" onClick={() => apply(monthEnd(year, month))}>
                Set
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
                Set
              </button>
            </form>
            <div className="horizon-actions">
              {horizon && (
                <button type="button" className="button" onClick={() => apply(null)}>
                  Show everything
                </button>
              )}
              {horizon && (
                <button type="button" className="button" onClick={() => void copyLink()}>
                  {copied ? 'Link copied' : 'Copy spoiler-safe link'}
                </button>
              )}
            </div>
          </div>
        )}
      </details>
      {linkError && (
        <p className="horizon-error" role="status">
          {linkError}
        </p>
      )}
    </div>
  );
}
