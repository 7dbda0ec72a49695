/**
 * The chart's fixed sizes, in pixels. Text widths are estimated from character counts rather than
 * measured, so the layout needs no DOM and renders the same in a browser, in tests and on a server.
 */
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
  /** The narrowest year of a chart fitted to its frame: room for "2024" and a short name. */
  minPxPerYear: 44,
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

export function textWidth(text: string, bold = false): number {
  return Math.ceil(text.length * (bold ? CHART.boldCharWidth : CHART.charWidth));
}
