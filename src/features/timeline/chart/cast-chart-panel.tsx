import { useMemo } from 'react';
import type { Portrayal } from '../../../api/schemas';
import type { TimelineCharacter, TimelineMarkers } from '../../../api/timeline-schemas';
import { yearOf } from '../../../lib/partial-date';
import { layoutChart } from './chart-layout';
import { TimelineChart } from './timeline-chart';

/**
 * The cast page's chart: everyone who has played one character, from the premiere to the newest
 * source, with the chosen day marked. It is laid out here, in the chart's own chunk, which the
 * cast page loads only when it has a chart to show.
 */
export function CastChartPanel({
  character,
  portrayals,
  markers,
  chosenDay,
  until = null,
  onOpen,
}: {
  character: TimelineCharacter;
  /** The character's stints; the page shows no chart when there are none. */
  portrayals: Portrayal[];
  markers: TimelineMarkers;
  /** The day asked about, as `YYYY-MM-DD`, or null when none is chosen or it is out of range. */
  chosenDay: string | null;
  /** The reader's spoiler horizon, where the time axis ends; null for whole years. */
  until?: string | null;
  onOpen: (href: string) => void;
}) {
  const layout = useMemo(() => {
    const { premiere, asOf } = markers;
    return layoutChart({
      rows: [character],
      portrayals,
      markers,
      years: { from: premiere ? yearOf(premiere) : yearOf(asOf), to: yearOf(asOf) },
      chosenDay,
      until,
    });
  }, [character, portrayals, markers, chosenDay, until]);
  return (
    <TimelineChart
      layout={layout}
      label={`Chart of everyone who has played ${character.name}`}
      onOpen={onOpen}
    />
  );
}
