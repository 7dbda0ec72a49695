import { CHART, textWidth } from './chart-metrics';
import type { ChartLayout } from './chart-types';
import { markerAired } from './chart-grid';
import { airedAttribute } from '../../../lib/horizon';
import { extentOf, fitYearLabel, inView, type VisibleEdges } from './label-fit';

/**
 * The sticky header over the plot: the years along the time axis, and the labels and rules of
 * the markers (premiere, leaps, the newest source, a chosen day) stacked above it.
 */
export function ChartAxis({ layout, edges }: { layout: ChartLayout; edges: VisibleEdges }) {
  const axisTop = layout.headerHeight - CHART.axisHeight;
  return (
    <svg
      className="tl-head"
      width={layout.plotWidth}
      height={layout.headerHeight}
      aria-hidden="true"
      focusable="false"
    >
      {/* Rules and brackets first, every label over them: a label is never struck through. */}
      {layout.markers.map((m) => {
        const y = axisTop - m.line * CHART.markerLineHeight - 4;
        return (
          <g key={m.id} className={`tl-marker tl-marker-${m.kind}`} {...markerAired(m)}>
            {m.x1 > m.x0 ? (
              // Known only to the month or year: a bracket over the span it may fall in.
              <path
                className="tl-bracket"
                d={`M${m.x0} ${layout.headerHeight}V${y + 3}H${m.x1}V${layout.headerHeight}`}
              />
            ) : (
              <line x1={m.x0} x2={m.x0} y1={y + 2} y2={layout.headerHeight} />
            )}
          </g>
        );
      })}
      {layout.markers.map((m) => {
        const y = axisTop - m.line * CHART.markerLineHeight - 4;
        const { x0, x1 } = extentOf(m.labelX, textWidth(m.label, true), m.anchor);
        // A label the frame's edge would cut is left out until it is in view again.
        return (
          inView(x0, x1, edges) && (
            <text
              key={m.id}
              {...markerAired(m)}
              className={`tl-marker-label tl-marker-${m.kind}`}
              x={m.labelX}
              y={y}
              textAnchor={m.anchor}
            >
              {m.label}
            </text>
          )
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
      {layout.tickLabels.map((t) => {
        const x = fitYearLabel(t.x0, t.x1, t.text, edges);
        return (
          x !== null && (
            // A year is named once its first day has aired.
            <text
              key={t.text}
              {...airedAttribute(`${t.text}-01-01`)}
              x={x}
              y={layout.headerHeight - 7}
              textAnchor="middle"
            >
              {t.text}
            </text>
          )
        );
      })}
    </svg>
  );
}
