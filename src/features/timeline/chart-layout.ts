/**
 * Where everything in the cast chart goes, in pixels, computed from data alone: no DOM is
 * measured, so the chart renders the same in a browser, in tests and on a server. Text widths are
 * estimated from character counts, which is enough to keep labels from colliding.
 *
 * Rows are characters grouped by household; a row holds one bar per stint, and bars whose drawn
 * extent (labels included) would collide go to separate lanes of the row, as happens when a
 * recast's handover is known only to the month.
 */
import { scaleLinear } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import type {
  Household,
  Portrayal,
  PortrayalKind,
  TimelineCharacter,
  TimelineMarkers,
} from '../../api/schemas';
import { groupByHousehold } from '../../lib/households';
import { householdLabels } from '../../lib/labels';
import { DAY_MS, daySpan, formatPartialDate } from '../../lib/partial-date';
import { formatStint } from '../../lib/stint';
import { stintBounds } from './stint-bounds';

export const CHART = {
  laneHeight: 30,
  /** From the lane's top: the actor's name sits above the bar. */
  nameBaseline: 11,
  barTop: 14,
  barHeight: 12,
  rowPadding: 3,
  groupHeight: 28,
  axisHeight: 24,
  markerLineHeight: 15,
  pxPerYear: 128,
  minPlotWidth: 840,
  /** How far a start or end that no source dates fades out. */
  unknownFade: 48,
  minBarWidth: 3,
  minHitWidth: 24,
  /** Rough width of one character of 11px text, to keep labels apart without measuring. */
  charWidth: 6.4,
  /** The same for the bold labels of markers. */
  boldCharWidth: 7.2,
  /** Space kept between neighbours in a lane: bars may abut (a handover), never overlap. */
  gap: 0,
} as const;

export type SegmentStyle = 'solid' | 'fade-in' | 'fade-out' | 'faint' | 'unknown';

export interface BarSegment {
  x0: number;
  x1: number;
  style: SegmentStyle;
}

export interface BarLabel {
  x: number;
  text: string;
  anchor: 'start' | 'end';
}

export interface ChartBar {
  id: string;
  portrayal: Portrayal;
  lane: number;
  /** Top of the bar's lane, from the top of the chart body. */
  y: number;
  x0: number;
  x1: number;
  segments: BarSegment[];
  hit: { x0: number; x1: number };
  nameX: number;
  startLabel: BarLabel | null;
  endLabel: BarLabel | null;
}

export interface ChartRow {
  type: 'row';
  character: TimelineCharacter;
  y: number;
  height: number;
  /** Left to right by where each bar starts. */
  bars: ChartBar[];
}

export interface ChartGroup {
  type: 'group';
  household: Household;
  label: string;
  y: number;
  height: number;
}

export type ChartLine = ChartRow | ChartGroup;

export interface ChartMarker {
  id: string;
  kind: 'premiere' | 'leap' | 'as-of' | 'chosen';
  label: string;
  date: string;
  x0: number;
  /** Equal to x0 for a dated day; wider for a leap known only to the month or year. */
  x1: number;
  /** Which line of the header its label sits on, 0 nearest the axis. */
  line: number;
  labelX: number;
  anchor: 'start' | 'end';
}

export interface ChartTick {
  x: number;
  major: boolean;
}

export interface ChartLayout {
  plotWidth: number;
  /** Lines of marker labels above the axis: `headerHeight` is these lines plus the axis. */
  headerLines: number;
  headerHeight: number;
  bodyHeight: number;
  domain: { start: number; end: number };
  ticks: ChartTick[];
  tickLabels: { x: number; text: string }[];
  /** Group headings and rows, top to bottom. */
  lines: ChartLine[];
  rows: ChartRow[];
  markers: ChartMarker[];
  kinds: PortrayalKind[];
  barCount: number;
  /**
   * False when only the first lines were laid out (see `ChartInput.firstLines`); `bodyHeight` is
   * then an estimate and the caller lays out the whole chart next.
   */
  complete: boolean;
}

export interface ChartInput {
  /** The characters to draw, in the order given within each household. */
  rows: TimelineCharacter[];
  /** The stints of those characters (the legend lists the kinds of all of them). */
  portrayals: Portrayal[];
  markers: TimelineMarkers;
  years: { from: number; to: number };
  /** A day to mark on the chart, as `YYYY-MM-DD` (the cast page's chosen date). */
  chosenDay?: string | null;
  /**
   * Lay out only this many lines (group headings and rows) from the top: enough for the first
   * screenful of a very long chart, so it can paint before the rest is placed.
   */
  firstLines?: number;
}

export function textWidth(text: string, bold = false): number {
  return Math.ceil(text.length * (bold ? CHART.boldCharWidth : CHART.charWidth));
}

/** A bar's accessible name: "Actor as Character, from – to", in the wiki's date wording. */
export function stintName(p: Portrayal): string {
  return `${p.actor.name} as ${p.character.name}, ${formatStint(p)}`;
}

