/** The shapes of a laid-out cast chart: what chart-layout.ts computes and the chart draws. */
import type { Household, Portrayal, PortrayalKind } from '../../../api/schemas';
import type { TimelineCharacter, TimelineMarkers } from '../../../api/timeline-schemas';

/**
 * How a stretch of a bar is drawn. The "unreported" tails look like fades but mean that nothing
 * places the actor in the role there (see src/lib/presence.ts).
 */
export type SegmentStyle =
  'solid' | 'fade-in' | 'fade-out' | 'faint' | 'unknown' | 'unreported-before' | 'unreported-after';

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
  /** How far right the name may reach in its lane: the next bar's start, or the plot's end. */
  nameRoom: number;
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
  /** The reader's spoiler horizon the axis ends at (the "As of" line is then that day), or null. */
  until: string | null;
  ticks: ChartTick[];
  /** Each year's label, in the middle of the year that runs from x0 to x1. */
  tickLabels: { x: number; x0: number; x1: number; text: string }[];
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
  /**
   * The width the plot has on screen, when known: the chart is fitted to it (never narrower than
   * CHART.minPxPerYear a year) instead of taking its fixed width per year.
   */
  fitWidth?: number | null;
  /**
   * The last day drawn (the reader's spoiler horizon, `YYYY-MM-DD`): the time axis ends there, not
   * at the end of `years.to`. Null or absent: whole years.
   */
  until?: string | null;
  /** A day to mark on the chart, as `YYYY-MM-DD` (the cast page's chosen date). */
  chosenDay?: string | null;
  /**
   * Lay out only this many lines (group headings and rows) from the top: enough for the first
   * screenful of a very long chart, so it can paint before the rest is placed.
   */
  firstLines?: number;
}
