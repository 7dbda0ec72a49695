import { describe, expect, it } from 'vitest';
import type { TimelineCharacter, TimelineMarkers } from '../../src/api/timeline-schemas';
import { stintName } from '../../src/features/timeline/chart/chart-bar';
import { indexBars, moveFocus } from '../../src/features/timeline/chart/chart-keys';
import { assignLanes, layoutChart } from '../../src/features/timeline/chart/chart-layout';
import type { ChartBar, ChartInput } from '../../src/features/timeline/chart/chart-types';
import { linesInView } from '../../src/features/timeline/chart/use-visible-lines';
import {
  applyTimelineFilter,
  filterToParams,
  NO_FILTER,
  readTimelineFilter,
  type FilterChoices,
} from '../../src/features/timeline/timeline-filters';
import { stint } from '../timeline-fixtures';

const anupamaa: TimelineCharacter = { id: 'anupamaa', name: 'Anupamaa', household: 'shah' };
const samar: TimelineCharacter = { id: 'samar-shah', name: 'Samar Shah', household: 'shah' };
const paritosh: TimelineCharacter = { id: 'paritosh', name: 'Paritosh', household: 'shah' };
const anuj: TimelineCharacter = { id: 'anuj', name: 'Anuj', household: 'kapadia' };
const markers: TimelineMarkers = {
  premiere: '2020-07-13',
  leaps: [
    { id: 'leap-a', label: 'Leap of about five years', aired: '2023-12' },
    { id: 'leap-b', label: 'Six-month leap', aired: '2024' },
    { id: 'leap-unknown', label: 'Undated leap', aired: null },
  ],
  asOf: '2026-03-13',
};

const portrayals = [
  stint('anupamaa--rupali-ganguly', anupamaa, {
    from: '2020-07-13',
    status: 'ongoing',
    asOf: '2026-03',
  }),
  stint('samar-shah--paras-kalnawat', samar, { from: '2020-07-13', to: '2022-07-26' }),
  stint('samar-shah--sagar-parekh', samar, { from: '2022-08', to: '2023-10', kind: 'recast' }),
  stint('paritosh--aashish', paritosh, { from: '2020-07-13', to: '2024-05' }),
  stint('paritosh--gaurav', paritosh, { from: '2024-05', to: '2024-10', kind: 'recast' }),
  stint('anuj--gaurav-khanna', anuj, { from: null, to: '2024-10' }),
];
const input: ChartInput = {
  rows: [anuj, anupamaa, samar, paritosh],
  portrayals,
  markers,
  years: { from: 2020, to: 2026 },
};

function bar(id: string): ChartBar {
  const found = layoutChart(input)
    .rows.flatMap((r) => r.bars)
    .find((b) => b.id === id);
  if (!found) throw new Error(`no bar ${id}`);
  return found;
}

