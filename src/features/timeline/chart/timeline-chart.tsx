/**
 * The cast-change chart: hand-written SVG drawn from a precomputed layout (chart-layout.ts). It
 * renders from props alone (the browser is only asked where the frame is scrolled, after render),
 * so it can be prerendered to HTML on a server.
 *
 * Keyboard: the chart is one tab stop (use-roving-focus.ts). Each bar is a link named "Actor as
 * Character, from – to"; focus or hover shows its details, and click or Enter opens the actor's
 * page. Touch: a tap shows the details in a sheet (chart-sheet.tsx) with a link to the actor. Long charts draw only the rows near the visible part of the frame (use-visible-lines.ts).
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { ChartAxis } from './chart-axis';
import { ChartDefs } from './chart-defs';
import { ChartGrid } from './chart-grid';
import { ChartLegend } from './chart-legend';
import { ChartSheet } from './chart-sheet';
import { Row } from './chart-row';
import { Tooltip } from './chart-tooltip';
import type { ChartBar, ChartLayout, ChartRow } from './chart-types';
import { RowLabels } from './row-labels';
import { useRovingFocus } from './use-roving-focus';
import { useVisibleEdges } from './use-visible-edges';
import { useVisibleLines } from './use-visible-lines';

/** The stylesheet has a `tl-head-lines-N` class up to this many lines of marker labels. */
const MAX_HEAD_LINES_CLASS = 6;

function barElement(target: EventTarget | null): SVGAElement | null {
  if (!(target instanceof Element)) return null;
  return target.closest<SVGAElement>('[data-bar-id]');
}

