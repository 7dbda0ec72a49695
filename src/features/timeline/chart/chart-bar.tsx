import { Fragment, memo } from 'react';
import type { Portrayal } from '../../../api/schemas';
import { stintEndKnownFrom, stintKnownFrom } from '../../../lib/as-of';
import { airedAttribute } from '../../../lib/horizon';
import { paths } from '../../../lib/paths';
import { formatStint } from '../../../lib/stint';
import { fillOf, KIND_STYLE } from './chart-defs';
import { CHART, textWidth } from './chart-metrics';
import type { BarLabel, ChartBar } from './chart-types';
import { extentOf, fitName, inView, type VisibleEdges } from './label-fit';

/** A bar's accessible name: "Actor as Character, from – to", in the wiki's date wording. */
export function stintName(p: Portrayal): string {
  return `${p.actor.name} as ${p.character.name}, ${formatStint(p)}`;
}

const VEIL_OF: Partial<Record<string, 'in' | 'out' | 'unknown'>> = {
  'fade-in': 'in',
  'fade-out': 'out',
  'unreported-before': 'in',
  'unreported-after': 'out',
  unknown: 'unknown',
};

interface BarProps {
  bar: ChartBar;
  prefix: string;
  tabbable: boolean;
  describedBy: string | undefined;
  /** The part of the plot in view: names keep to it, labels it would cut are left out. */
  edges: VisibleEdges;
}

function labelInView(label: BarLabel, edges: VisibleEdges): boolean {
  const { x0, x1 } = extentOf(label.x, textWidth(label.text), label.anchor);
  return inView(x0, x1, edges);
}

export const Bar = memo(function Bar({ bar, prefix, tabbable, describedBy, edges }: BarProps) {
  const { portrayal: p } = bar;
  const barY = bar.y + CHART.barTop;
  const name = fitName(bar, edges);
  const label = (which: BarLabel | null) =>
    which &&
    labelInView(which, edges) && (
      <text
        className="tl-end-label"
        x={which.x}
        y={barY + CHART.barHeight - 2}
        textAnchor={which.anchor}
        aria-hidden="true"
      >
        {which.text}
      </text>
    );
  // Marked for the spoiler horizon's early hiding (src/lib/horizon.ts): the bar by its start,
  // its drawn length and end label by its end, which they tell.
  return (
    <a
      {...airedAttribute(stintKnownFrom(p))}
      href={paths.actor(p.actor.id)}
      className={`tl-bar tl-kind-${KIND_STYLE[p.kind]}`}
      data-bar-id={bar.id}
      aria-label={stintName(p)}
      aria-describedby={describedBy}
      tabIndex={tabbable ? 0 : -1}
    >
      <rect
        className="tl-hit"
        x={bar.hit.x0}
        y={bar.y}
        width={bar.hit.x1 - bar.hit.x0}
        height={CHART.laneHeight - 2}
        rx="4"
      />
      {name && (
        <text className="tl-name" x={name.x} y={bar.y + CHART.nameBaseline} aria-hidden="true">
          {name.text}
        </text>
      )}
      <g {...airedAttribute(stintKnownFrom(p), stintEndKnownFrom(p))}>
        {bar.segments.map((s, i) => {
          const veil = VEIL_OF[s.style];
          return (
            <Fragment key={i}>
              <rect
                className={`tl-seg tl-seg-${s.style}`}
                x={s.x0}
                y={barY}
                width={s.x1 - s.x0}
                height={CHART.barHeight}
                fill={fillOf(prefix, p.kind)}
              />
              {veil && (
                <rect
                  x={s.x0 - 0.5}
                  y={barY - 1}
                  width={s.x1 - s.x0 + 1}
                  height={CHART.barHeight + 2}
                  fill={`url(#${prefix}-veil-${veil})`}
                />
              )}
            </Fragment>
          );
        })}
        {label(bar.endLabel)}
      </g>
      {label(bar.startLabel)}
    </a>
  );
});
