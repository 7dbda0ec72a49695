import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/api/schemas';
import { groupByHousehold } from '../../src/lib/households';

describe('grouping by household', () => {
  const character = (name: string, household: Household) => ({ name, household });

  it('lists families in the wiki’s order, each keeping its characters’ order, none empty', () => {
    const groups = groupByHousehold([
      character('Vanraj', 'shah'),
      character('Anuj', 'kapadia'),
      character('Devika', 'others'),
      character('Anupamaa', 'shah'),
      character('Prem', 'kothari'),
      character('Barkha', 'kapadia'),
    ]);
    expect(groups.map((g) => [g.household, g.members.map((c) => c.name)])).toEqual([
      ['shah', ['Vanraj', 'Anupamaa']],
      ['kapadia', ['Anuj', 'Barkha']],
      ['kothari', ['Prem']],
      ['others', ['Devika']],
    ]);
  });

  it('puts the prequel-only cast last and gives no groups for no characters', () => {
    const groups = groupByHousehold([
      character('Anupama', 'prequel'),
      character('Kinjal', 'joshi'),
    ]);
    expect(groups.map((g) => g.household)).toEqual(['joshi', 'prequel']);
    expect(groupByHousehold([])).toEqual([]);
  });
});
