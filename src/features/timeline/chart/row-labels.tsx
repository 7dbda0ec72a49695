import { firstAired, stintKnownFrom } from '../../../lib/as-of';
import { airedAttribute } from '../../../lib/horizon';
import type { ChartLine, ChartRow } from './chart-types';

/** The first day a row's character is known from: its first stint's. */
function rowKnownFrom(rows: ChartRow[]): string | null {
  return firstAired(rows.flatMap((row) => row.bars.map((bar) => stintKnownFrom(bar.portrayal))));
}

/** A name in the column: HTML in the SVG, so that one too long for the column ends in "…". */
function Name({ y, height, text }: { y: number; height: number; text: string }) {
  return (
    <foreignObject x="0" y={y} width="100%" height={height}>
      <div className="tl-label-name">
        <span>{text}</span>
      </div>
    </foreignObject>
  );
}

/**
 * Character and family names down the side, drawn as SVG so that every position is an attribute:
 * the page's Content-Security-Policy admits no inline style, and this column is prerendered.
 */
export function RowLabels({ lines, height }: { lines: ChartLine[]; height: number }) {
  // A family's heading is known from its first member's first stint.
  const members = (index: number): ChartRow[] => {
    const rows: ChartRow[] = [];
    for (const line of lines.slice(index + 1)) {
      if (line.type === 'group') break;
      rows.push(line);
    }
    return rows;
  };
  return (
    <svg className="tl-label-svg" width="100%" height={height} focusable="false">
      {lines.map((line, index) =>
        line.type === 'group' ? (
          <g
            key={`g-${line.household}`}
            className="tl-label tl-label-group"
            {...airedAttribute(rowKnownFrom(members(index)))}
          >
            <rect x="0" y={line.y} width="100%" height={line.height} />
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <Name y={line.y} height={line.height} text={line.label} />
          </g>
        ) : (
          <g key={line.character.id} className="tl-label" {...airedAttribute(rowKnownFrom([line]))}>
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <Name y={line.y} height={line.height} text={line.character.name} />
          </g>
        ),
      )}
    </svg>
  );
}