describe('chart layout', () => {
  it('groups rows by household in the wiki order, each under its heading', () => {
    const layout = layoutChart(input);
    expect(
      layout.lines.map((l) => (l.type === 'group' ? `# ${l.household}` : l.character.id)),
    ).toEqual(['# shah', 'anupamaa', 'samar-shah', 'paritosh', '# kapadia', 'anuj']);
    // Lines stack without gaps or overlaps.
    for (let i = 1; i < layout.lines.length; i++) {
      const previous = layout.lines[i - 1]!;
      expect(layout.lines[i]!.y).toBe(previous.y + previous.height);
    }
    expect(layout.bodyHeight).toBe(layout.lines.at(-1)!.y + layout.lines.at(-1)!.height);
    expect(layout.barCount).toBe(6);
    expect(layout.kinds).toEqual(['original', 'recast']);
  });

  it('names each bar "Actor as Character, from – to" in the wiki wording', () => {
    expect(stintName(bar('samar-shah--paras-kalnawat').portrayal)).toBe(
      'paras kalnawat as Samar Shah, 13 Jul 2020 – 26 Jul 2022',
    );
    expect(stintName(bar('anupamaa--rupali-ganguly').portrayal)).toBe(
      'rupali ganguly as Anupamaa, 13 Jul 2020 – present (as of Mar 2026)',
    );
  });

  it('draws a month-only start as a fade, and a dated end as a hard edge', () => {
    const sagar = bar('samar-shah--sagar-parekh');
    expect(sagar.segments.map((s) => s.style)).toEqual(['fade-in', 'solid', 'fade-out']);
    const paras = bar('samar-shah--paras-kalnawat');
    expect(paras.segments.map((s) => s.style)).toEqual(['solid']);
    // Sagar starts after Paras ends, so both share a lane.
    expect(sagar.lane).toBe(paras.lane);
    expect(sagar.x0).toBeGreaterThan(paras.x1);
  });

  it('runs an ongoing role to the newest source and says "as of"', () => {
    const lead = bar('anupamaa--rupali-ganguly');
    const asOf = layoutChart(input).markers.find((m) => m.kind === 'as-of');
    expect(lead.segments.at(-1)?.style).toBe('faint');
    expect(lead.x1).toBeCloseTo(asOf!.x0, 5);
    expect(lead.endLabel?.text).toBe('as of Mar 2026');
  });

  it('draws an unknown start as an open fade labelled "unknown"', () => {
    const anujBar = bar('anuj--gaurav-khanna');
    // Faded in where nothing reports the actor yet (see src/lib/presence.ts).
    expect(anujBar.segments[0]?.style).toBe('unreported-before');
    expect(anujBar.startLabel?.text).toBe('unknown');
  });

  it('puts bars whose handover month overlaps on separate lanes', () => {
    const layout = layoutChart(input);
    const row = layout.rows.find((r) => r.character.id === 'paritosh')!;
    expect(row.bars.map((b) => b.lane).sort()).toEqual([0, 1]);
    expect(row.height).toBeGreaterThan(
      layout.rows.find((r) => r.character.id === 'samar-shah')!.height,
    );
  });

  it('gives every bar a target at least 24px wide', () => {
    for (const b of layoutChart(input).rows.flatMap((r) => r.bars))
      expect(b.hit.x1 - b.hit.x0).toBeGreaterThanOrEqual(24);
  });

  it('marks the premiere and each dated leap; a leap known to the year is a band', () => {
    const layout = layoutChart(input);
    expect(layout.markers.map((m) => m.id)).toEqual(['premiere', 'leap-a', 'leap-b', 'as-of']);
    const year = layout.markers.find((m) => m.id === 'leap-b')!;
    expect(year.x1 - year.x0).toBeGreaterThan(100);
    const labels = layout.markers.map((m) => m.line);
    expect(new Set(labels).size).toBeGreaterThan(1);
  });

  it('zooms to a year range, clipping bars to it', () => {
    const layout = layoutChart({ ...input, years: { from: 2022, to: 2022 } });
    expect(layout.tickLabels.map((t) => t.text)).toEqual(['2022']);
    expect(layout.ticks.filter((t) => !t.major)).toHaveLength(11);
    for (const b of layout.rows.flatMap((r) => r.bars)) {
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(layout.plotWidth);
    }
    expect(layout.markers.map((m) => m.id)).toEqual([]);
  });

  it('packs intervals greedily into the fewest lanes, keeping a gap between neighbours', () => {
    const extents = [
      { x0: 0, x1: 10 },
      { x0: 5, x1: 20 },
      { x0: 30, x1: 40 },
      { x0: 12, x1: 25 },
    ];
    expect(assignLanes(extents, 0)).toEqual([0, 1, 0, 0]);
    expect(assignLanes(extents, 8)).toEqual([0, 1, 0, 2]);
  });

  it('finds the lines in a window of the body', () => {
    const layout = layoutChart(input);
    expect(linesInView(layout.lines, 0, 1)).toEqual([0, 1]);
    expect(linesInView(layout.lines, 0, layout.bodyHeight)).toEqual([0, layout.lines.length]);
    const last = layout.lines.at(-1)!;
    expect(linesInView(layout.lines, last.y + 1, last.y + 2)).toEqual([
      layout.lines.length - 1,
      layout.lines.length,
    ]);
  });
});

