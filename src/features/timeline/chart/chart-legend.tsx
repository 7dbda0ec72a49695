import type { ReactNode } from 'react';
import { glossary } from '../../../lib/glossary';
import { kindLabels } from '../../../lib/labels';
import { KIND_STYLE } from './chart-defs';
import type { ChartLayout, ChartMarker } from './chart-types';

function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="tl-swatch" width="36" height="14" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** A bar as the legend draws it: the size is fixed, the style and fill say what it stands for. */
function SwatchBar({ className, fill }: { className: string; fill: string }) {
  return <rect className={className} x="1" y="1" width="34" height="12" fill={fill} />;
}

/** A legend entry for a kind of marker: its rule, drawn as in the chart, and what it means. */
function MarkerItem({ kind, children }: { kind: ChartMarker['kind']; children: ReactNode }) {
  return (
    <li>
      <Swatch>
        <line className={`tl-rule tl-marker-${kind}`} x1="18" x2="18" y1="0" y2="14" />
      </Swatch>
      {children}
    </li>
  );
}

export function ChartLegend({ prefix, layout }: { prefix: string; layout: ChartLayout }) {
  const styles = [...new Set(layout.kinds.map((k) => KIND_STYLE[k]))];
  const kindsOfStyle = (style: string) =>
    layout.kinds
      .filter((k) => KIND_STYLE[k] === style)
      .map((k) => kindLabels[k])
      .join(' or ');
  const markerKinds = new Set(layout.markers.map((m) => m.kind));
  return (
    <ul className="tl-legend" aria-label="Legend">
      {styles.map((style) => (
        <li key={style}>
          <Swatch>
            <SwatchBar className={`tl-seg tl-kind-${style}`} fill={`url(#${prefix}-${style})`} />
          </Swatch>
          {kindsOfStyle(style)}
        </li>
      ))}
      <li>
        <Swatch>
          <SwatchBar className="tl-seg" fill={`url(#${prefix}-original)`} />
          <rect x="0.5" y="0" width="35" height="14" fill={`url(#${prefix}-veil-out)`} />
        </Swatch>
        {glossary.fadingEnd}
      </li>
      <li>
        <Swatch>
          <SwatchBar className="tl-seg tl-seg-faint" fill={`url(#${prefix}-original)`} />
        </Swatch>
        {glossary.paleBar}
      </li>
      {markerKinds.has('premiere') && <MarkerItem kind="premiere">Premiere</MarkerItem>}
      {markerKinds.has('leap') && <MarkerItem kind="leap">{glossary.leapBand}</MarkerItem>}
      {layout.markers
        .filter((m) => m.kind === 'chosen')
        .map((m) => (
          <MarkerItem key={m.id} kind="chosen">
            {m.label}: the date you chose
          </MarkerItem>
        ))}
      {markerKinds.has('as-of') && (
        <MarkerItem kind="as-of">
          {layout.until ? 'As of: the point you have watched' : glossary.asOfMarker}
        </MarkerItem>
      )}
    </ul>
  );
}
