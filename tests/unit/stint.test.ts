import { describe, expect, it } from 'vitest';
import type { Portrayal } from '../../src/api/schemas';
import { formatStint, formatStintYears, howItEnded } from '../../src/lib/stint';

describe('stint wording', () => {
  it('says "present (as of …)" for ongoing roles and "unknown" for missing dates', () => {
    expect(formatStint({ from: '2020-07-13', to: null, status: 'ongoing', asOf: '2026-03' })).toBe(
      '13 Jul 2020 – present (as of Mar 2026)',
    );
    expect(formatStint({ from: null, to: '2022-03', status: 'ended' })).toBe('unknown – Mar 2022');
    expect(formatStint({ from: '2020-07', to: null, status: 'ended' })).toBe('Jul 2020 – unknown');
    expect(formatStint({ from: null, to: null, status: 'ended', asOf: '2024-10-16' })).toBe(
      'unknown – unknown (over by 16 Oct 2024)',
    );
  });

  it('shortens to years for context lines', () => {
    expect(formatStintYears({ from: '2020-07-13', to: '2022-07-26', status: 'ended' })).toBe(
      '2020–2022',
    );
    expect(formatStintYears({ from: '2024-10', to: null, status: 'ongoing' })).toBe('2024–');
    expect(formatStintYears({ from: '2025', to: '2025', status: 'ended' })).toBe('2025');
    expect(formatStintYears({ from: null, to: null, status: 'unknown' })).toBe('?–?');
  });
});

describe('how a stint ended', () => {
  type Ending = Pick<Portrayal, 'status' | 'exitReason'>;
  const ending = (status: Ending['status'], exitReason: Ending['exitReason'] = null) =>
    howItEnded({ status, exitReason });

  it('names the exit reason a fan would look for: quit, death, replacement', () => {
    expect(ending('ended', 'quit')).toBe('Quit');
    expect(ending('ended', 'actor-died')).toBe('Actor died');
    expect(ending('ended', 'replaced-by-makers')).toBe('Replaced by the makers');
    expect(ending('ended', 'character-killed-off')).toBe('Character killed off');
  });

  it('says a role is ongoing, and tells an unknown reason from an unknown ending', () => {
    expect(ending('ongoing')).toBe('Ongoing');
    expect(ending('ended')).toBe('Ended, reason unknown');
    expect(ending('unknown')).toBe('Whether it ended is unknown');
  });
});