type Scale = (day: number) => number;

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

  if (!b.start && b.reportedUntil === null && !b.end) {
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
    const anchorDay = b.end?.earliest ?? b.reportedUntil ?? 0;
    cursor = x(anchorDay);
    segments.push({ x0: cursor - fade, x1: cursor, style: 'fade-in' });
    startLabel = 'unknown';
  }

  if (b.end) {
    if (b.end.latest === b.end.earliest) {
      const end = x(b.end.latest + 1);
      if (b.start) segments.push({ x0: cursor, x1: end, style: 'solid' });
      else segments[segments.length - 1] = { x0: end - fade, x1: end, style: 'fade-in' };
    } else {
      const solidEnd = x(b.end.earliest);
      if (b.start && solidEnd > cursor) segments.push({ x0: cursor, x1: solidEnd, style: 'solid' });
      segments.push({ x0: Math.max(cursor, solidEnd), x1: x(b.end.latest + 1), style: 'fade-out' });
    }
  } else if (p.status === 'ongoing') {
    const reported = b.reportedUntil === null ? cursor : x(b.reportedUntil + 1);
    if (reported > cursor) segments.push({ x0: cursor, x1: reported, style: 'solid' });
    const runsTo = Math.max(reported, x(asOfEnd));
    if (runsTo > reported) segments.push({ x0: reported, x1: runsTo, style: 'faint' });
    endLabel = `as of ${p.asOf ? formatPartialDate(p.asOf) : asOfText}`;
  } else {
    const until = Number.isFinite(b.latestPossible) ? x(b.latestPossible + 1) : cursor + fade;
    segments.push({ x0: cursor, x1: Math.max(until, cursor + fade / 2), style: 'fade-out' });
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

function placeBar(
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
      startLabel,
      endLabel,
    },
    extent: { x0: extent0, x1: extent1 },
  };
}

/**
 * Greedy interval packing: each bar, taken left to right, goes to the first lane whose last bar
 * ends (with a gap) before it starts. Returns each bar's lane, in the order given.
 */
export function assignLanes(
  extents: { x0: number; x1: number }[],
  gap: number = CHART.gap,
): number[] {
  if (extents.length <= 1) return extents.map(() => 0);
  const order = extents.map((_, index) => index);
  order.sort((a, b) => (extents[a]?.x0 ?? 0) - (extents[b]?.x0 ?? 0));
  const laneEnds: number[] = [];
  const lanes = new Array<number>(extents.length).fill(0);
  for (const index of order) {
    const extent = extents[index];
    if (!extent) continue;
    let lane = laneEnds.findIndex((end) => end + gap <= extent.x0);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = extent.x1;
    lanes[index] = lane;
  }
  return lanes;
}

/** Stacks marker labels on header lines so that no two overlap. */
function placeMarkers(
  markers: Omit<ChartMarker, 'line' | 'labelX' | 'anchor'>[],
  width: number,
): ChartMarker[] {
  const placed = markers.map((m) => {
    const w = textWidth(m.label, true);
    const anchor: 'start' | 'end' = m.x0 + 3 + w <= width ? 'start' : 'end';
    const labelX = anchor === 'start' ? m.x0 + 3 : m.x0 - 3;
    const extent =
      anchor === 'start' ? { x0: labelX, x1: labelX + w } : { x0: labelX - w, x1: labelX };
    return { marker: m, labelX, anchor, extent };
  });
  const lines = assignLanes(
    placed.map((p) => p.extent),
    6,
  );
  return placed.map((p, i) => ({
    ...p.marker,
    labelX: p.labelX,
    anchor: p.anchor,
    line: lines[i] ?? 0,
  }));
}

const KIND_ORDER: PortrayalKind[] = [
  'original',
  'recast',
  'post-leap',
  'returning',
  'temporary',
  'prequel',
];

