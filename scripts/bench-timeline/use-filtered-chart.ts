import { useMemo } from 'react';
import type { ChartLayout } from '../../src/features/timeline/chart/chart-types';
import { useChartLayout, type ChartData } from '../../src/features/timeline/chart/use-chart-layout';
import {
  applyTimelineFilter,
  type FilteredTimeline,
  type TimelineFilter,
} from '../../src/features/timeline/timeline-filters';

/**
 * The filtered timeline and its chart layout: the timeline page's whole path from filter to
 * chart (its useMemo over applyTimelineFilter, then the chart panel's useChartLayout), so that
 * the bench measures what the page does.
 */
export function useFilteredChart(
  data: ChartData,
  filter: TimelineFilter,
  span: { min: number; max: number },
): { view: FilteredTimeline; layout: ChartLayout; years: { from: number; to: number } } {
  const view = useMemo(() => applyTimelineFilter(data, filter), [data, filter]);
  return { view, ...useChartLayout(data, view, filter, span) };
}
