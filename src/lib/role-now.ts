/**
 * Who plays a character now, for the infobox's "Now" row: the current actors (as of the latest
 * source), or why nobody does. One rule, shared by every view that says it.
 */
import type { ActorRef, Portrayal } from '../api/schemas';
import { formatPartialDate } from './partial-date';

export type RoleNow =
  | { kind: 'played'; current: { actor: ActorRef; asOf: string | null }[] }
  /** The last stint ended with the character's death in the story. */
  | { kind: 'died'; date: string | null }
  /** The last stint ended for another reason and nobody took over. */
  | { kind: 'vacant'; last: ActorRef; since: string | null }
  | { kind: 'unknown' };

type Stint = Pick<Portrayal, 'actor' | 'status' | 'to' | 'asOf' | 'exitReason' | 'kind'>;

/** Reads the stints oldest first, as the API gives them. */
export function roleNow(portrayals: readonly Stint[]): RoleNow {
  const current = portrayals.filter((p) => p.status === 'ongoing');
  if (current.length > 0)
    return { kind: 'played', current: current.map((p) => ({ actor: p.actor, asOf: p.asOf })) };
  // A later cameo (a flashback, a spirit) does not bring the role back: the last run decides.
  const last = portrayals.filter((p) => p.kind !== 'cameo').at(-1) ?? portrayals.at(-1);
  if (!last || last.status === 'unknown') return { kind: 'unknown' };
  if (last.exitReason === 'character-killed-off') return { kind: 'died', date: last.to };
  return { kind: 'vacant', last: last.actor, since: last.to };
}

/** The words after the actor links: "(as of Mar 2026)", or nothing when no date says so. */
export function asOfText(asOf: string | null): string {
  return asOf ? `(as of ${formatPartialDate(asOf)})` : '';
}

/** "not in the story (died Oct 2023)", "no one since Sep 2024 (last: Madalsa Sharma)", "unknown". */
export function roleNowText(now: Exclude<RoleNow, { kind: 'played' }>): string {
  switch (now.kind) {
    case 'died':
      return now.date
        ? `not in the story (died ${formatPartialDate(now.date)})`
        : 'not in the story (died, date unknown)';
    case 'vacant':
      return now.since
        ? `no one since ${formatPartialDate(now.since)} (last: ${now.last.name})`
        : `no one known (last: ${now.last.name}, end date unknown)`;
    case 'unknown':
      return 'unknown';
  }
}
