/**
 * The chart and the cast on a date read every stint through one rule (src/lib/presence.ts).
 * This walks the whole dataset: for every stint and the 15th of every month from the premiere to
 * the newest source, the state the chart draws on that day and the group the cast page puts the
 * stint in must agree.
 */
import { describe, expect, it } from 'vitest';
import { placeBar } from '../../src/features/timeline/chart/bar-geometry';
import type { SegmentStyle } from '../../src/features/timeline/chart/chart-types';
import { groupCast, type CastGroupKind } from '../../src/features/timeline/cast-on-date';
import { daySpan, firstDay, formatPartialDate, isoOfDay } from '../../src/lib/partial-date';
import { dataset } from '../../src/mock-api/dataset';
import { createDb } from '../../src/mock-api/db';

const timeline = createDb(dataset).timeline({});
const premiere = timeline.markers.premiere ?? '2020-07-13';
const start = firstDay(premiere.slice(0, 4));
const asOfEnd = daySpan(timeline.markers.asOf).last + 1;
// Two pixels a day: wide enough that no bar is stretched to its minimum width over a 15th.
const PX_PER_DAY = 2;
const x = (day: number) => (day - start) * PX_PER_DAY;
const width = x(asOfEnd + 400);

/** The 15th of every month from the premiere's month to the newest source. */
function fifteenths(): number[] {
  const days: number[] = [];
  const [y0, m0] = premiere.split('-').map(Number) as [number, number];
  for (let y = y0, m = m0; ; m === 12 ? ((y += 1), (m = 1)) : (m += 1)) {
    const day = firstDay(`${y}-${String(m).padStart(2, '0')}-15`);
    if (day >= asOfEnd) return days;
    days.push(day);
  }
}

/** What the chart draws at the middle of a day: a segment's style, or nothing. */
function drawnOn(day: number, segments: { x0: number; x1: number; style: SegmentStyle }[]) {
  const at = x(day) + PX_PER_DAY / 2;
  return segments.find((s) => s.x0 <= at && at < s.x1)?.style ?? 'none';
}

/** The cast groups each chart style may stand for. */
const AGREES: Record<SegmentStyle | 'none', readonly (CastGroupKind | 'out')[]> = {
  solid: ['in'],
  'fade-in': ['probably'],
  'fade-out': ['probably'],
  faint: ['probably'],
  unknown: ['unreported'],
  'unreported-before': ['unreported'],
  'unreported-after': ['unreported'],
  none: ['unreported', 'out'],
};

describe('the chart and the cast on a date agree', () => {
  const days = fifteenths();

  it('covers every stint on every month of the run', () => {
    expect(days.length).toBeGreaterThan(60);
    expect(timeline.portrayals.length).toBeGreaterThan(40);
  });

  it('draws each stint on each 15th as the cast page groups it', () => {
    const groupsOn = new Map(
      days.map((day) => {
        const groups = groupCast(day, timeline);
        const kindOf = new Map<string, CastGroupKind>();
        for (const g of groups.onScreen)
          for (const e of g.entries) kindOf.set(e.portrayal.id, 'in');
        for (const e of groups.probably) kindOf.set(e.portrayal.id, 'probably');
        for (const e of groups.unreported) kindOf.set(e.portrayal.id, 'unreported');
        return [day, kindOf] as const;
      }),
    );
    const disagreements: string[] = [];
    for (const p of timeline.portrayals) {
      const { segments } = placeBar(p, x, width, asOfEnd, 'as of').bar;
      for (const day of days) {
        const style = drawnOn(day, segments);
        const group = groupsOn.get(day)?.get(p.id) ?? 'out';
        if (!AGREES[style].includes(group))
          disagreements.push(
            `${p.id} on ${formatPartialDate(isoOfDay(day))}: chart ${style}, cast ${group}`,
          );
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('no longer counts Mamaji present years after his last report', () => {
    const day = firstDay('2024-11-15');
    const groups = groupCast(day, timeline);
    const mamaji = groups.unreported.find((e) => e.portrayal.id === 'mamaji--shekhar-shukla');
    expect(mamaji?.reason).toBe('not reported since 2020');
    const bar = placeBar(
      timeline.portrayals.find((p) => p.id === 'mamaji--shekhar-shukla')!,
      x,
      width,
      asOfEnd,
      'as of',
    ).bar;
    expect(drawnOn(day, bar.segments)).toBe('none');
  });
});
