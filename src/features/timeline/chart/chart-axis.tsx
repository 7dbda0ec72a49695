import { CHART } from './chart-metrics';
import type { ChartLayout } from './chart-types';

/**
 * The sticky header over the plot: the years along the time axis, and the labels and rules of
 * the markers (premiere, leaps, the newest source, a chosen day) stacked above it.
 */
export function ChartAxis({ layout }: { layout: ChartLayout }) {
  const axisTop = layout.headerHeight - CHART.axisHeight;
  return (
    <svg
      className="tl-head"
      width={layout.plotWidth}
      height={layout.headerHeight}
      aria-hidden="true"
      focusable="false"
    >
      {layout.markers.map((m) => {
        const y = axisTop - m.line * CHART.markerLineHeight - 4;
        return (
          <g key={m.id} className={`tl-marker tl-marker-${m.kind}`}>
            <line x1={m.x0} x2={m.x0} y1={y + 2} y2={layout.headerHeight} />
            <text x={m.labelX} y={y} textAnchor={m.anchor}>
              {m.label}
            </text>
          </g>
        );
      })}
      <line
        className="tl-axis"
        x1="0"
        x2={layout.plotWidth}
        y1={layout.headerHeight - 0.5}
        y2={layout.headerHeight - 0.5}
      />
      {layout.ticks
        .filter((t) => t.major)
        .map((t) => (
          <line
            key={t.x}
            className="tl-tick"
            x1={t.x}
            x2={t.x}
            y1={axisTop}
            y2={layout.headerHeight}
          />
        ))}
      {layout.tickLabels.map((t) => (
        <text key={t.text} x={t.x} y={layout.headerHeight - 7} textAnchor="middle">
          {t.text}
        </text>
      ))}
    </svg>
  );
}
