import { airedAttribute } from '../../../lib/horizon';
import { precisionOf } from '../../../lib/partial-date';
import type { ChartMarker } from './chart-types';

/** A marker is hidden early (spoiler horizon) by its date; the reader's own chosen day is not. */
export function markerAired(m: ChartMarker): Record<string, string> {
  return m.kind === 'chosen' ? {} : airedAttribute(m.date);
}
import type { ChartLayout } from './chart-types';

/** Behind the bars: household bands, year and month gridlines, and the markers' rules or bands. */
export function ChartGrid({ layout }: { layout: ChartLayout }) {
  return (
    <g aria-hidden="true">
      {layout.lines.map(
        (line) =>
          line.type === 'group' && (
            <rect
              key={line.household}
              className="tl-group-band"
              x="0"
              y={line.y}
              width={layout.plotWidth}
              height={line.height}
            />
          ),
      )}
      {layout.ticks.map((t) => (
        <line
          key={t.x}
          className={t.major ? 'tl-gridline' : 'tl-gridline tl-gridline-minor'}
          x1={t.x}
          x2={t.x}
          y1="0"
          y2={layout.bodyHeight}
        />
      ))}
      {layout.markers.map((m) =>
        m.x1 > m.x0 ? (
          <rect
            key={m.id}
            {...markerAired(m)}
            // A year-long band is only a guess at where the day fell: drawn faintly, so the
            // rules of markers dated within it stay clear.
            className={`tl-band tl-marker-${m.kind}${precisionOf(m.date) === 'year' ? ' tl-band-vague' : ''}`}
            x={m.x0}
            y="0"
            width={m.x1 - m.x0}
            height={layout.bodyHeight}
          />
        ) : (
          <line
            key={m.id}
            {...markerAired(m)}
            className={`tl-rule tl-marker-${m.kind}`}
            x1={m.x0}
            x2={m.x0}
            y1="0"
            y2={layout.bodyHeight}
          />
        ),
      )}
    </g>
  );
}
