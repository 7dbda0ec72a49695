import { describe, expect, it } from 'vitest';
import type { Portrayal } from '../../src/api/schemas';
import { portrayalAsOf, portrayalsAsOf } from '../../src/lib/as-of';
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
    const { shown, hiddenCount } = portrayalsAsOf([paras, sagar], '2022-06-30');
    expect(hiddenCount).toBe(1);
    expect(shown.map((p) => p.actor.name)).toEqual(['paras kalnawat']);
    const [known] = shown;
    expect(known && formatStint(known)).toBe('Jul 2020 – present (as of 30 Jun 2022)');
    expect(known && howItEnded(known)).toBe('Ongoing');
    expect(known?.replacedBy).toBeNull();
  });

  it('tells the whole recast once the horizon is past it', () => {
    const { shown, hiddenCount } = portrayalsAsOf([paras, sagar], '2022-09-30');
    expect(hiddenCount).toBe(0);
    expect(shown[0]).toBe(paras);
    // Sagar Parekh's own end (2024) is still to come: his stint runs on as of the horizon.
    expect(shown[1] && formatStint(shown[1])).toBe('Aug 2022 – present (as of 30 Sep 2022)');
  });

  it('counts an end known only to the month as later when the horizon is inside that month', () => {
    const known = portrayalAsOf(paras, '2022-07-15');
    expect(known?.to).toBeNull();
    expect(known?.exitReason).toBeNull();
  });

  it('keeps an exit that aired but not a successor who came later', () => {
    const known = portrayalAsOf(paras, '2022-07-31', (id) =>
      id === sagar.id ? sagar.from : undefined,
    );
    expect(known?.to).toBe('2022-07');
    expect(known?.exitReason).toBe('terminated');
    expect(known?.replacedBy).toBeNull();
  });

  it('hides a stint nothing dates, and dates one with no start by its end', () => {
    expect(portrayalAsOf(stint('x--a', 'x', {}), '2030-01-01')).toBeNull();
    expect(portrayalAsOf(stint('x--b', 'x', { to: '2021-03' }), '2022-06-30')).not.toBeNull();
  });

  it('does not let a later report tell that a role ended', () => {
    const over = stint('x--c', 'x', { from: '2021', status: 'ended', asOf: '2023-05' });
    const known = portrayalAsOf(over, '2022-06-30');
    expect(known?.status).toBe('unknown');
    expect(known?.asOf).toBeNull();
    const running = stint('x--d', 'x', { from: '2021', status: 'ongoing', asOf: '2025-01' });
    expect(portrayalAsOf(running, '2022-06-30')?.asOf).toBe('2022-06-30');
  });
});
