import { describe, expect, it } from 'vitest';
import type { TimelineCharacter, TimelineMarkers } from '../../src/api/timeline-schemas';
import { castOnDate } from '../../src/features/timeline/cast-on-date';
import { overlapOf, presenceDetail, presenceOn, stintBounds } from '../../src/lib/presence';
import { describePresence } from '../../src/lib/presence-wording';
import { firstDay } from '../../src/lib/partial-date';
import { stint } from '../timeline-fixtures';

const day = (iso: string) => firstDay(iso);

describe('the bounds of a stint', () => {
  it('gives each end as a window of days, or unknown', () => {
    const b = stintBounds({ from: '2022-08', to: '2023-10-02', status: 'ended', asOf: null });
    expect(b.start).toEqual({ earliest: day('2022-08-01'), latest: day('2022-08-31') });
    expect(b.end).toEqual({ earliest: day('2023-10-02'), latest: day('2023-10-02') });
    expect(b.latestPossible).toBe(day('2023-10-02'));
    const open = stintBounds({ from: null, to: null, status: 'unknown', asOf: null });
    expect(open).toEqual({
      start: null,
      end: null,
      reportedUntil: null,
      lastReport: null,
      latestPossible: Infinity,
    });
  });

  it('never lets an end dated more coarsely fall before the start', () => {
    // The prequel ran from 25 Apr 2022 and is said to have ended in "2022-04".
    const b = stintBounds({ from: '2022-04-25', to: '2022-04', status: 'ended', asOf: null });
    expect(b.end).toEqual({ earliest: day('2022-04-25'), latest: day('2022-04-30') });
  });

  it('never lets a start dated more coarsely fall after the end', () => {
    const b = stintBounds({ from: '2023', to: '2023-07', status: 'ended', asOf: null });
    expect(b.start).toEqual({ earliest: day('2023-01-01'), latest: day('2023-07-31') });
  });

  it('treats a role reported over, without an end date, as over by that report', () => {
    const b = stintBounds({ from: '2020-07', to: null, status: 'ended', asOf: '2024-09' });
    expect(b.latestPossible).toBe(day('2024-09-30'));
    expect(b.reportedUntil).toBeNull();
  });
});

describe('overlaps', () => {
  const paras = { from: '2020-07-13', to: '2022-07-26', status: 'ended' as const, asOf: null };
  const sagar = { from: '2022-08', to: '2023-10', status: 'ended' as const, asOf: null };

  it('says a recast that surely began after the exit does not overlap', () => {
    expect(overlapOf(paras, sagar)).toBe('no');
    expect(overlapOf(sagar, paras)).toBe('no');
  });

  it('says "maybe" when a handover is known only to the month', () => {
    const aashish = { from: '2020-07-13', to: '2024-05', status: 'ended' as const, asOf: null };
    const gaurav = { from: '2024-05', to: '2024-10', status: 'ended' as const, asOf: null };
    expect(overlapOf(aashish, gaurav)).toBe('maybe');
  });

  it('says "yes" when both surely ran on a common day, and "maybe" when a start is unknown', () => {
    const lead = { from: '2020-07-13', to: null, status: 'ongoing' as const, asOf: '2026-03' };
    expect(overlapOf(lead, paras)).toBe('yes');
    const vague = { from: null, to: '2022', status: 'ended' as const, asOf: null };
    expect(overlapOf(lead, vague)).toBe('maybe');
  });
});

describe('presence on a day', () => {
  const sagar = { from: '2022-08', to: '2023-10', status: 'ended' as const, asOf: null };

  it('is "probably" inside a month-only start or end, and sure between them', () => {
    expect(presenceOn(day('2022-07-31'), sagar)).toBe('out');
    expect(presenceOn(day('2022-08-15'), sagar)).toBe('probably');
    expect(presenceOn(day('2022-08-31'), sagar)).toBe('in');
    expect(presenceOn(day('2023-10-01'), sagar)).toBe('in');
    expect(presenceOn(day('2023-10-15'), sagar)).toBe('probably');
    expect(presenceOn(day('2023-11-01'), sagar)).toBe('out');
  });

  it('counts the last day of a dated exit as a day in the role', () => {
    const paras = { from: '2020-07-13', to: '2022-07-26', status: 'ended' as const, asOf: null };
    expect(presenceOn(day('2022-07-26'), paras)).toBe('in');
    expect(presenceOn(day('2022-07-27'), paras)).toBe('out');
  });

  it('says "probably" for an ongoing role after its latest report', () => {
    const ongoing = { from: '2024-10', to: null, status: 'ongoing' as const, asOf: '2025' };
    expect(presenceOn(day('2025-01-01'), ongoing)).toBe('in');
    expect(presenceOn(day('2025-06-01'), ongoing)).toBe('probably');
  });

  it('stops counting a role of unknown outcome after its last report', () => {
    const mamaji = { from: '2020', to: null, status: 'unknown' as const, asOf: null };
    expect(presenceOn(day('2020-10-01'), mamaji)).toBe('probably');
    const later = presenceDetail(day('2024-11-15'), mamaji);
    expect(later.presence).toBe('unreported');
    expect(later.why && describePresence(later.why)).toBe('not reported since 2020');
    const adhik = { from: '2022-06', to: null, status: 'unknown' as const, asOf: '2023-12' };
    const before = presenceDetail(day('2023-11-15'), adhik);
    expect(before.why && describePresence(before.why)).toBe(
      'last reported in the role in Dec 2023; no end has been reported',
    );
    expect(presenceOn(day('2023-12-31'), adhik)).toBe('probably');
    expect(presenceOn(day('2024-01-01'), adhik)).toBe('unreported');
  });

  it('says what is known of a stint whose start no source dates', () => {
    const pari = { from: null, to: null, status: 'ongoing' as const, asOf: '2025-10' };
    const early = presenceDetail(day('2024-11-15'), pari);
    expect(early.presence).toBe('unreported');
    expect(early.why && describePresence(early.why)).toBe(
      'start date unknown; first reported in Oct 2025',
    );
    expect(presenceOn(day('2025-10-01'), pari)).toBe('in');
  });
});

