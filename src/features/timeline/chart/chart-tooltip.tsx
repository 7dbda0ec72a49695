import type { CSSProperties } from 'react';
import type { Portrayal } from '../../../api/schemas';
import { confidenceLabels, kindLabels } from '../../../lib/labels';
import { formatStint, howItEnded } from '../../../lib/stint';
import { CHART } from './chart-metrics';
import type { ChartBar, ChartLayout } from './chart-types';

/** What the tooltip and the tap sheet say of a stint; `hint` ends it (the tooltip's how-to). */
export function StintDetails({
  portrayal: p,
  titleId,
  hint = true,
}: {
  portrayal: Portrayal;
  titleId?: string;
  hint?: boolean;
}) {
  const ending = howItEnded(p);
  return (
    <>
      <strong className="tl-tip-title" id={titleId}>
        {p.actor.name} as {p.character.name}
      </strong>
      <span>{formatStint(p)}</span>
      <span>
        {kindLabels[p.kind]} · {ending}
      </span>
      {p.replaces && <span>Took over from {p.replaces.actor.name}</span>}
      {p.replacedBy && <span>Replaced by {p.replacedBy.actor.name}</span>}
      {(p.confidence !== 'high' || p.dispute) && (
        <span>
          {p.confidence !== 'high' && confidenceLabels[p.confidence]}
          {p.confidence !== 'high' && p.dispute && ' · '}
          {p.dispute && 'Disputed'}
        </span>
      )}
      {hint && (
        <span className="tl-tip-hint">Click or press Enter to open {p.actor.name}’s page</span>
      )}
    </>
  );
}

const TOOLTIP_WIDTH = 256;
const TOOLTIP_HEIGHT = 150;

export function Tooltip({ id, bar, layout }: { id: string; bar: ChartBar; layout: ChartLayout }) {
  const left = Math.max(0, Math.min(bar.hit.x0, layout.plotWidth - TOOLTIP_WIDTH));
  const below = bar.y + CHART.laneHeight + TOOLTIP_HEIGHT <= layout.bodyHeight;
  const style: CSSProperties = below
    ? { left, top: bar.y + CHART.laneHeight }
    : { left, bottom: layout.bodyHeight - bar.y };
  return (
    <div id={id} role="tooltip" className="tl-tooltip" style={style}>
      <StintDetails portrayal={bar.portrayal} />
    </div>
  );
}