describe('moving between bars by keyboard', () => {
  const layout = layoutChart(input);
  const positions = indexBars(layout.rows);
  const move = (from: string, key: string, ctrl = false) =>
    moveFocus(layout.rows, positions, from, key, ctrl);

  it('goes along a row with Left and Right, and stops at its ends', () => {
    expect(move('samar-shah--paras-kalnawat', 'ArrowRight')).toBe('samar-shah--sagar-parekh');
    expect(move('samar-shah--sagar-parekh', 'ArrowRight')).toBeNull();
    expect(move('samar-shah--sagar-parekh', 'ArrowLeft')).toBe('samar-shah--paras-kalnawat');
    expect(move('samar-shah--paras-kalnawat', 'ArrowLeft')).toBeNull();
  });

  it('goes to the nearest bar of the next row with Up and Down', () => {
    // Aashish Mehrotra's stint (2020–2024) spans the middle of Sagar Parekh's (2022–2023).
    expect(move('samar-shah--sagar-parekh', 'ArrowDown')).toBe('paritosh--aashish');
    expect(move('paritosh--gaurav', 'ArrowUp')).toBe('samar-shah--sagar-parekh');
    expect(move('samar-shah--paras-kalnawat', 'ArrowUp')).toBe('anupamaa--rupali-ganguly');
    expect(move('anupamaa--rupali-ganguly', 'ArrowUp')).toBeNull();
  });

  it('jumps to the ends with Home and End, and to the whole chart with Ctrl', () => {
    expect(move('samar-shah--sagar-parekh', 'Home')).toBe('samar-shah--paras-kalnawat');
    expect(move('samar-shah--paras-kalnawat', 'End')).toBe('samar-shah--sagar-parekh');
    expect(move('samar-shah--sagar-parekh', 'Home', true)).toBe('anupamaa--rupali-ganguly');
    expect(move('anupamaa--rupali-ganguly', 'End', true)).toBe('anuj--gaurav-khanna');
    expect(move('anupamaa--rupali-ganguly', 'Tab')).toBeNull();
  });
});

describe('filters in the URL', () => {
  const choices: FilterChoices = {
    characters: new Set(['samar-shah', 'anupamaa']),
    actors: new Set(['paras-kalnawat']),
    years: { min: 2020, max: 2026 },
  };
  const read = (query: string) => readTimelineFilter(new URLSearchParams(query), choices);

  it('reads every filter that names something real', () => {
    expect(read('character=samar-shah&actor=paras-kalnawat&type=leap&from=2021&to=2023')).toEqual({
      filter: {
        character: 'samar-shah',
        actor: 'paras-kalnawat',
        type: 'leap',
        fromYear: 2021,
        toYear: 2023,
      },
      problems: [],
    });
    expect(read('')).toEqual({ filter: NO_FILTER, problems: [] });
    expect(read('character=%20&from=')).toEqual({ filter: NO_FILTER, problems: [] });
  });

  it('drops each bad value with a message and keeps the good ones', () => {
    const { filter, problems } = read('character=nobody&type=exploded&from=2022');
    expect(filter).toEqual({ ...NO_FILTER, fromYear: 2022 });
    expect(problems).toEqual([
      'There is no character with the id “nobody”, so every character is shown.',
      '“exploded” is not a kind of change, so every kind is shown.',
    ]);
  });

  it('refuses non-numbers, absurd years and a range that runs backwards', () => {
    expect(read('from=abc').problems).toEqual([
      '“from” must be a year such as 2020, not “abc”; it is ignored.',
    ]);
    expect(read('to=99999').filter.toYear).toBeNull();
    expect(read('from=1066').problems).toEqual([
      'The timeline covers 2020 to 2026, so “from” 1066 is outside it and is ignored.',
    ]);
    const backwards = read('from=2025&to=2021');
    expect(backwards.filter).toEqual(NO_FILTER);
    expect(backwards.problems).toEqual([
      '“from” (2025) is after “to” (2021), so both are ignored.',
    ]);
  });

  it('writes only what is set, in a fixed order', () => {
    expect(filterToParams({ ...NO_FILTER, toYear: 2023, character: 'samar-shah' }).toString()).toBe(
      'character=samar-shah&to=2023',
    );
    expect(filterToParams(NO_FILTER).toString()).toBe('');
  });

  it('filters stints and rows as the API does, with unknown ends left open', () => {
    const data = { events: [], portrayals, characters: [anupamaa, samar, paritosh, anuj] };
    const in2023 = applyTimelineFilter(data, { ...NO_FILTER, fromYear: 2023, toYear: 2023 });
    expect(in2023.portrayals.map((p) => p.id)).toEqual([
      'anupamaa--rupali-ganguly',
      'samar-shah--sagar-parekh',
      'paritosh--aashish',
      'anuj--gaurav-khanna',
    ]);
    const bySamar = applyTimelineFilter(data, { ...NO_FILTER, character: 'samar-shah' });
    expect(bySamar.rows.map((c) => c.id)).toEqual(['samar-shah']);
    expect(bySamar.portrayals).toHaveLength(2);
  });
});
