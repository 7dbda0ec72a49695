import { describe, expect, it } from 'vitest';
import { asOfText, roleNow, roleNowText } from '../../src/lib/role-now';
import { loadDb } from '../../src/mock-api/load-db';

const rupali = { id: 'rupali-ganguly', name: 'Rupali Ganguly' };
const sagar = { id: 'sagar-parekh', name: 'Sagar Parekh' };

describe('who plays a role now', () => {
  it('names the current actor with the date of the latest report', () => {
    const now = roleNow([
      {
        actor: rupali,
        status: 'ongoing',
        to: null,
        asOf: '2026-03',
        exitReason: null,
        kind: 'original',
      },
    ]);
    expect(now).toEqual({ kind: 'played', current: [{ actor: rupali, asOf: '2026-03' }] });
    expect(asOfText('2026-03')).toBe('(as of Mar 2026)');
    expect(asOfText(null)).toBe('');
  });

  it('says the character is out of the story when the last stint ended in death', () => {
    const now = roleNow([
      {
        actor: sagar,
        status: 'ended',
        to: '2023-10',
        asOf: null,
        exitReason: 'character-killed-off',
        kind: 'recast',
      },
    ]);
    expect(now.kind === 'played' ? '' : roleNowText(now)).toBe('not in the story (died Oct 2023)');
  });

  it('does not count a later cameo as the role coming back', () => {
    const now = roleNow([
      {
        actor: sagar,
        status: 'ended',
        to: '2023-10',
        asOf: null,
        exitReason: 'character-killed-off',
        kind: 'recast',
      },
      { actor: sagar, status: 'ended', to: '2025-10', asOf: null, exitReason: null, kind: 'cameo' },
    ]);
    expect(now.kind === 'played' ? '' : roleNowText(now)).toBe('not in the story (died Oct 2023)');
  });

  it('says nobody plays it since the last actor left, or that it is unknown', () => {
    const left = roleNow([
      {
        actor: sagar,
        status: 'ended',
        to: '2024-09',
        asOf: null,
        exitReason: 'quit',
        kind: 'recast',
      },
    ]);
    expect(left.kind === 'played' ? '' : roleNowText(left)).toBe(
      'no one since Sep 2024 (last: Sagar Parekh)',
    );
    const unclear = roleNow([
      { actor: sagar, status: 'unknown', to: null, asOf: null, exitReason: null, kind: 'original' },
    ]);
    expect(unclear).toEqual({ kind: 'unknown' });
    expect(roleNow([])).toEqual({ kind: 'unknown' });
  });

  it('agrees with the search context: a role with an ongoing stint has a current actor', async () => {
    const db = await loadDb();
    for (const summary of db.characters()) {
      const now = roleNow(db.character(summary.id)!.portrayals);
      if (summary.latestStatus === 'ongoing') {
        expect(now.kind).toBe('played');
        if (now.kind === 'played')
          expect(now.current.map((c) => c.actor.id)).toContain(summary.latestActor?.id);
      } else {
        expect(now.kind).not.toBe('played');
      }
    }
  });
});
