import type { Timeline } from '../../../api/timeline-schemas';
import { TimelineChart } from './timeline-chart';
import type { FilteredTimeline, TimelineFilter } from '../timeline-filters';
import { useChartLayout } from './use-chart-layout';

/**
 * The chart with its layout, in a chunk of its own: the timeline page shows the
 * prerendered chart at once and hydrates this part when the browser is idle.
 */
export function TimelineChartPanel({
  data,
  view,
  filter,
  span,
  fitWidth = null,
  until = null,
  onOpen,
}: {
  data: Timeline;
  view: FilteredTimeline;
  filter: TimelineFilter;
  span: { min: number; max: number };
  /** The width the chart's view has on screen, once known: a filtered chart is fitted to it. */
  fitWidth?: number | null;
  /** The reader's spoiler horizon, where the time axis ends; null for whole years. */
  until?: string | null;
  onOpen: (href: string) => void;
}) {
  const { layout, years } = useChartLayout(data, view, filter, span, fitWidth, until);
  if (layout.barCount === 0) return <p>No stints match these filters.</p>;
  const period = years.from === years.to ? String(years.from) : `${years.from} to ${years.to}`;
  const stints = `${layout.barCount} ${layout.barCount === 1 ? 'stint' : 'stints'}`;
  const characters = `${layout.rows.length} ${layout.rows.length === 1 ? 'character' : 'characters'}`;
  return (
    <TimelineChart
      layout={layout}
      label={`Cast chart, ${period}: ${stints} of ${characters}`}
      onOpen={onOpen}
    />
  );
}
