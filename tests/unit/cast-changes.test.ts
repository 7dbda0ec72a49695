import { describe, expect, it } from 'vitest';
import { compareCasts } from '../../src/lib/cast-changes';
import { firstDay } from '../../src/lib/partial-date';
import { stint } from '../timeline-fixtures';

const day = (iso: string) => firstDay(iso);
const ids = (stints: { id: string }[]) => stints.map((s) => s.id);

describe('what changed between two days', () => {
  const portrayals = [
    stint('lead--rupali', 'lead', { from: '2020-07-13', status: 'ongoing', asOf: '2026-03' }),
    stint('son--paras', 'son', { from: '2020-07-13', to: '2022-07-26' }),
    stint('son--sagar', 'son', { from: '2022-08', to: '2023-10', kind: 'recast' }),
    {
      ...stint('girl--asmi', 'girl', { from: '2022', to: '2023-11' }),
      exitReason: 'character-aged-up' as const,
    },
    stint('girl--aurra', 'girl', { from: '2023-12', to: '2024-10' }),
    stint('aunt--kaur', 'aunt', { from: '2021', status: 'unknown', asOf: '2022' }),
    stint('new--sukirti', 'new', { from: '2023-12', to: '2024-07' }),
    stint('blur--goel', 'blur', { from: '2025', to: '2025' }),
  ];
  const leaps = [
    { id: 'leap-a', label: 'A', aired: '2022-08' },
    { id: 'leap-b', label: 'B', aired: '2025-05' },
  ];

  it('sorts every stint into left, joined, recast, aged up, stayed or no longer reported', () => {
    const c = compareCasts(portrayals, leaps, day('2023-06-15'), day('2022-07-01'));
    expect([c.from, c.to]).toEqual(['2022-07-01', '2023-06-15']);
    expect(c.recast).toEqual([
      expect.objectContaining({ before: [portrayals[1]], after: [portrayals[2]], agedUp: false }),
    ]);
    expect(ids(c.stayed)).toEqual(['lead--rupali', 'girl--asmi']);
    expect(ids(c.noLongerReported)).toEqual(['aunt--kaur']);
    expect(ids(c.left)).toEqual([]);
    expect(c.leaps.map((l) => l.id)).toEqual(['leap-a']);

    const later = compareCasts(portrayals, leaps, day('2023-10-31'), day('2024-01-31'));
    expect(later.recast).toEqual([expect.objectContaining({ agedUp: true })]);
    expect(ids(later.left)).toEqual(['son--sagar']);
    expect(ids(later.joined)).toEqual(['new--sukirti']);
  });

  it('does not guess when both days fall inside a stint’s vague dates', () => {
    const c = compareCasts(portrayals, leaps, day('2025-03-31'), day('2025-07-01'));
    expect(ids(c.vague)).toEqual(['blur--goel']);
    expect(ids(c.stayed)).toEqual(['lead--rupali']);
    expect(c.leaps.map((l) => l.id)).toEqual(['leap-b']);
  });
});
