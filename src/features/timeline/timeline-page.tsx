import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { Timeline } from '../../api/timeline-schemas';
import { PageHeading } from '../../components/page-heading';
import { HiddenLater } from '../../components/spoiler-fold';
import { firstAired, stintKnownFrom } from '../../lib/as-of';
import { formatHorizon, isPastHorizon } from '../../lib/horizon';
import { whenIdle } from '../../lib/idle';
import { useHorizon, useIsClient } from '../../lib/use-horizon';
import { paths } from '../../lib/paths';
import { ChangeLog } from './change-log';
import { timelineQueries } from './queries';
import { timelineAsOf } from './timeline-as-of';
import { StintList } from './stint-list';
import { StintTable } from './stint-table';
import { TimelineFilterForm, type FilterOptions } from './timeline-filter-form';
import {
  applyTimelineFilter,
  filterToParams,
  NO_FILTER,
  readTimelineFilter,
  yearSpan,
  type TimelineFilter,
} from './timeline-filters';
import {
  chartYears,
  readTimelineView,
  SHORT_SPAN_YEARS,
  withView,
  type TimelineView,
} from './timeline-view';

/**
 * The chart's code, in a chunk of its own, is fetched once the browser has a quiet moment. The
 * chart is drawn in the browser only: the prerendered page holds the list (readable at every
 * width, and all a phone shows), which keeps the page's HTML small enough to paint fast on a
 * phone's connection; on a wide screen the chart takes the list's place once drawn
 * (timeline.css).
 */
const TimelineChartPanel = lazy(async () => {
  await whenIdle();
  const { TimelineChartPanel } = await import('./chart/timeline-chart-panel');
  return { default: TimelineChartPanel };
});

function firstDays(dates: Map<string, (string | null)[]>): Map<string, string> {
  const firsts = new Map<string, string>();
  for (const [id, list] of dates) {
    const first = firstAired(list);
    if (first !== null) firsts.set(id, first);
  }
  return firsts;
}

function filterOptions(data: Timeline): FilterOptions {
  const actors = new Map<string, string>();
  const actorDates = new Map<string, (string | null)[]>();
  const characterDates = new Map<string, (string | null)[]>();
  const add = (dates: Map<string, (string | null)[]>, id: string, date: string | null) =>
    dates.set(id, [...(dates.get(id) ?? []), date]);
  for (const p of data.portrayals) {
    actors.set(p.actor.id, p.actor.name);
    add(actorDates, p.actor.id, stintKnownFrom(p));
    add(characterDates, p.character.id, stintKnownFrom(p));
  }
  for (const e of data.events)
    for (const a of e.actors) {
      actors.set(a.id, a.name);
      add(actorDates, a.id, e.dateUntil ?? e.date);
    }
  return {
    knownFrom: { characters: firstDays(characterDates), actors: firstDays(actorDates) },
    characters: data.characters,
    actors: [...actors]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    years: yearSpan(data),
  };
}

/**
 * The width the chart's view has, once the browser has laid it out (null before, and on a
 * server): a filtered chart is fitted to it. Measured before paint, so the fitted chart is the
 * first one drawn.
 */
function useViewWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    // Steps of 8px: a scrollbar coming and going should not lay the chart out again.
    const measure = () => {
      const w = Math.floor(element.clientWidth / 8) * 8;
      setWidth(w > 0 ? w : null);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

/** The link that switches to the other view, keeping the filters. */
function ViewSwitch({ to, params }: { to: TimelineView; params: URLSearchParams }) {
  return (
    <p className="tl-view-switch">
      <Link to={paths.timeline(withView(params, to))}>
        {to === 'list' ? 'Show as a list' : 'Show as a chart'}
      </Link>
    </p>
  );
}

export function TimelinePage() {
  const { data: everything } = useSuspenseQuery(timelineQueries.filtered({}));
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();

  // With a spoiler horizon, the stints (chart, list, table) and the change log show what had
  // aired by then, each folding the rest behind a "Show" of its own.
  const horizon = useHorizon();
  const [showLaterStints, setShowLaterStints] = useState(false);
  const [showLaterChanges, setShowLaterChanges] = useState(false);
  const asOf = useMemo(
    () => (horizon === null ? null : timelineAsOf(everything, horizon)),
    [everything, horizon],
  );
  const data = asOf && !showLaterStints ? asOf.timeline : everything;
  const changesData = asOf && !showLaterChanges ? asOf.timeline : everything;

  const allOptions = useMemo(() => filterOptions(everything), [everything]);
  const shownOptions = useMemo(
    () => (data === everything ? allOptions : filterOptions(data)),
    [data, everything, allOptions],
  );
  // A link may name anyone; only the form's lists leave out who comes later.
  const { filter, problems } = useMemo(
    () =>
      readTimelineFilter(searchParams, {
        characters: new Set(allOptions.characters.map((c) => c.id)),
        actors: new Set(allOptions.actors.map((a) => a.id)),
        years: allOptions.years,
      }),
    [searchParams, allOptions],
  );
  const namesLater =
    (filter.character !== null &&
      !shownOptions.characters.some((c) => c.id === filter.character)) ||
    (filter.actor !== null && !shownOptions.actors.some((a) => a.id === filter.actor));
  const options = namesLater ? allOptions : shownOptions;
  const view = useMemo(() => applyTimelineFilter(data, filter), [data, filter]);
  const fullView = useMemo(
    () => (data === everything ? view : applyTimelineFilter(everything, filter)),
    [data, everything, view, filter],
  );
  const changes = useMemo(
    () => (changesData === data ? view.events : applyTimelineFilter(changesData, filter).events),
    [changesData, data, view, filter],
  );
  const hiddenStints = fullView.portrayals.length - view.portrayals.length;
  const hiddenLeaps = data === everything ? 0 : (asOf?.hidden.leaps ?? 0);
  const hiddenChanges = fullView.events.length - changes.length;
  // The axis ends at the horizon unless the reader asked to see what came later.
  const until =
    horizon !== null && data !== everything && isPastHorizon(everything.markers.asOf, horizon)
      ? horizon
      : null;
  const shown = readTimelineView(searchParams);
  const years = chartYears(view, filter, shownOptions.years, data.markers.asOf);
  const { ref: viewsRef, width: viewWidth } = useViewWidth();
  const filterParams = filterToParams(filter);
  const inBrowser = useIsClient();

  const setFilter = useCallback(
    (next: TimelineFilter) => setSearchParams(withView(filterToParams(next), shown)),
    [setSearchParams, shown],
  );
  const onOpen = useCallback((href: string) => void navigate(href), [navigate]);

  return (
    <article className="page">
      <title>Cast-change timeline · Anupamaa Wiki</title>
      <meta
        name="description"
        content="Every dated cast change of Anupamaa since 2020: who joined, who left and why, who replaced whom, and the leaps."
      />
      <PageHeading>Cast-change timeline</PageHeading>
      <p className="lead">
        Every dated change to the cast of Anupamaa, oldest first: who joined, who left and why, who
        replaced whom, and the leaps that reshaped the story.
      </p>
      <p>
        <Link to={paths.cast()}>Who was in the cast on a given date?</Link>
      </p>
      <TimelineFilterForm
        filter={filter}
        options={options}
        onChange={setFilter}
        onClear={() => setFilter(NO_FILTER)}
        sharePath={paths.timeline(withView(filterParams, shown))}
      />
      {problems.length > 0 && (
        <div className="tl-notice callout" role="alert">
          <strong>Some filters in this link could not be used.</strong>
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="chart-heading">
        <h2 id="chart-heading">Who played whom, when</h2>
        {until !== null && (
          <p className="note">
            Drawn up to {formatHorizon(until)}, the point you have watched: a stint that ran on past
            it is shown as ongoing.
          </p>
        )}
        {hiddenStints > 0 ? (
          <HiddenLater
            count={hiddenStints}
            noun={['later stint', 'later stints']}
            onShow={() => setShowLaterStints(true)}
          />
        ) : (
          <HiddenLater
            count={hiddenLeaps}
            noun={['later leap', 'later leaps']}
            onShow={() => setShowLaterStints(true)}
          />
        )}
        {filter.type && (
          <p className="note">
            The kind-of-change filter narrows the change log below; the chart and the table show
            every stint the other filters allow.
          </p>
        )}
        {/* Both views are in the page unless the URL names one; the stylesheet shows the one
            that fits the width (timeline.css), so no script chooses. The prerendered page has the
            list only: the chart is drawn in the browser. */}
        <div
          ref={viewsRef}
          className={`tl-views tl-views-${shown} ${
            years.to - years.from + 1 <= SHORT_SPAN_YEARS ? 'tl-span-short' : 'tl-span-long'
          }`}
        >
          {shown !== 'list' && inBrowser && (
            <div className="tl-view-chart">
              <ViewSwitch to="list" params={filterParams} />
              {/* Keyed by whether a horizon applies: the prerendered chart (which shows
                  everything) is dropped at once rather than kept until the chart's code loads. */}
              <Suspense
                key={horizon === null ? 'everything' : 'horizon'}
                fallback={<p className="tl-chart-loading">Drawing the chart…</p>}
              >
                <TimelineChartPanel
                  data={data}
                  view={view}
                  filter={filter}
                  span={shownOptions.years}
                  fitWidth={viewWidth}
                  until={until}
                  onOpen={onOpen}
                />
              </Suspense>
            </div>
          )}
          {shown !== 'chart' && (
            <div className="tl-view-list">
              <ViewSwitch to="chart" params={filterParams} />
              {view.portrayals.length === 0 ? (
                <p>No stints match these filters.</p>
              ) : (
                <StintList
                  rows={view.rows}
                  portrayals={view.portrayals}
                  everyStint={data.portrayals}
                  years={years}
                  asOf={data.markers.asOf}
                />
              )}
            </div>
          )}
        </div>
      </section>
      <section aria-labelledby="table-heading">
        <h2 id="table-heading">The same stints as a table</h2>
        {view.portrayals.length === 0 ? (
          <p>No stints match these filters.</p>
        ) : (
          <details className="tl-details">
            <summary>Show the table of {view.portrayals.length} stints</summary>
            {/* Drawn in the browser, like the chart it stands in for: the prerendered page, where
                every byte delays a phone's first paint, has the list above instead. */}
            {inBrowser ? (
              <StintTable rows={view.rows} portrayals={view.portrayals} />
            ) : (
              <p>The list above shows the same stints.</p>
            )}
          </details>
        )}
      </section>
      <section aria-labelledby="log-heading">
        <h2 id="log-heading">Changes, year by year</h2>
        <ChangeLog events={changes} />
        <HiddenLater
          count={hiddenChanges}
          noun={['later change', 'later changes']}
          onShow={() => setShowLaterChanges(true)}
        />
      </section>
    </article>
  );
}
