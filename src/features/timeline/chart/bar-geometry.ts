/**
 * Where one stint's bar goes in a row: its solid, fading and faint segments, the labels at its
 * ends, and the area that takes clicks. Lanes and rows are chart-layout.ts's business.
 */
import type { Portrayal } from '../../../api/schemas';
import { formatPartialDate } from '../../../lib/partial-date';
import { CHART, textWidth } from './chart-metrics';
import type { BarLabel, BarSegment, ChartBar } from './chart-types';
import { stintBounds } from '../../../lib/presence';

/** Where a day (days since 1970-01-01) falls across the plot, in pixels. */
export type Scale = (day: number) => number;

function barGeometry(
  p: Portrayal,
  x: Scale,
  asOfEnd: number,
  asOfText: string,
): { segments: BarSegment[]; startLabel: string | null; endLabel: string | null } {
  const b = stintBounds(p);
  const fade = CHART.unknownFade;
  const segments: BarSegment[] = [];
  let startLabel: string | null = null;
  let endLabel: string | null = null;

  // The segments follow the cases of presenceDetail (src/lib/presence.ts), day for day: solid
  // where the actor is surely in the role, faded where probably, a fading tail where nothing
  // reports them (tests/unit/presence-agreement.test.ts holds the two together).
  const anchorDay = b.end?.earliest ?? b.reportedUntil ?? b.lastReport;
  if (!b.start && anchorDay === null) {
    // Nothing dates this stint: at most a report says it was over by a date.
    const anchor = Number.isFinite(b.latestPossible) ? x(b.latestPossible + 1) : x(asOfEnd);
    segments.push({ x0: anchor - 2 * fade, x1: anchor, style: 'unknown' });
    return { segments, startLabel: 'dates unknown', endLabel: null };
  }

  // Where the surely-known part begins.
  let cursor: number;
  if (b.start) {
    if (b.start.latest > b.start.earliest)
      segments.push({ x0: x(b.start.earliest), x1: x(b.start.latest), style: 'fade-in' });
    cursor = x(b.start.latest);
  } else {
    cursor = x(anchorDay ?? 0);
    segments.push({ x0: cursor - fade, x1: cursor, style: 'unreported-before' });
    startLabel = 'unknown';
  }

  if (b.end) {
    // The first day of an end window is still a day in the role (reportedUntil).
    const solidEnd = b.start ? x(b.end.earliest + 1) : cursor;
    if (solidEnd > cursor) segments.push({ x0: cursor, x1: solidEnd, style: 'solid' });
    const endX = x(b.end.latest + 1);
    if (endX > Math.max(cursor, solidEnd))
      segments.push({ x0: Math.max(cursor, solidEnd), x1: endX, style: 'fade-out' });
  } else if (p.status === 'ongoing') {
    const reported = b.reportedUntil === null ? cursor : x(b.reportedUntil + 1);
    if (reported > cursor) segments.push({ x0: cursor, x1: reported, style: 'solid' });
    const runsTo = Math.max(reported, x(asOfEnd));
    if (runsTo > reported) segments.push({ x0: reported, x1: runsTo, style: 'faint' });
    endLabel = `as of ${p.asOf ? formatPartialDate(p.asOf) : asOfText}`;
  } else {
    // No end date and not running: probable up to a report that still speaks of the role, then
    // a tail fading out, over by the report that says it ended or after a short way.
    let from = cursor;
    if (b.lastReport !== null && x(b.lastReport + 1) > cursor) {
      from = x(b.lastReport + 1);
      segments.push({ x0: cursor, x1: from, style: 'faint' });
    }
    const until = Number.isFinite(b.latestPossible) ? x(b.latestPossible + 1) : from + fade;
    segments.push({ x0: from, x1: Math.max(until, from + fade / 2), style: 'unreported-after' });
    endLabel = 'end unknown';
  }

  return { segments, startLabel, endLabel };
}

/**
 * Clamps segments to the plot, in place; a stint that falls wholly outside keeps a sliver at
 * the edge so it can still be focused.
 */
function clampSegments(segments: BarSegment[], width: number): BarSegment[] {
  const style = segments[0]?.style ?? 'unknown';
  const outsideRight = (segments[0]?.x0 ?? 0) >= width;
  let kept = 0;
  for (const s of segments) {
    s.x0 = Math.max(0, s.x0);
    s.x1 = Math.min(width, s.x1);
    if (s.x1 > s.x0) segments[kept++] = s;
  }
  segments.length = kept;
  const first = segments[0];
  const last = segments[kept - 1];
  if (!first || !last) {
    const edge = outsideRight ? width - CHART.minBarWidth : 0;
    return [{ x0: edge, x1: edge + CHART.minBarWidth, style }];
  }
  if (last.x1 - first.x0 < CHART.minBarWidth) {
    last.x1 = Math.min(width, first.x0 + CHART.minBarWidth);
    if (last.x1 - first.x0 < CHART.minBarWidth) first.x0 = last.x1 - CHART.minBarWidth;
  }
  return segments;
}

interface PlacedBar {
  /** Lane and y are set once the row's lanes are known. */
  bar: ChartBar;
  /** What the bar takes up with its labels, for packing lanes. */
  extent: { x0: number; x1: number };
}

export function placeBar(
  p: Portrayal,
  x: Scale,
  width: number,
  asOfEnd: number,
  asOfText: string,
): PlacedBar {
  const geometry = barGeometry(p, x, asOfEnd, asOfText);
  const segments = clampSegments(geometry.segments, width);
  const x0 = segments[0]?.x0 ?? 0;
  const x1 = segments[segments.length - 1]?.x1 ?? x0;
  const nameWidth = textWidth(p.actor.name);
  const nameX = Math.max(0, Math.min(x0, width - nameWidth));
  let extent0 = Math.min(x0, nameX);
  let extent1 = Math.max(x1, nameX + nameWidth);

  let startLabel: BarLabel | null = null;
  if (geometry.startLabel !== null) {
    const text = geometry.startLabel;
    const w = textWidth(text);
    // Before the bar when there is room, else just inside its faded start.
    startLabel =
      x0 - 4 - w >= 0 ? { x: x0 - 4, text, anchor: 'end' } : { x: x0 + 2, text, anchor: 'start' };
    if (startLabel.anchor === 'end') extent0 = Math.min(extent0, x0 - 4 - w);
  }
  let endLabel: BarLabel | null = null;
  if (geometry.endLabel !== null) {
    const text = geometry.endLabel;
    const w = textWidth(text);
    endLabel =
      x1 + 4 + w <= width
        ? { x: x1 + 4, text, anchor: 'start' }
        : { x: x1 - 2, text, anchor: 'end' };
    if (endLabel.anchor === 'start') extent1 = Math.max(extent1, x1 + 4 + w);
  }

  let hit0 = Math.min(x0, nameX);
  let hit1 = Math.max(x1, nameX + nameWidth);
  if (hit1 - hit0 < CHART.minHitWidth) {
    const middle = (hit0 + hit1) / 2;
    hit0 = middle - CHART.minHitWidth / 2;
    hit1 = middle + CHART.minHitWidth / 2;
  }
  return {
    bar: {
      id: p.id,
      portrayal: p,
      lane: 0,
      y: 0,
      x0,
      x1,
      segments,
      hit: { x0: hit0, x1: hit1 },
      nameX,
      nameRoom: width,
      startLabel,
      endLabel,
    },
    extent: { x0: extent0, x1: extent1 },
  };
}
