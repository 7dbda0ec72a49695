import { describe, expect, it } from 'vitest';
import type { TimelineCharacter, TimelineMarkers } from '../../src/api/timeline-schemas';
import { layoutChart } from '../../src/features/timeline/chart/chart-layout';
import type { ChartBar, ChartInput } from '../../src/features/timeline/chart/chart-types';
import { fitName, fitYearLabel, truncate } from '../../src/features/timeline/chart/label-fit';
import { NO_FILTER } from '../../src/features/timeline/timeline-filters';
import { chartYears, readTimelineView, withView } from '../../src/features/timeline/timeline-view';
import { stint } from '../timeline-fixtures';

const samar: TimelineCharacter = { id: 'samar-shah', name: 'Samar Shah', household: 'shah' };
const anupamaa: TimelineCharacter = { id: 'anupamaa', name: 'Anupamaa', household: 'shah' };
const paras = stint('samar-shah--paras-kalnawat', samar, { from: '2020-07-13', to: '2022-07-26' });
const sagar = stint('samar-shah--sagar-parekh', samar, {
  from: '2022-08',
  to: '2023-10',
  kind: 'recast',
});
const rupali = stint('anupamaa--rupali-ganguly', anupamaa, {
  from: '2020-07-13',
  status: 'ongoing',
});
const span = { min: 2020, max: 2026 };

/** The wiki's own leaps as the API gives them: one known to the month, one to the year only. */
const markers: TimelineMarkers = {
  premiere: '2020-07-13',
  leaps: [
    { id: 'leap-2023', label: 'Leap of about five years', aired: '2023-12' },
    { id: 'leap-2024-6-month', label: 'Six-month leap', aired: '2024' },
    { id: 'leap-2024-15-year', label: 'Fifteen-year generation leap', aired: '2024-10' },
  ],
  asOf: '2026-03-13',
};
const input: ChartInput = {
  rows: [anupamaa, samar],
  portrayals: [rupali, paras, sagar],
  markers,
  years: { from: 2020, to: 2026 },
};

function barOf(id: string, layoutInput: ChartInput = input): ChartBar {
  const found = layoutChart(layoutInput)
    .rows.flatMap((r) => r.bars)
    .find((b) => b.id === id);
  if (!found) throw new Error(`no bar ${id}`);
  return found;
}

describe('the view in the URL', () => {
  it('reads chart or list, and anything else as the width’s choice', () => {
    expect(readTimelineView(new URLSearchParams('view=list'))).toBe('list');
    expect(readTimelineView(new URLSearchParams('view=chart'))).toBe('chart');
    expect(readTimelineView(new URLSearchParams('view=table'))).toBe('auto');
    expect(readTimelineView(new URLSearchParams(''))).toBe('auto');
  });

  it('adds the view after the filters, and drops it for the width’s choice', () => {
    const params = new URLSearchParams('character=samar-shah');
    expect(withView(params, 'list').toString()).toBe('character=samar-shah&view=list');
    expect(withView(new URLSearchParams('view=list'), 'auto').toString()).toBe('');
  });
});

describe('the years a chart covers', () => {
  it('is the whole run unfiltered, and the stints’ years for a character', () => {
    expect(chartYears({ portrayals: [rupali, paras, sagar] }, NO_FILTER, span, '2026-03')).toEqual({
      from: 2020,
      to: 2026,
    });
    expect(
      chartYears(
        { portrayals: [paras, sagar] },
        { ...NO_FILTER, character: 'samar-shah' },
        span,
        '2026-03',
      ),
    ).toEqual({ from: 2020, to: 2023 });
  });

  it('keeps within the years the filter names, and runs an ongoing stint to the newest source', () => {
    const filter = { ...NO_FILTER, character: 'samar-shah', toYear: 2021 };
    expect(chartYears({ portrayals: [paras] }, filter, span, '2026-03')).toEqual({
      from: 2020,
      to: 2021,
    });
    const actor = { ...NO_FILTER, actor: 'rupali-ganguly' };
    expect(chartYears({ portrayals: [rupali] }, actor, span, '2026-03')).toEqual({
      from: 2020,
      to: 2026,
    });
  });
});

