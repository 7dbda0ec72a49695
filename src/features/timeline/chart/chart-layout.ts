/**
 * Where everything in the cast chart goes, in pixels, computed from data alone: no DOM is
 * measured, so the chart renders the same in a browser, in tests and on a server.
 *
 * Rows are characters grouped by household; a row holds one bar per stint (bar-geometry.ts), and
 * bars whose drawn extent (labels included) would collide go to separate lanes of the row, as
 * happens when a recast's handover is known only to the month.
 */
import type { Portrayal, PortrayalKind } from '../../../api/schemas';
import type { TimelineCharacter } from '../../../api/timeline-schemas';
import { groupByHousehold } from '../../../lib/households';
import { householdLabels } from '../../../lib/labels';
import { daySpan, formatPartialDate } from '../../../lib/partial-date';
import { placeBar } from './bar-geometry';
import { CHART, textWidth } from './chart-metrics';
import { monthStarts, timeScale, yearStarts } from './time-scale';
import type {
  ChartBar,
  ChartInput,
  ChartLayout,
  ChartLine,
  ChartMarker,
  ChartRow,
  ChartTick,
} from './chart-types';

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

/**
 * Stacks marker labels on header lines so that no two overlap and they read in time order: taken
 * oldest first, each goes on the line below every earlier label (or range) it would overlap, and
 * back to the top line once it overlaps none. Top to bottom is then oldest to newest, and a
 * rule dropping from a label to the axis never crosses a label below it (those start later).
 * A marker known only to the year or month is a range: its bracket takes its whole width.
 * Lines are numbered from the axis up, as the header draws them.
 */
function placeMarkers(
  markers: Omit<ChartMarker, 'line' | 'labelX' | 'anchor'>[],
  width: number,
): ChartMarker[] {
  const ordered = [...markers].sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
  const placed = ordered.map((m) => {
    const w = textWidth(m.label, true);
    const anchor: 'start' | 'end' = m.x0 + 3 + w <= width ? 'start' : 'end';
    const labelX = anchor === 'start' ? m.x0 + 3 : m.x0 - 3;
    const x0 = Math.min(anchor === 'start' ? labelX : labelX - w, m.x0);
    const x1 = Math.max(anchor === 'start' ? labelX + w : labelX, m.x1);
    return { marker: m, labelX, anchor, extent: { x0, x1 }, fromTop: 0 };
  });
  const gap = 6;
  placed.forEach((p, i) => {
    for (const earlier of placed.slice(0, i)) {
      if (earlier.extent.x1 + gap > p.extent.x0 && earlier.extent.x0 < p.extent.x1 + gap)
        p.fromTop = Math.max(p.fromTop, earlier.fromTop + 1);
    }
  });
  const lines = Math.max(0, ...placed.map((p) => p.fromTop + 1));
  return placed.map((p) => ({
    ...p.marker,
    labelX: p.labelX,
    anchor: p.anchor,
    line: lines - 1 - p.fromTop,
  }));
}

const DAYS_PER_YEAR = 365.25;

const KIND_ORDER: PortrayalKind[] = [
  'original',
  'recast',
  'post-leap',
  'returning',
  'temporary',
  'prequel',
  'cameo',
  'child',
];

export function layoutChart(input: ChartInput): ChartLayout {
  const { years, markers } = input;
  const until = input.until ?? null;
  // Years drawn, a part of the last one when the axis ends at a horizon inside it.
  const days = timeScale(years, 1, until);
  const yearCount =
    until === null ? years.to - years.from + 1 : (days.end - days.start) / DAYS_PER_YEAR;
  const plotWidth = input.fitWidth
    ? Math.max(Math.floor(input.fitWidth), Math.ceil(yearCount * CHART.minPxPerYear))
    : Math.max(CHART.minPlotWidth, Math.round(yearCount * CHART.pxPerYear));
  const { start, end, x } = timeScale(years, plotWidth, until);
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
      const bars: ChartBar[] = placed.map(({ bar, extent }, i) => {
        bar.lane = lanes[i] ?? 0;
        // A name sliding along its bar as the chart scrolls stops short of the next in its lane.
        for (let j = 0; j < placed.length; j++) {
          const next = placed[j];
          if (j !== i && next && lanes[j] === bar.lane && next.extent.x0 >= extent.x1)
            bar.nameRoom = Math.min(bar.nameRoom, next.extent.x0 - CHART.gap - 4);
        }
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
    // The newest source's line may sit on the plot's right edge (the axis ends at a horizon).
    if (day1 < start || day0 > end || (day0 === end && kind !== 'as-of')) return;
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

  const yearDays = yearStarts(years);
  const ticks: ChartTick[] = yearDays.map((day) => ({ x: x(day), major: true }));
  // Each year's label sits in the middle of its year.
  const tickLabels = yearDays.map((day, i) => ({
    x: (x(day) + x(yearDays[i + 1] ?? end)) / 2,
    x0: x(day),
    x1: x(yearDays[i + 1] ?? end),
    text: String(years.from + i),
  }));
  if (plotWidth / yearCount >= 480) {
    for (const day of monthStarts(years)) if (day < end) ticks.push({ x: x(day), major: false });
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
    until,
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
