/**
 * From when a family relation is known to a viewer, for the spoiler horizon. The dataset does not
 * date relations, so only kinship the story starts from is dated: a parent, child, sibling,
 * grandparent or grandchild is known once both characters have appeared (the later of their first
 * reported days on screen). Marriages, partners, adoptions, revealed parents and the like are
 * story events with no recorded date: null, which the horizon rule counts as later.
 */
import type { PortrayalRecord } from './records';
import type { RelationType } from '../api/schemas';
import { comparePartialDates } from '../lib/partial-date';

const KINSHIP: ReadonlySet<RelationType> = new Set([
  'parent',
  'child',
  'sibling',
  'grandparent',
  'grandchild',
]);

/** The earliest reported start of any stint of each character (null when none is dated). */
export function firstAppearances(portrayals: readonly PortrayalRecord[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const { character, from } of portrayals) {
    if (from === null) continue;
    const known = first.get(character);
    if (known === undefined || comparePartialDates(from, known) < 0) first.set(character, from);
  }
  return first;
}

export function relationSince(
  type: RelationType,
  a: string,
  b: string,
  firstSeen: ReadonlyMap<string, string>,
): string | null {
  if (!KINSHIP.has(type)) return null;
  const from = [firstSeen.get(a), firstSeen.get(b)];
  const [x, y] = from;
  if (x === undefined || y === undefined) return null;
  return comparePartialDates(x, y) >= 0 ? x : y;
}
