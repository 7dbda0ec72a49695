/**
 * How the timeline shows who played whom: as the chart, as a list (one line per stint, for
 * phones), or chosen by the screen's width. The choice lives in the URL (`view=chart|list`)
 * beside the filters, so a shared link shows what its sender saw; without it the stylesheet picks
 * the view that fits (timeline.css, `.tl-views`), so the prerendered page needs no script to
 * choose and shows no flash of the other view.
 */
import { yearOf } from '../../lib/partial-date';
import { isFiltered, type FilteredTimeline, type TimelineFilter } from './timeline-filters';

export type TimelineView = 'auto' | 'chart' | 'list';

export function readTimelineView(params: URLSearchParams): TimelineView {
  const value = params.get('view');
  return value === 'chart' || value === 'list' ? value : 'auto';
}

/** The filter's URL query with the view added when one was chosen. */
export function withView(params: URLSearchParams, view: TimelineView): URLSearchParams {
  const next = new URLSearchParams(params);
  if (view === 'auto') next.delete('view');
  else next.set('view', view);
  return next;
}

/**
 * Up to this many years, the chart fits a phone's width (at least 48 px a year beside the names):
 * the stylesheet shows it at any width. Longer spans show the list on narrow screens.
 */
export const SHORT_SPAN_YEARS = 4;

/**
 * The years a chart of this view covers. The whole timeline spans the run; a filtered one (a
 * character, an actor) fits the years its stints cover, within any years the filter names, so
 * that a recast is seen whole rather than as a corner of the run.
 */
export function chartYears(
  view: Pick<FilteredTimeline, 'portrayals'>,
  filter: TimelineFilter,
  span: { min: number; max: number },
  asOf: string,
): { from: number; to: number } {
  const from = filter.fromYear ?? span.min;
  const to = filter.toYear ?? span.max;
  if (!filter.character && !filter.actor) return { from, to };
  let first = Infinity;
  let last = -Infinity;
  for (const p of view.portrayals) {
    const start = p.from ?? p.to;
    if (start === null) continue;
    first = Math.min(first, yearOf(start));
    // An ongoing stint runs to the newest source; one with an unknown end fades out after it starts.
    const end = p.to ?? (p.status === 'ongoing' ? asOf : start);
    last = Math.max(last, yearOf(end));
  }
  const fitFrom = Math.max(from, Math.min(first, to));
  const fitTo = Math.min(to, Math.max(last, fitFrom));
  return Number.isFinite(first) ? { from: fitFrom, to: fitTo } : { from, to };
}

/** Whether the chart of this view is fitted to the width it is shown in (see use-chart-layout). */
export function fitsWidth(filter: TimelineFilter): boolean {
  return isFiltered({ ...filter, type: null });
}
