/**
 * The spoiler horizon's panel, opened from the header's "I've watched" button: a leap, the end of
 * a month or a day, "Show everything" and a spoiler-safe link. Loaded on first open, with its
 * styles.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { api } from '../api/client';
import type { Leap } from '../api/schemas';
import { formatHorizon, isPastHorizon, parseHorizon, type Horizon } from '../lib/horizon';
import {
  MONTH_NAMES,
  comparePartialDates,
  formatPartialDate,
  isoOfDay,
  lastDay,
} from '../lib/partial-date';
import './horizon-panel.css';

const FIRST_YEAR = 2020;

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

export function HorizonPanel({
  horizon,
  apply,
  copied,
  onCopy,
}: {
  horizon: Horizon;
  apply: (next: Horizon) => void;
  copied: boolean;
  onCopy: () => void;
}) {
  const id = useId();
  const leaps = useQuery({
    queryKey: ['leaps', 'list'],
    queryFn: ({ signal }) => api.leaps(signal),
  });
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(() => Number(horizon?.slice(0, 4) ?? thisYear));
  const [month, setMonth] = useState(() => Number(horizon?.slice(5, 7) ?? 1));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
  const choices = leapChoices(leaps.data?.leaps ?? []);
  return (
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
        <button type="button" className="button" onClick={() => apply(monthEnd(year, month))}>
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
          <button type="button" className="button" onClick={onCopy}>
            {copied ? 'Link copied' : 'Copy spoiler-safe link'}
          </button>
        </div>
      )}
    </div>
  );
}
