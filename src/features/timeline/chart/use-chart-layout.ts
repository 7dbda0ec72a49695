import { useEffect, useMemo, useState } from 'react';
import type { Timeline } from '../../../api/timeline-schemas';
import type { FilteredTimeline, TimelineFilter } from '../timeline-filters';
import { chartYears, fitsWidth } from '../timeline-view';
import { layoutChart } from './chart-layout';
import type { ChartInput, ChartLayout } from './chart-types';

/**
 * Charts with more rows than this are laid out in two steps: the first screenful, painted at
 * once, then the rest in a task of its own right after that paint. Smaller charts (the wiki's
 * own data among them) are laid out whole in one go, so a server can prerender them complete.
 */
const LAYOUT_IN_STEPS_ABOVE_ROWS = 250;
const FIRST_LINES = 40;
/** Whole layouts kept per dataset, so going back to a recent view (say, all) costs nothing. */
const REMEMBERED_LAYOUTS = 8;

export type ChartData = Pick<Timeline, 'events' | 'portrayals' | 'characters' | 'markers'>;

/** Remembered layouts per dataset; a dataset that is dropped takes its layouts with it. */
const layoutCaches = new WeakMap<ChartData, Map<string, ChartLayout>>();

function cacheFor(data: ChartData): Map<string, ChartLayout> {
  let cache = layoutCaches.get(data);
  if (!cache) {
    cache = new Map();
    layoutCaches.set(data, cache);
  }
  return cache;
}

function remember(cache: Map<string, ChartLayout>, key: string, layout: ChartLayout) {
  cache.delete(key);
  cache.set(key, layout);
  const oldest = cache.keys().next();
  if (cache.size > REMEMBERED_LAYOUTS && !oldest.done) cache.delete(oldest.value);
}

/**
 * Runs once the next frame is on screen: the second animation frame from now only comes after
 * the first was painted, and the timeout leaves that frame's own work to finish first.
 */
function afterNextPaint(callback: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(() => {
      timeout = window.setTimeout(callback, 0);
    });
  });
  let timeout = 0;
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timeout);
  };
}

/** The width of the sticky column of names (timeline-chart.css, `--tl-label-w`) and the frame's borders. */
function besidePlot(): number {
  const narrow = typeof matchMedia === 'function' && matchMedia('(max-width: 30rem)').matches;
  return (narrow ? 7.5 * 16 : 10.5 * 16) + 2;
}

/**
 * The chart layout of a filtered view, recomputed only when its inputs change; layouts of recent
 * views are remembered, and a long chart is laid out in two steps.
 *
 * A filtered view covers only the years its stints do (chartYears) and, once the width it is shown
 * in is known (`viewWidth`), is fitted to it, so a recast is seen whole on a phone. The whole
 * timeline keeps its fixed width: it is prerendered, and hydrating must draw what the HTML holds.
 */
export function useChartLayout(
  data: ChartData,
  view: FilteredTimeline,
  filter: TimelineFilter,
  span: { min: number; max: number },
  viewWidth: number | null = null,
  /** The last day drawn: the reader's spoiler horizon, or null for whole years. */
  until: string | null = null,
): { layout: ChartLayout; years: { from: number; to: number } } {
  const { from, to } = chartYears(view, filter, span, data.markers.asOf);
  const fitWidth = fitsWidth(filter) && viewWidth !== null ? viewWidth - besidePlot() : null;
  // The kind-of-change filter touches only the change log, so it is not part of the key.
  const key = `${filter.character ?? ''}|${filter.actor ?? ''}|${from}|${to}|${fitWidth ?? ''}|${until ?? ''}`;
  const cache = cacheFor(data);

  const input = useMemo(
    (): ChartInput => ({
      rows: view.rows,
      portrayals: view.portrayals,
      markers: data.markers,
      years: { from, to },
      fitWidth,
      until,
    }),
    [view, data.markers, from, to, fitWidth, until],
  );
  const first = useMemo(() => {
    const known = cache.get(key);
    if (known) return known;
    const layout = layoutChart(
      input.rows.length > LAYOUT_IN_STEPS_ABOVE_ROWS
        ? { ...input, firstLines: FIRST_LINES }
        : input,
    );
    if (layout.complete) remember(cache, key, layout);
    return layout;
  }, [cache, key, input]);

  const [whole, setWhole] = useState<{ input: ChartInput; layout: ChartLayout } | null>(null);
  useEffect(() => {
    if (first.complete) return;
    return afterNextPaint(() => {
      const layout = layoutChart(input);
      remember(cache, key, layout);
      setWhole({ input, layout });
    });
  }, [first, input, cache, key]);

  const layout = !first.complete && whole?.input === input ? whole.layout : first;
  return { layout, years: { from, to } };
}
