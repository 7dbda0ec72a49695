import type { ChartLine } from './chart-types';

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
  return (
    <svg className="tl-label-svg" width="100%" height={height} focusable="false">
      {lines.map((line) =>
        line.type === 'group' ? (
          <g key={`g-${line.household}`} className="tl-label tl-label-group">
            <rect x="0" y={line.y} width="100%" height={line.height} />
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <Name y={line.y} height={line.height} text={line.label} />
          </g>
        ) : (
          <g key={line.character.id} className="tl-label">
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <Name y={line.y} height={line.height} text={line.character.name} />
          </g>
        ),
      )}
    </svg>
  );
}
