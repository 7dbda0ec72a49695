/**
 * The chart's one tab stop (a roving tabindex): which bar takes Tab, and moving it by key (see
 * chart-keys.ts for the keys) to bars whose rows may only be drawn by the render that follows.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { indexBars, moveFocus } from './chart-keys';
import type { ChartRow } from './chart-types';

export function useRovingFocus(rows: ChartRow[], bodyRef: RefObject<SVGSVGElement | null>) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);

  const positions = useMemo(() => indexBars(rows), [rows]);
  const firstBarId = rows.find((r) => r.bars.length > 0)?.bars[0]?.id ?? null;
  // The last bar used keeps the tab stop while it is still in the chart; else the first bar.
  const tabbableId = activeId !== null && positions.has(activeId) ? activeId : firstBarId;
  const rowOf = useCallback(
    (id: string | null): ChartRow | undefined =>
      id === null ? undefined : rows[positions.get(id)?.row ?? -1],
    [rows, positions],
  );

  // Focus a bar moved to by key once its row is drawn, which may be by this very render.
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    pendingFocus.current = null;
    const target = [
      ...(bodyRef.current?.querySelectorAll<SVGAElement>('[data-bar-id]') ?? []),
    ].find((el) => el.dataset.barId === id);
    target?.focus();
  });

  /** Moves the tab stop from bar `id` for a key; false when the key is no move from there. */
  const moveByKey = useCallback(
    (id: string, key: string, ctrlKey: boolean): boolean => {
      const next = moveFocus(rows, positions, id, key, ctrlKey);
      if (next === null) return false;
      pendingFocus.current = next;
      setActiveId(next);
      return true;
    },
    [rows, positions],
  );

  return { tabbableId, tabbableRow: rowOf(tabbableId), rowOf, setActiveId, moveByKey };
}
