import { describe, expect, it } from 'vitest';
import type { Portrayal, TimelineEvent } from '../../src/api/schemas';
import type { Timeline } from '../../src/api/timeline-schemas';
import { timelineAsOf } from '../../src/features/timeline/timeline-as-of';
import { firstAired, stintAsOf, stintAtHorizon, stintsAsOf } from '../../src/lib/as-of';
import { formatStint, howItEnded } from '../../src/lib/stint';
import { stint } from '../timeline-fixtures';

const samar = { id: 'samar-shah', name: 'Samar Shah' };
const paras: Portrayal = {
  ...stint('samar--paras-kalnawat', samar, { from: '2020-07', to: '2022-07', status: 'ended' }),
  exitReason: 'terminated',
  replacedBy: {
    portrayalId: 'samar--sagar-parekh',
    actor: { id: 'sagar-parekh', name: 'Sagar Parekh' },
    character: samar,
  },
};
const sagar = stint('samar--sagar-parekh', samar, {
  from: '2022-08',
  to: '2024-01',
  kind: 'recast',
});

describe('a stint as known at a spoiler horizon', () => {
  it('leaves out the recast before it began and keeps Paras Kalnawat running, as of the horizon', () => {
    const { shown, hidden } = stintsAsOf([paras, sagar], '2022-06-30');
    expect(hidden.length).toBe(1);
    expect(shown.map((p) => p.actor.name)).toEqual(['paras kalnawat']);
    const [known] = shown;
    expect(known && formatStint(known)).toBe('Jul 2020 – present (as of 30 Jun 2022)');
    expect(known && howItEnded(known)).toBe('Ongoing');
    expect(known?.replacedBy).toBeNull();
  });

  it('tells the whole recast once the horizon is past it', () => {
    const { shown, hidden } = stintsAsOf([paras, sagar], '2022-09-30');
    expect(hidden.length).toBe(0);
    expect(shown[0]).toEqual(paras);
    // Sagar Parekh's own end (2024) is still to come: his stint runs on as of the horizon.
    expect(shown[1] && formatStint(shown[1])).toBe('Aug 2022 – present (as of 30 Sep 2022)');
  });

  it('counts an end known only to the month as later when the horizon is inside that month', () => {
    const known = stintAsOf(paras, '2022-07-15', null);
    expect(known?.to).toBeNull();
    expect(known?.exitReason).toBeNull();
  });

  it('keeps an exit that aired but not a successor who came later', () => {
    const known = stintAsOf(paras, '2022-07-31', sagar.from);
    expect(known?.to).toBe('2022-07');
    expect(known?.exitReason).toBe('terminated');
    expect(known?.replacedBy).toBeNull();
  });

  it('hides a stint nothing dates, and dates one with no start by its end', () => {
    expect(stintAsOf(stint('x--a', 'x', {}), '2030-01-01', null)).toBeNull();
    expect(stintAsOf(stint('x--b', 'x', { to: '2021-03' }), '2022-06-30', null)).not.toBeNull();
  });

  it('does not let a later report tell that a role ended', () => {
    const over = stint('x--c', 'x', { from: '2021', status: 'ended', asOf: '2023-05' });
    const known = stintAsOf(over, '2022-06-30', null);
    expect(known?.status).toBe('unknown');
    expect(known?.asOf).toBeNull();
    const running = stint('x--d', 'x', { from: '2021', status: 'ongoing', asOf: '2025-01' });
    expect(stintAsOf(running, '2022-06-30', null)?.asOf).toBe('2022-06-30');
  });
});

describe('the first day a group of facts is known from', () => {
  it('takes the earliest dated one, by the last day each may mean', () => {
    expect(firstAired(['2022-08', null, '2020-07-13'])).toBe('2020-07-13');
    expect(firstAired(['2021'])).toBe('2021-12-31');
    expect(firstAired([null, undefined])).toBeNull();
  });
});

describe('the timeline as known at a horizon', () => {
  const timeline: Timeline = {
    events: [
      { ...event('e1', '2022-07-26'), dateUntil: null },
      { ...event('e2', '2022-05'), dateUntil: '2022-07' },
      { ...event('e3', '2021-02'), dateUntil: null },
    ],
    portrayals: [paras, sagar],
    characters: [{ ...samar, household: 'shah' }],
    markers: {
      premiere: '2020-07-13',
      leaps: [{ id: 'leap-2023', label: 'Leap', aired: '2023-12' }],
      asOf: '2026-03',
    },
  };

  it('ends at the horizon and counts what it leaves out', () => {
    const { timeline: known, hidden } = timelineAsOf(timeline, '2022-06-30');
    expect(known.markers.asOf).toBe('2022-06-30');
    expect(known.markers.leaps).toEqual([]);
    expect(known.events.map((e) => e.id)).toEqual(['e3']);
    expect(hidden).toEqual({ stints: 1, changes: 2, leaps: 1 });
  });

  it('keeps the newest source as the end when the horizon is past it', () => {
    expect(timelineAsOf(timeline, '2027-01-01').timeline.markers.asOf).toBe('2026-03');
  });
});

function event(id: string, date: string): TimelineEvent {
  return {
    id,
    date,
    dateUntil: null,
    type: 'left',
    summary: id,
    characters: [],
    actors: [],
    confidence: 'high',
    sources: [],
  };
}

describe('where a stint stands at a horizon', () => {
  it('is later, as it is, still running, or of unknown outcome', () => {
    expect(stintAtHorizon(sagar, '2022-06-30')).toBe('later');
    expect(stintAtHorizon(paras, '2022-09-30')).toBe('as-is');
    expect(stintAtHorizon(paras, '2022-07-15')).toBe('running');
    const reportedOverLater = { from: '2021-03', to: null, status: 'ended' as const, asOf: '2023' };
    expect(stintAtHorizon(reportedOverLater, '2022-06-30')).toBe('open');
    expect(stintAtHorizon(reportedOverLater, '2024-01-01')).toBe('as-is');
  });
});
