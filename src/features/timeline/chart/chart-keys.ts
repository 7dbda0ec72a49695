/**
 * Moving between the chart's bars by keyboard. The chart is one tab stop (a roving tabindex):
 * Tab enters it on the last bar used and leaves it for the next control, so a chart of thousands
 * of bars does not trap keyboard users. Inside, the arrows move along a row and between rows,
 * Home and End go to a row's ends, Ctrl+Home and Ctrl+End to the first and last bar.
 */
import type { ChartBar, ChartRow } from './chart-types';

export interface BarPosition {
  row: number;
  index: number;
}

/** Where each bar sits, by id, for keyboard moves that start from the focused bar. */
export function indexBars(rows: ChartRow[]): Map<string, BarPosition> {
  const positions = new Map<string, BarPosition>();
  rows.forEach((row, r) =>
    row.bars.forEach((bar, i) => positions.set(bar.id, { row: r, index: i })),
  );
  return positions;
}

/** How far a bar lies from a point across the time axis: zero when it spans the point. */
function distance(bar: ChartBar, x: number): number {
  return x < bar.x0 ? bar.x0 - x : x > bar.x1 ? x - bar.x1 : 0;
}

/**
 * The bar of another row that is "the one below" to the eye: the one spanning the middle of
 * `from`, else the one nearest to it.
 */
function nearestIn(row: ChartRow, from: ChartBar): ChartBar | undefined {
  const middle = (from.x0 + from.x1) / 2;
  let best: ChartBar | undefined;
  for (const bar of row.bars) {
    if (!best || distance(bar, middle) < distance(best, middle)) best = bar;
  }
  return best;
}

/**
 * The bar a key moves to from `currentId`, or null when the key is not a move or leads nowhere
 * (the caller then leaves the key to the browser).
 */
export function moveFocus(
  rows: ChartRow[],
  positions: Map<string, BarPosition>,
  currentId: string,
  key: string,
  ctrlKey = false,
): string | null {
  const at = positions.get(currentId);
  if (!at) return null;
  const row = rows[at.row];
  const bar = row?.bars[at.index];
  if (!row || !bar) return null;
  switch (key) {
    case 'ArrowRight':
      return row.bars[at.index + 1]?.id ?? null;
    case 'ArrowLeft':
      return at.index > 0 ? (row.bars[at.index - 1]?.id ?? null) : null;
    case 'ArrowDown':
    case 'ArrowUp': {
      const step = key === 'ArrowDown' ? 1 : -1;
      for (let r = at.row + step; r >= 0 && r < rows.length; r += step) {
        const target = rows[r];
        if (target && target.bars.length > 0) return nearestIn(target, bar)?.id ?? null;
      }
      return null;
    }
    case 'Home':
      return ctrlKey
        ? (rows.find((r) => r.bars.length > 0)?.bars[0]?.id ?? null)
        : (row.bars[0]?.id ?? null);
    case 'End': {
      if (!ctrlKey) return row.bars[row.bars.length - 1]?.id ?? null;
      const last = rows.findLast((r) => r.bars.length > 0);
      return last?.bars[last.bars.length - 1]?.id ?? null;
    }
    default:
      return null;
  }
}
