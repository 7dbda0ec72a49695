/**
 * "Who was in the cast on this day?", answered from the stints alone and honest about dates
 * known only to the month or year. Each stint that may touch the day lands in one of three
 * groups, by the shared presence rule (src/lib/presence.ts) the chart also draws with: on screen
 * that day; probably, with the reason; or not reported around that day (no source since, or
 * none yet), rather than counted present years after its last report.
 */
import type { Household, Portrayal } from '../../api/schemas';
import type { TimelineCharacter, TimelineMarkers } from '../../api/timeline-schemas';
import { groupByHousehold } from '../../lib/households';
import { firstDay, lastDay, parseDay } from '../../lib/partial-date';
import { presenceDetail } from '../../lib/presence';
import { describePresence } from '../../lib/presence-wording';

export type CastGroupKind = 'in' | 'probably' | 'unreported';

export interface CastEntry {
  portrayal: Portrayal;
  character: TimelineCharacter;
  /** Why the answer is not a plain yes, in words; null when it is. */
  reason: string | null;
}

export interface CastGroups {
  /** On screen that day, by household, as the chart's rows are. */
  onScreen: { household: Household; entries: CastEntry[] }[];
  probably: CastEntry[];
  unreported: CastEntry[];
}

export type CastAnswer =
  | { kind: 'no-date' }
  | { kind: 'invalid'; message: string }
  | { kind: 'before-premiere'; iso: string; premiere: string }
  | { kind: 'after-sources'; iso: string; asOf: string }
  | ({ kind: 'cast'; iso: string; day: number } & CastGroups);

export interface CastData {
  characters: TimelineCharacter[];
  portrayals: Portrayal[];
  markers: TimelineMarkers;
}

/** Which group a stint falls in on `day`, with its reason; null when surely out of the role. */
export function castGroupOf(
  day: number,
  portrayal: Portrayal,
): { group: CastGroupKind; reason: string | null } | null {
  const answer = presenceDetail(day, portrayal);
  if (answer.presence === 'out') return null;
  return {
    group: answer.presence,
    reason: answer.why === null ? null : describePresence(answer.why),
  };
}

/** The groups on one day that is already known to lie inside the run. */
export function groupCast(day: number, data: Omit<CastData, 'markers'>): CastGroups {
  const order = new Map(data.characters.map((c, i) => [c.id, i]));
  const characterOf = new Map(data.characters.map((c) => [c.id, c]));
  const buckets: Record<CastGroupKind, CastEntry[]> = { in: [], probably: [], unreported: [] };
  for (const portrayal of data.portrayals) {
    const character = characterOf.get(portrayal.character.id);
    const placed = character && castGroupOf(day, portrayal);
    if (!character || !placed) continue;
    buckets[placed.group].push({ portrayal, character, reason: placed.reason });
  }
  const byCharacter = (a: CastEntry, b: CastEntry) =>
    (order.get(a.character.id) ?? 0) - (order.get(b.character.id) ?? 0);
  const onScreenCharacters = groupByHousehold(
    [...new Set(buckets.in.map((e) => e.character))].sort(
      (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    ),
  );
  return {
    onScreen: onScreenCharacters.map(({ household, members }) => ({
      household,
      entries: members.flatMap((c) => buckets.in.filter((e) => e.character.id === c.id)),
    })),
    probably: buckets.probably.sort(byCharacter),
    unreported: buckets.unreported.sort(byCharacter),
  };
}

/**
 * The cast on `input` (a `YYYY-MM-DD` string as typed or taken from the URL). Dates before the
 * premiere or after the newest source get their own answer rather than an empty list.
 */
export function castOnDate(input: string | null, data: CastData): CastAnswer {
  if (input === null || input.trim() === '') return { kind: 'no-date' };
  const parsed = parseDay(input);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  const { iso, day } = parsed;
  const { premiere, asOf } = data.markers;
  if (premiere && day < firstDay(premiere)) return { kind: 'before-premiere', iso, premiere };
  if (day > lastDay(asOf)) return { kind: 'after-sources', iso, asOf };
  return { kind: 'cast', iso, day, ...groupCast(day, data) };
}