describe('a chart fitted to its width', () => {
  it('fills the width given, but never less than 44px a year', () => {
    expect(
      layoutChart({ ...input, years: { from: 2020, to: 2023 }, fitWidth: 200 }).plotWidth,
    ).toBe(200);
    expect(layoutChart({ ...input, fitWidth: 200 }).plotWidth).toBe(7 * 44);
    expect(layoutChart(input).plotWidth).toBeGreaterThanOrEqual(840);
  });
});

describe('labels that scrolling would cut', () => {
  it('shortens text with an ellipsis, or leaves it out when under two letters fit', () => {
    expect(truncate('Sagar Parekh', 200)).toBe('Sagar Parekh');
    expect(truncate('Sagar Parekh', 50)).toBe('Sagar…');
    expect(truncate('Sagar Parekh', 12)).toBeNull();
  });

  it('keeps a long bar’s name at the visible left edge, within its bar', () => {
    const bar = barOf('anupamaa--rupali-ganguly');
    expect(fitName(bar, null)).toEqual({ x: bar.nameX, text: 'rupali ganguly' });
    expect(fitName(bar, { left: 300, right: 600 })).toEqual({ x: 304, text: 'rupali ganguly' });
    // While any of the bar is in view, its name starts at the edge, past the bar's end if need be.
    const nearEnd = bar.x1 - 20;
    expect(fitName(bar, { left: nearEnd, right: nearEnd + 300 })).toEqual({
      x: nearEnd + 4,
      text: 'rupali ganguly',
    });
  });

  it('leaves out the name of a bar that has scrolled out of view', () => {
    const bar = barOf('samar-shah--paras-kalnawat');
    expect(fitName(bar, { left: bar.x1 + 50, right: bar.x1 + 400 })).toBeNull();
  });

  it('shortens a name the frame’s right edge would cut', () => {
    const bar = barOf('samar-shah--sagar-parekh');
    const name = fitName(bar, { left: 0, right: bar.nameX + 40 });
    expect(name?.text).toMatch(/…$/);
  });

  it('keeps a year’s label in the visible part of its year, or leaves it out', () => {
    expect(fitYearLabel(0, 128, '2020', null)).toBe(64);
    expect(fitYearLabel(0, 128, '2020', { left: 80, right: 500 })).toBeGreaterThanOrEqual(80);
    expect(fitYearLabel(0, 128, '2020', { left: 120, right: 500 })).toBeNull();
  });
});

describe('leap markers', () => {
  it('read in time order from the top, each below any earlier label it overlaps', () => {
    const layout = layoutChart(input);
    const leaps = layout.markers.filter((m) => m.kind === 'leap');
    expect(leaps.map((m) => m.id)).toEqual(['leap-2023', 'leap-2024-6-month', 'leap-2024-15-year']);
    // Line 0 is next to the axis: an earlier, overlapping label sits on a higher line.
    const [a, b, c] = leaps.map((m) => m.line);
    expect(a).toBeGreaterThan(b!);
    expect(b).toBeGreaterThan(c!);
  });

  it('draws the year-only leap as a span that does not swallow the October leap’s label', () => {
    const layout = layoutChart(input);
    const year = layout.markers.find((m) => m.id === 'leap-2024-6-month')!;
    const october = layout.markers.find((m) => m.id === 'leap-2024-15-year')!;
    expect(year.x1 - year.x0).toBeGreaterThan(100);
    expect(october.x0).toBeGreaterThan(year.x0);
    expect(october.x0).toBeLessThan(year.x1);
    expect(october.line).not.toBe(year.line);
  });

  it('keeps every marker label clear of the others on its line', () => {
    for (const fitWidth of [null, 200, 320]) {
      const layout = layoutChart({ ...input, fitWidth });
      for (const m of layout.markers) {
        for (const other of layout.markers) {
          if (other === m || other.line !== m.line) continue;
          const w = (x: typeof m) => x.label.length * 7.2;
          const span = (x: typeof m): [number, number] =>
            x.anchor === 'start' ? [x.labelX, x.labelX + w(x)] : [x.labelX - w(x), x.labelX];
          const [a0, a1] = span(m);
          const [b0, b1] = span(other);
          expect(a1 <= b0 || b1 <= a0, `${m.id} and ${other.id}`).toBe(true);
        }
      }
    }
  });
});