describe('the cast on a date', () => {
  const characters: TimelineCharacter[] = [
    { id: 'anupamaa', name: 'Anupamaa', household: 'shah' },
    { id: 'samar', name: 'Samar', household: 'shah' },
    { id: 'anuj', name: 'Anuj', household: 'kapadia' },
    { id: 'never', name: 'Never played', household: 'others' },
  ];
  const portrayals = [
    stint('anupamaa--rupali', 'anupamaa', {
      from: '2020-07-13',
      to: null,
      status: 'ongoing',
      asOf: '2026-03',
    }),
    stint('samar--paras', 'samar', { from: '2020-07-13', to: '2022-07-26', status: 'ended' }),
    stint('samar--sagar', 'samar', { from: '2022-08', to: '2023-10', status: 'ended' }),
    stint('anuj--gaurav', 'anuj', { from: '2021-09-02', to: '2024-10', status: 'ended' }),
  ];
  const markers: TimelineMarkers = { premiere: '2020-07-13', leaps: [], asOf: '2026-03-13' };
  const data = { characters, portrayals, markers };

  function actorsOn(iso: string) {
    const answer = castOnDate(iso, data);
    if (answer.kind !== 'cast') throw new Error(`expected a cast, got ${answer.kind}`);
    const line =
      (group: string) => (e: { character: { id: string }; portrayal: { actor: { id: string } } }) =>
        `${e.character.id}: ${e.portrayal.actor.id} (${group})`;
    return [
      ...answer.onScreen.flatMap((g) => g.entries.map(line('in'))),
      ...answer.probably.map(line('probably')),
      ...answer.unreported.map(line('unreported')),
    ];
  }

  it('lists each character with the actor on that day, grouped by family', () => {
    expect(actorsOn('2022-07-26')).toEqual([
      'anupamaa: rupali (in)',
      'samar: paras (in)',
      'anuj: gaurav (in)',
    ]);
    const answer = castOnDate('2022-07-26', data);
    expect(answer.kind === 'cast' && answer.onScreen.map((g) => g.household)).toEqual([
      'shah',
      'kapadia',
    ]);
  });

  it('leaves a role out between an exit and a recast known to start later', () => {
    expect(actorsOn('2022-07-28')).toEqual(['anupamaa: rupali (in)', 'anuj: gaurav (in)']);
  });

  it('puts a day inside a month-only start under "probably" and says why', () => {
    const answer = castOnDate('2022-08-10', data);
    expect(answer.kind === 'cast' && answer.probably).toEqual([
      expect.objectContaining({
        character: expect.objectContaining({ id: 'samar' }),
        reason: 'joined in Aug 2022; the exact day is not known',
      }),
    ]);
  });

  it('says "probably" past the latest report of an ongoing role', () => {
    const answer = castOnDate('2026-03-10', data);
    expect(answer.kind === 'cast' && answer.probably[0]).toMatchObject({
      character: { id: 'anupamaa' },
      reason: 'still in the role at the latest report, Mar 2026',
    });
  });

  it('answers dates before the premiere, after the newest source, and impossible ones', () => {
    expect(castOnDate('2020-07-12', data)).toEqual({
      kind: 'before-premiere',
      iso: '2020-07-12',
      premiere: '2020-07-13',
    });
    expect(castOnDate('2020-07-13', data).kind).toBe('cast');
    expect(castOnDate('2026-03-13', data).kind).toBe('cast');
    expect(castOnDate('2026-03-14', data)).toEqual({
      kind: 'after-sources',
      iso: '2026-03-14',
      asOf: '2026-03-13',
    });
    expect(castOnDate('2023-02-30', data)).toMatchObject({ kind: 'invalid' });
    expect(castOnDate('banana', data)).toMatchObject({ kind: 'invalid' });
    expect(castOnDate(null, data)).toEqual({ kind: 'no-date' });
    expect(castOnDate('  ', data)).toEqual({ kind: 'no-date' });
  });
});
