import { useId, useLayoutEffect, useRef } from 'react';
import type { TimelineCharacter } from '../../api/timeline-schemas';
import { EVENT_TYPES, isOneOf } from '../../api/vocabulary';
import { airedAttribute } from '../../lib/horizon';
import { groupByHousehold } from '../../lib/households';
import { eventTypeLabels, householdLabels } from '../../lib/labels';
import { CopyLinkButton } from './copy-link-button';
import { isFiltered, type TimelineFilter } from './timeline-filters';

export interface FilterOptions {
  characters: TimelineCharacter[];
  actors: { id: string; name: string }[];
  years: { min: number; max: number };
  /**
   * The first day each character and actor appears in the timeline (absent: unknown), so that a
   * name that comes later is hidden before the first paint under a spoiler horizon.
   */
  knownFrom?: { characters: ReadonlyMap<string, string>; actors: ReadonlyMap<string, string> };
}

const yearValue = (value: string) => (value === '' ? null : Number(value));

/** A year bound of the filter; the empty choice leaves that end open. */
function YearSelect({
  id,
  label,
  value,
  unset,
  years,
  onPick,
}: {
  id: string;
  label: string;
  value: number | null;
  unset: string;
  years: number[];
  onPick: (year: number | null) => void;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        className="control"
        value={value ?? ''}
        onChange={(e) => onPick(yearValue(e.target.value))}
      >
        <option value="">{unset}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </>
  );
}

/** How many of the filters are set, for the folded form's summary. */
export function activeFilterCount(filter: TimelineFilter): number {
  return Object.values(filter).filter((value) => value !== null).length;
}

/** The stylesheet shows the filters unfolded from this width on (timeline.css, `.tl-fold`). */
const UNFOLDED_FROM = '(min-width: 40rem)';

/**
 * The timeline's filters as plain labelled lists. Each change applies at once and goes into the
 * URL (by `onChange`), so the view can be shared, bookmarked and reloaded.
 *
 * On a phone the five lists would fill the first screen, so they start folded in a <details>
 * whose summary says how many are set; it opens and closes without script. On wider screens the
 * stylesheet shows them unfolded and hides the summary, before any script runs, and once the
 * app runs the <details> is opened there too so that it is not announced as collapsed.
 */
export function TimelineFilterForm({
  filter,
  options,
  onChange,
  onClear,
  sharePath,
}: {
  filter: TimelineFilter;
  /** The page's own path and query for this view, for "Copy link". */
  sharePath: string;
  options: FilterOptions;
  onChange: (next: TimelineFilter) => void;
  onClear: () => void;
}) {
  const id = useId();
  const foldRef = useRef<HTMLDetailsElement>(null);
  // A layout effect, so the form is open in the same commit it first appears in: a passive
  // effect could run after the paint, and after a reader (or a test) had found it folded.
  useLayoutEffect(() => {
    // Set on the element, not rendered: the prerendered page is folded at every width.
    const fold = foldRef.current;
    // Without matchMedia (jsdom) there is no width to go by: unfold, as on a wide screen.
    if (fold && (typeof matchMedia !== 'function' || matchMedia(UNFOLDED_FROM).matches))
      fold.open = true;
  }, []);
  const active = activeFilterCount(filter);
  const years: number[] = [];
  for (let y = options.years.min; y <= options.years.max; y++) years.push(y);

  return (
    <details className="tl-fold" ref={foldRef}>
      <summary className="tl-fold-summary">
        Filters ({active === 0 ? 'none' : active} active)
      </summary>
      <form
        className="tl-filters"
        aria-label="Filter the timeline"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="tl-field">
          <label htmlFor={`${id}-character`}>Character</label>
          <select
            className="control"
            id={`${id}-character`}
            value={filter.character ?? ''}
            onChange={(e) => onChange({ ...filter, character: e.target.value || null })}
          >
            <option value="">All characters</option>
            {groupByHousehold(options.characters).map(({ household, members }) => (
              <optgroup key={household} label={householdLabels[household]}>
                {members.map((c) => (
                  <option
                    key={c.id}
                    value={c.id}
                    {...(options.knownFrom &&
                      airedAttribute(options.knownFrom.characters.get(c.id)))}
                  >
                    {c.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="tl-field">
          <label htmlFor={`${id}-actor`}>Actor</label>
          <select
            className="control"
            id={`${id}-actor`}
            value={filter.actor ?? ''}
            onChange={(e) => onChange({ ...filter, actor: e.target.value || null })}
          >
            <option value="">All actors</option>
            {options.actors.map((a) => (
              <option
                key={a.id}
                value={a.id}
                {...(options.knownFrom && airedAttribute(options.knownFrom.actors.get(a.id)))}
              >
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div className="tl-field">
          <label htmlFor={`${id}-type`}>Kind of change</label>
          <select
            className="control"
            id={`${id}-type`}
            value={filter.type ?? ''}
            aria-describedby={`${id}-type-note`}
            onChange={(e) => {
              const type = e.target.value;
              onChange({ ...filter, type: isOneOf(EVENT_TYPES, type) ? type : null });
            }}
          >
            <option value="">Every kind</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {eventTypeLabels[type]}
              </option>
            ))}
          </select>
          <span id={`${id}-type-note`} className="tl-field-note">
            Narrows the change log only
          </span>
        </div>
        <div className="tl-field">
          <YearSelect
            id={`${id}-from`}
            label="From year"
            value={filter.fromYear}
            unset={`${options.years.min} (start)`}
            years={years}
            onPick={(fromYear) => {
              // Picking a start after the end moves the end along rather than refusing the pick.
              const toYear =
                fromYear !== null && filter.toYear !== null && filter.toYear < fromYear
                  ? fromYear
                  : filter.toYear;
              onChange({ ...filter, fromYear, toYear });
            }}
          />
        </div>
        <div className="tl-field">
          <YearSelect
            id={`${id}-to`}
            label="To year"
            value={filter.toYear}
            unset={`${options.years.max} (latest)`}
            years={years}
            onPick={(toYear) => {
              const fromYear =
                toYear !== null && filter.fromYear !== null && filter.fromYear > toYear
                  ? toYear
                  : filter.fromYear;
              onChange({ ...filter, fromYear, toYear });
            }}
          />
        </div>
        <div className="tl-actions">
          {/* Keyed by the view, so "Link copied" never lingers beside a view it did not copy. */}
          <CopyLinkButton key={sharePath} path={sharePath} />
          {isFiltered(filter) && (
            <button type="button" className="button button-secondary" onClick={onClear}>
              Clear filters
            </button>
          )}
        </div>
      </form>
    </details>
  );
}