export function layoutChart(input: ChartInput): ChartLayout {
  const { years, markers } = input;
  const start = daySpan(String(years.from)).first;
  const end = daySpan(String(years.to)).last + 1;
  const plotWidth = Math.max(CHART.minPlotWidth, (years.to - years.from + 1) * CHART.pxPerYear);
  // A linear scale over epoch milliseconds: d3-time supplies the ticks, and the wiki writes its own
  // labels, so scaleUtc's tick formatting (d3-time-format, ~3 KB gzip) would be dead weight.
  const scale = scaleLinear()
    .domain([start * DAY_MS, end * DAY_MS])
    .range([0, plotWidth]);
  const x: Scale = (day) => scale(day * DAY_MS);
  const asOfEnd = daySpan(markers.asOf).last + 1;
  const asOfText = formatPartialDate(markers.asOf);

  // One pass over the stints and one over the rows: on a first screenful of a long chart these
  // loops, not the few bars placed, are most of the work.
  const stintsByCharacter = new Map<string, Portrayal[]>();
  const kinds = new Set<PortrayalKind>();
  for (const p of input.portrayals) {
    const list = stintsByCharacter.get(p.character.id);
    if (list) list.push(p);
    else stintsByCharacter.set(p.character.id, [p]);
    kinds.add(p.kind);
  }

  const lines: ChartLine[] = [];
  const rows: ChartRow[] = [];
  let y = 0;
  let barCount = 0;
  let unplacedRows = 0;
  let unplacedGroups = 0;
  const limit = input.firstLines ?? Infinity;
  const drawn: TimelineCharacter[] = [];
  for (const c of input.rows) {
    const stints = stintsByCharacter.get(c.id);
    if (!stints) continue;
    barCount += stints.length;
    drawn.push(c);
  }
  for (const { household, members } of groupByHousehold(drawn)) {
    if (lines.length >= limit) {
      // Past the first screenful: counted, to size the chart, but not placed.
      unplacedGroups++;
      unplacedRows += members.length;
      continue;
    }
    lines.push({
      type: 'group',
      household,
      label: householdLabels[household],
      y,
      height: CHART.groupHeight,
    });
    y += CHART.groupHeight;
    for (const character of members) {
      if (lines.length >= limit) {
        unplacedRows++;
        continue;
      }
      const placed = (stintsByCharacter.get(character.id) ?? []).map((p) =>
        placeBar(p, x, plotWidth, asOfEnd, asOfText),
      );
      const lanes = assignLanes(placed.map((b) => b.extent));
      let laneCount = 1;
      const bars: ChartBar[] = placed.map(({ bar }, i) => {
        bar.lane = lanes[i] ?? 0;
        bar.y = y + CHART.rowPadding + bar.lane * CHART.laneHeight;
        laneCount = Math.max(laneCount, bar.lane + 1);
        return bar;
      });
      bars.sort((a, b) => a.x0 - b.x0 || a.lane - b.lane);
      const height = laneCount * CHART.laneHeight + 2 * CHART.rowPadding;
      const row: ChartRow = { type: 'row', character, y, height, bars };
      lines.push(row);
      rows.push(row);
      y += height;
    }
  }

  const markerInputs: Omit<ChartMarker, 'line' | 'labelX' | 'anchor'>[] = [];
  const addMarker = (
    id: string,
    kind: ChartMarker['kind'],
    label: string,
    date: string,
    day0: number,
    day1: number,
  ) => {
    if (day1 < start || day0 >= end) return;
    markerInputs.push({ id, kind, label, date, x0: x(day0), x1: x(day1) });
  };
  if (markers.premiere) {
    const d = daySpan(markers.premiere).first;
    addMarker('premiere', 'premiere', 'Premiere', markers.premiere, d, d);
  }
  for (const leap of markers.leaps) {
    if (!leap.aired) continue;
    const d0 = daySpan(leap.aired).first;
    const d1 = daySpan(leap.aired).last;
    addMarker(leap.id, 'leap', leap.label, leap.aired, d0, d0 === d1 ? d0 : d1 + 1);
  }
  addMarker('as-of', 'as-of', `As of ${asOfText}`, markers.asOf, asOfEnd, asOfEnd);
  if (input.chosenDay) {
    const d = daySpan(input.chosenDay).first;
    addMarker('chosen', 'chosen', formatPartialDate(input.chosenDay), input.chosenDay, d, d);
  }
  const placedMarkers = placeMarkers(markerInputs, plotWidth);
  const markerLines = Math.max(0, ...placedMarkers.map((m) => m.line + 1));

  const monthly = plotWidth / (years.to - years.from + 1) >= 480;
  const domainDates = [new Date(start * DAY_MS), new Date(end * DAY_MS)] as const;
  const yearTicks = utcYear.range(...domainDates);
  if (yearTicks[0]?.getTime() !== domainDates[0].getTime()) yearTicks.unshift(domainDates[0]);
  const ticks: ChartTick[] = yearTicks.map((d) => ({ x: scale(d.getTime()), major: true }));
  const tickLabels = yearTicks.map((d, i) => {
    const next = yearTicks[i + 1] ?? domainDates[1];
    return {
      x: (scale(d.getTime()) + scale(next.getTime())) / 2,
      text: String(d.getUTCFullYear()),
    };
  });
  if (monthly) {
    for (const d of utcMonth.range(...domainDates)) {
      if (d.getUTCMonth() !== 0) ticks.push({ x: scale(d.getTime()), major: false });
    }
  }

  return {
    plotWidth,
    headerLines: markerLines,
    headerHeight: markerLines * CHART.markerLineHeight + CHART.axisHeight,
    bodyHeight:
      y +
      unplacedGroups * CHART.groupHeight +
      unplacedRows * (CHART.laneHeight + 2 * CHART.rowPadding),
    domain: { start, end },
    ticks,
    tickLabels,
    lines,
    rows,
    markers: placedMarkers,
    kinds: KIND_ORDER.filter((k) => kinds.has(k)),
    barCount,
    complete: unplacedRows === 0,
  };
}

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
