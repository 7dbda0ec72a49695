/**
 * A synthetic timeline for the performance bench: made-up characters and stints (not facts about
 * the show) with the same mix of shapes as the real data: recasts and leaps, dates known to the
 * day, month or year, unknown starts and ends, ongoing roles.
 */
import type { Household, Portrayal, PortrayalKind } from '../../src/api/schemas';
import type { Timeline, TimelineCharacter } from '../../src/api/timeline-schemas';
import { firstDay, isoOfDay } from '../../src/lib/partial-date';

/** mulberry32: a small seeded generator, so every run draws the same dataset. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOUSEHOLDS: Household[] = ['shah', 'joshi', 'kapadia', 'kothari', 'others', 'prequel'];
const START = firstDay('2020-07-13');
const END = firstDay('2026-03-13');
const iso = isoOfDay;

export function syntheticTimeline(
  characterCount = 2000,
  stintsPerCharacter = 3,
  seed = 42,
): Timeline {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  /** A date at a random precision: mostly days, often months, sometimes years or unknown. */
  const fuzzy = (day: number): string | null => {
    const r = next();
    if (r < 0.5) return iso(day);
    if (r < 0.85) return iso(day).slice(0, 7);
    if (r < 0.95) return iso(day).slice(0, 4);
    return null;
  };

  const characters: TimelineCharacter[] = [];
  const portrayals: Portrayal[] = [];
  for (let c = 0; c < characterCount; c++) {
    const character = { id: `character-${c}`, name: `Character ${c}` };
    characters.push({ ...character, household: pick(HOUSEHOLDS) });
    // Starts and lengths are drawn so that every stint ends before the newest source.
    let day = START + Math.floor(next() * 600);
    let previous: Portrayal | null = null;
    for (let s = 0; s < stintsPerCharacter; s++) {
      const length = 60 + Math.floor(next() * 340);
      const last = s === stintsPerCharacter - 1;
      const ongoing = last && next() < 0.4;
      const to = day + length;
      const kind: PortrayalKind =
        s === 0 ? 'original' : pick(['recast', 'recast', 'post-leap', 'temporary', 'returning']);
      const actor = {
        id: `actor-${c}-${s}`,
        name: `Actor ${c}-${s} ${pick(['Shah', 'Joshi', 'Rao'])}`,
      };
      const stint: Portrayal = {
        id: `${character.id}--${actor.id}`,
        character,
        actor,
        kind,
        from: fuzzy(day),
        to: ongoing ? null : fuzzy(to),
        status: ongoing ? 'ongoing' : pick(['ended', 'ended', 'ended', 'unknown']),
        asOf: ongoing ? iso(END).slice(0, 7) : null,
        exitReason: ongoing ? null : pick(['quit', 'terminated', 'unclear', null]),
        exitDetail: null,
        replaces: previous
          ? { portrayalId: previous.id, actor: previous.actor, character: previous.character }
          : null,
        replacedBy: null,
        confidence: pick(['high', 'high', 'medium', 'low']),
        dispute: null,
        note: null,
        sources: [],
      };
      portrayals.push(stint);
      previous = stint;
      day = to + 1 + Math.floor(next() * 40);
    }
  }
  return {
    events: [],
    portrayals,
    characters,
    markers: {
      premiere: iso(START),
      leaps: [
        { id: 'leap-a', label: 'Leap of about five years', aired: '2023-12' },
        { id: 'leap-b', label: 'Six-month leap', aired: '2024' },
        { id: 'leap-c', label: 'Fifteen-year generation leap', aired: '2024-10' },
      ],
      asOf: iso(END),
    },
  };
}
