import { memo } from 'react';
import { Bar } from './chart-bar';
import type { ChartRow } from './chart-types';
import type { VisibleEdges } from './label-fit';

interface RowProps {
  row: ChartRow;
  prefix: string;
  /** The bar of this row that takes Tab, if any; other rows get null and skip re-rendering. */
  tabbableId: string | null;
  describedId: string | null;
  tooltipId: string;
  edges: VisibleEdges;
}

export const Row = memo(function Row({
  row,
  prefix,
  tabbableId,
  describedId,
  tooltipId,
  edges,
}: RowProps) {
  return (
    <g role="group" aria-label={row.character.name}>
      {row.bars.map((bar) => (
        <Bar
          key={bar.id}
          bar={bar}
          prefix={prefix}
          tabbable={bar.id === tabbableId}
          describedBy={bar.id === describedId ? tooltipId : undefined}
          edges={edges}
        />
      ))}
    </g>
  );
});
