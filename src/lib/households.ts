/**
 * The families the wiki groups characters by. Every list that groups them (the characters page,
 * the timeline's chart, table and character filter, the cast on a date) calls `groupByHousehold`,
 * so a family sits in the same place, in the same order, on each.
 */
import type { Household } from '../api/schemas';

/** The Shahs first, as the show begins with them; the prequel-only cast last. */
const householdOrder: readonly Household[] = [
  'shah',
  'joshi',
  'kapadia',
  'kothari',
  'others',
  'prequel',
];

export interface HouseholdGroup<T> {
  household: Household;
  members: T[];
}

/**
 * Groups in the wiki's household order, members in the order given; a household with no members
 * is left out.
 */
export function groupByHousehold<T extends { household: Household }>(
  items: readonly T[],
): HouseholdGroup<T>[] {
  const membersOf = new Map<Household, T[]>();
  for (const item of items) {
    const list = membersOf.get(item.household);
    if (list) list.push(item);
    else membersOf.set(item.household, [item]);
  }
  return householdOrder.flatMap((household) => {
    const members = membersOf.get(household);
    return members ? [{ household, members }] : [];
  });
}
