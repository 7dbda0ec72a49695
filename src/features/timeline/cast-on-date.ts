/**
 * "Who was in the cast on this day?", answered from the stints alone and honest about dates
 * known only to the month or year: each actor is "in", "probably" in (an ongoing role past its
 * latest report) or listed with "dates uncertain" and the reason.
 */
import type { Household, Portrayal, TimelineCharacter, TimelineMarkers } from '../../api/schemas';
import { groupByHousehold } from '../../lib/households';
import {
  firstDay,
  formatPartialDate,
  lastDay,
  parseDay,
  precisionOf,
} from '../../lib/partial-date';
import { presenceOn, stintBounds, type Presence } from './chart/stint-bounds';

export interface CastStint {
  portrayal: Portrayal;
  presence: Exclude<Presence, 'out'>;
  /** Why the answer is not a plain yes, in words; null when it is. */
  reason: string | null;
}

export interface CastCharacter {
  character: TimelineCharacter;
  stints: CastStint[];
}

export type CastAnswer =
  | { kind: 'no-date' }
  | { kind: 'invalid'; message: string }
  | { kind: 'before-premiere'; iso: string; premiere: string }
  | { kind: 'after-sources'; iso: string; asOf: string }
  | {
      kind: 'cast';
      iso: string;
      groups: { household: Household; characters: CastCharacter[] }[];
    };

const PRESENCE_RANK: Record<CastStint['presence'], number> = { in: 0, probably: 1, uncertain: 2 };

function vaguely(date: string): string {
  return precisionOf(date) === 'year' ? `in ${date}` : `in ${formatPartialDate(date)}`;
}

function reasonFor(day: number, stint: Portrayal, presence: CastStint['presence']): string | null {
  if (presence === 'in') return null;
  const b = stintBounds(stint);
  if (presence === 'probably') {
    return stint.asOf
      ? `still in the role as of ${formatPartialDate(stint.asOf)}, the latest report`
      : 'no end has been reported';
  }
  const reasons: string[] = [];
  if (!stint.from) reasons.push('start date unknown');
  else if (b.start && day < b.start.latest)
    reasons.push(`began ${vaguely(stint.from)}; the exact day is not known`);
  if (stint.to && b.end && day > b.end.earliest)
    reasons.push(`left ${vaguely(stint.to)}; the exact day is not known`);
  else if (!stint.to && stint.status !== 'ongoing')
    reasons.push(
      stint.status === 'ended' && stint.asOf
        ? `end date unknown; had ended by ${formatPartialDate(stint.asOf)}`
        : 'end date unknown',
    );
  return reasons.join('; ');
}

/**
 * The cast on `input` (a `YYYY-MM-DD` string as typed or taken from the URL). Dates before the
 * premiere or after the newest source get their own answer rather than an empty list.
 */
export function castOnDate(
  input: string | null,
  data: {
    characters: TimelineCharacter[];
    portrayals: Portrayal[];
    markers: TimelineMarkers;
  },
): CastAnswer {
  if (input === null || input.trim() === '') return { kind: 'no-date' };
  const parsed = parseDay(input);
  if (!parsed.ok) return { kind: 'invalid', message: parsed.message };
  const { iso, day } = parsed;
  const { premiere, asOf } = data.markers;
  if (premiere && day < firstDay(premiere)) return { kind: 'before-premiere', iso, premiere };
  if (day > lastDay(asOf)) return { kind: 'after-sources', iso, asOf };

  const byCharacter = new Map<string, CastStint[]>();
  for (const portrayal of data.portrayals) {
    const presence = presenceOn(day, portrayal);
    if (presence === 'out') continue;
    const list = byCharacter.get(portrayal.character.id) ?? [];
    list.push({ portrayal, presence, reason: reasonFor(day, portrayal, presence) });
    byCharacter.set(portrayal.character.id, list);
  }
  const present = data.characters.filter((c) => byCharacter.has(c.id));
  const groups = groupByHousehold(present).map(({ household, members }) => ({
    household,
    characters: members.map((character) => ({
      character,
      stints: (byCharacter.get(character.id) ?? []).sort(
        (a, b) => PRESENCE_RANK[a.presence] - PRESENCE_RANK[b.presence],
      ),
    })),
  }));
  return { kind: 'cast', iso, groups };
}
