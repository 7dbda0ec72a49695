/**
 * Where the chart's text goes once the frame has scrolled sideways, so that no label is ever cut
 * by the frame's edges or hidden half under the sticky column of names: a bar's name slides along
 * its bar to stay at the visible left edge, a name with too little room ends in an ellipsis, and
 * any other label that would be cut is left out. The full texts stay in the bars' accessible
 * names. Pure functions of the layout and the visible part of the plot.
 */
import { textWidth } from './chart-metrics';
import type { ChartBar } from './chart-types';

/** The part of the plot in view, in the plot's pixels; null until the frame is measured. */
export type VisibleEdges = { left: number; right: number } | null;

const INSET = 4;
const ELLIPSIS = '…';
/**
 * Widths that fit whatever the font: the layout's average width of a letter is fine for packing
 * lanes, but a label shortened to fit an edge must not spill past it in a wide font (DejaVu Sans
 * runs to 7px a letter at 11px, and its ellipsis takes a whole em).
 */
const WIDEST_CHAR = 7.2;
const WIDEST_BOLD_CHAR = 8;
const ELLIPSIS_WIDTH = 11;

/** `text` cut after whole characters to fit `room` pixels with an ellipsis, or null if under 2. */
export function truncate(text: string, room: number, bold = false): string | null {
  const charWidth = bold ? WIDEST_BOLD_CHAR : WIDEST_CHAR;
  if (text.length * charWidth <= room) return text;
  const chars = Math.floor((room - ELLIPSIS_WIDTH) / charWidth);
  if (chars < 2) return null;
  return text.slice(0, chars).trimEnd() + ELLIPSIS;
}

/** A bar's name: where it is drawn and what it reads (maybe shortened), or null to leave it out. */
export function fitName(bar: ChartBar, edges: VisibleEdges): { x: number; text: string } | null {
  const name = bar.portrayal.actor.name;
  if (!edges) return { x: bar.nameX, text: name };
  const width = textWidth(name);
  const left = edges.left + INSET;
  // No inset on the right: a name may end at the plot's (and so the frame's) last pixel.
  const right = Math.min(edges.right, bar.nameRoom);
  let x = bar.nameX;
  if (x < left) {
    // Slide along the bar (or the room the name already had past its end), never beyond it.
    const slideTo = Math.max(bar.x1, bar.nameX + width) - width;
    x = Math.min(left, slideTo);
    if (x < left) {
      // The bar's end is passing under the edge: what is left of it is too short for the name.
      if (bar.x1 <= left) return null;
      x = left;
    }
  }
  if (x >= right) return null;
  const text = truncate(name, right - x);
  return text === null ? null : { x, text };
}

/** Whether a label spanning x0..x1 is wholly in view (always, before the frame is measured). */
export function inView(x0: number, x1: number, edges: VisibleEdges): boolean {
  return !edges || (x0 >= edges.left + 1 && x1 <= edges.right - 1);
}

/** Where a label of `width` anchored at x goes: its extent from its anchor. */
export function extentOf(x: number, width: number, anchor: 'start' | 'end' | 'middle') {
  if (anchor === 'start') return { x0: x, x1: x + width };
  if (anchor === 'end') return { x0: x - width, x1: x };
  return { x0: x - width / 2, x1: x + width / 2 };
}

/**
 * A year's label: in the middle of the year's visible part, so it stays in view while any of the
 * year is; null when too little of the year is in view to hold it.
 */
export function fitYearLabel(
  yearStart: number,
  yearEnd: number,
  text: string,
  edges: VisibleEdges,
): number | null {
  const middle = (yearStart + yearEnd) / 2;
  if (!edges) return middle;
  const from = Math.max(yearStart, edges.left);
  const to = Math.min(yearEnd, edges.right);
  const half = textWidth(text) / 2 + 2;
  if (to - from < 2 * half) return null;
  return Math.min(Math.max(middle, from + half), to - half);
}
