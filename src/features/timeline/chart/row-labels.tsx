import type { ChartLine } from './chart-types';

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
            <text x="8" y={line.y + line.height / 2}>
              {line.label}
            </text>
          </g>
        ) : (
          <g key={line.character.id} className="tl-label">
            <line x1="0" x2="100%" y1={line.y + 0.5} y2={line.y + 0.5} />
            <text x="8" y={line.y + line.height / 2}>
              {line.character.name}
            </text>
          </g>
        ),
      )}
    </svg>
  );
}
