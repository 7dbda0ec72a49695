/**
 * Windowing for long charts: which lines (group headings and rows) to draw. A chart of hundreds
 * of rows draws only those near the visible part of its scrolling frame, so thousands of rows
 * stay quick; the first screenful is always drawn.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { ChartLayout, ChartLine } from './chart-types';

/**
 * Charts with up to this many lines draw every row, so every bar is in the page for find-in-page
 * and screen readers (the wiki's own data is far below it). Longer ones draw only the rows near
 * the visible part of the frame.
 */
const DRAW_ALL_LINES = 300;
/** The part of the body drawn before the frame has been measured: its greatest height. */
const FIRST_VIEW_PX = 720;
/** Rows drawn beyond each edge of the visible part, so scrolling rarely shows a gap. */
const OVERSCAN_PX = 360;
/** The visible part is tracked in steps of this size, so small scrolls do not re-render. */
const VIEW_STEP_PX = 120;

/** The lines that intersect a vertical window of the body, for drawing only what can be seen. */
export function linesInView(lines: ChartLine[], top: number, bottom: number): [number, number] {
  // Binary search for the first line ending below `top`; lines are sorted by y.
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const line = lines[mid];
    if (line && line.y + line.height <= top) lo = mid + 1;
    else hi = mid;
  }
  let last = lo;
  while (last < lines.length && (lines[last]?.y ?? Infinity) < bottom) last++;
  return [lo, last];
}

/**
 * The lines of `layout` to draw in the scrolling `frame`. The frame is measured after render
 * (never during it), so the chart renders from props alone and can be prerendered.
 */
export function useVisibleLines(
  layout: ChartLayout,
  frameRef: RefObject<HTMLElement | null>,
): ChartLine[] {
  // The first paint draws just the first screenful; rows beyond it follow once it is on screen.
  const [view, setView] = useState({ top: 0, bottom: FIRST_VIEW_PX, overscan: 0 });

  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    let queued = 0;
    const measure = () => {
      queued = 0;
      // Without layout (jsdom, a hidden tab) keep the first screenful rather than draw nothing.
      if (frame.clientHeight === 0) return;
      const scrolled = Math.max(0, frame.scrollTop - layout.headerHeight);
      const top = Math.floor(scrolled / VIEW_STEP_PX) * VIEW_STEP_PX;
      const bottom = Math.ceil((scrolled + frame.clientHeight) / VIEW_STEP_PX) * VIEW_STEP_PX;
      setView((current) =>
        current.top === top && current.bottom === bottom && current.overscan === OVERSCAN_PX
          ? current
          : { top, bottom, overscan: OVERSCAN_PX },
      );
    };
    const onScroll = () => {
      if (queued === 0) queued = requestAnimationFrame(measure);
    };
    // Two frames on: the first screenful is painted before anything more is drawn.
    let settling = requestAnimationFrame(() => {
      settling = 0;
      onScroll();
    });
    frame.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      frame.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (queued !== 0) cancelAnimationFrame(queued);
      if (settling !== 0) cancelAnimationFrame(settling);
    };
  }, [frameRef, layout.headerHeight]);

  const [first, last] =
    layout.complete && layout.lines.length <= DRAW_ALL_LINES
      ? [0, layout.lines.length]
      : linesInView(layout.lines, view.top - view.overscan, view.bottom + view.overscan);
  return layout.lines.slice(first, last);
}