export function TimelineChart({
  layout,
  label,
  onOpen,
}: {
  layout: ChartLayout;
  /** The chart's accessible name. */
  label: string;
  /** Opens a page inside the app (a router's navigate); the bars are real links as well. */
  onOpen: (href: string) => void;
}) {
  const prefix = `tl${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const tooltipId = `${prefix}-tip`;
  const hintId = `${prefix}-hint`;
  const frameRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<SVGSVGElement>(null);
  const labelsRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [pinnedId, setPinnedId] = useState<string | null>(null);
  /** The kind of pointer that last pressed in the chart; null after a key press. */
  const pointerType = useRef<string | null>(null);

  const { tabbableId, tabbableRow, rowOf, setActiveId, moveByKey } = useRovingFocus(
    layout.rows,
    bodyRef,
  );
  const barsById = useMemo(() => {
    const map = new Map<string, ChartBar>();
    for (const row of layout.rows) for (const bar of row.bars) map.set(bar.id, bar);
    return map;
  }, [layout]);

  const visibleLines = useVisibleLines(layout, frameRef);
  const edges = useVisibleEdges(frameRef, labelsRef, layout.plotWidth);
  const visibleRows = visibleLines.filter((l): l is ChartRow => l.type === 'row');
  // The row holding the tab stop is always drawn, so Tab can always enter the chart.
  if (tabbableRow && !visibleRows.includes(tabbableRow)) visibleRows.push(tabbableRow);

  const onKeyDown = useCallback(
    (event: React.KeyboardEvent) => {
      pointerType.current = null;
      const el = barElement(event.target);
      const id = el?.dataset.barId;
      if (!el || !id) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        onOpen(el.getAttribute('href') ?? '');
        return;
      }
      if (event.key === 'Escape') {
        setDismissed(true);
        return;
      }
      if (!moveByKey(id, event.key, event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      setDismissed(false);
    },
    [moveByKey, onOpen],
  );

  const onClick = useCallback(
    (event: React.MouseEvent) => {
      const el = barElement(event.target);
      if (!el) return;
      // Let the browser open new tabs and windows as it would for any link.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      // A tap shows the details first: a touch screen has no hover to show them on.
      if (pointerType.current === 'touch' || pointerType.current === 'pen') {
        setPinnedId(el.dataset.barId ?? null);
        return;
      }
      onOpen(el.getAttribute('href') ?? '');
    },
    [onOpen],
  );

  const closeSheet = useCallback(
    (restoreFocus: boolean) => {
      setPinnedId(null);
      if (restoreFocus && pinnedId !== null)
        bodyRef.current
          ?.querySelector<SVGAElement>(`[data-bar-id="${CSS.escape(pinnedId)}"]`)
          ?.focus();
    },
    [pinnedId],
  );
  const pinnedBar = pinnedId === null ? undefined : barsById.get(pinnedId);

  const shownId = dismissed || pinnedBar ? null : (hoveredId ?? focusedId);
  const shownBar = shownId === null ? undefined : barsById.get(shownId);
  const describedId = focusedId !== null && shownId === focusedId ? focusedId : null;
  const describedRow = rowOf(describedId);

  return (
    <div
      className="tl-chart"
      onPointerDownCapture={(event) => {
        pointerType.current = event.pointerType;
      }}
    >
      <ChartDefs prefix={prefix} />
      <ChartLegend prefix={prefix} layout={layout} />
      {/* Both wordings are in the page and the stylesheet shows the one for this screen: a
          hidden part of a description is not read out, and no script has to choose. */}
      <p id={hintId} className="tl-hint">
        <span className="tl-hint-keys">
          Tab to the chart, then use the arrow keys to move between bars; Enter opens the actor’s
          page.
        </span>
        <span className="tl-hint-touch">
          Tap a bar to see its dates and how it ended, with a link to the actor’s page.
        </span>{' '}
        Scroll the chart sideways to see every year.
      </p>
      {/* The class tells the stylesheet how tall the sticky axis is, so a focused bar scrolls
          clear of it: no style attribute (the Content-Security-Policy forbids them) and no
          style set after the first paint, which would restyle the whole chart. */}
      <div
        className={`tl-frame tl-head-lines-${Math.min(layout.headerLines, MAX_HEAD_LINES_CLASS)}`}
        ref={frameRef}
      >
        <div className="tl-grid">
          <div className="tl-corner" aria-hidden="true">
            Character
          </div>
          <ChartAxis layout={layout} edges={edges} />
          <div className="tl-labels" aria-hidden="true" ref={labelsRef}>
            <RowLabels lines={visibleLines} height={layout.bodyHeight} />
          </div>
          <div
            className="tl-plot"
            onPointerLeave={() => setHoveredId(null)}
            onPointerOver={(event) => {
              // A tap also sends pointer events; only a mouse hovers.
              if (event.pointerType !== 'mouse') return;
              const id = barElement(event.target)?.dataset.barId ?? null;
              if (id !== null) {
                setHoveredId(id);
                setDismissed(false);
              }
            }}
          >
            <svg
              ref={bodyRef}
              className="tl-body"
              width={layout.plotWidth}
              height={layout.bodyHeight}
              role="group"
              aria-label={label}
              aria-describedby={hintId}
              onKeyDown={onKeyDown}
              onClick={onClick}
              onFocus={(event) => {
                const id = barElement(event.target)?.dataset.barId ?? null;
                if (id === null) return;
                setActiveId(id);
                // Focus that follows a tap shows no tooltip: the tap's sheet shows the details.
                if (pointerType.current === 'touch' || pointerType.current === 'pen') return;
                setFocusedId(id);
                setDismissed(false);
              }}
              onBlur={(event) => {
                if (!barElement(event.relatedTarget)) setFocusedId(null);
              }}
            >
              <ChartGrid layout={layout} />
              {visibleRows.map((row) => (
                <Row
                  key={row.character.id}
                  row={row}
                  prefix={prefix}
                  tabbableId={row === tabbableRow ? tabbableId : null}
                  describedId={row === describedRow ? describedId : null}
                  tooltipId={tooltipId}
                  edges={edges}
                />
              ))}
            </svg>
            {shownBar && <Tooltip id={tooltipId} bar={shownBar} layout={layout} />}
          </div>
        </div>
      </div>
      {pinnedBar && <ChartSheet bar={pinnedBar} onClose={closeSheet} onOpen={onOpen} />}
    </div>
  );
}
