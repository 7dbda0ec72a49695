/**
 * The search seen from a reader's spoiler horizon: the dataset trimmed to what had aired by then
 * (so context lines and answers read as they would have on that day), and which documents exist
 * only because of later facts. Every comparison is lib/horizon's isPastHorizon.
 */
import { stintAtHorizon } from '../../lib/as-of';
import { airedKey, isPastHorizon, type Horizon } from '../../lib/horizon';
import { rumourAsOf } from '../../lib/rumour-as-of';
import type { PortrayalRecord, RumourRecord } from '../records';
import { decidedOf } from '../rumour-queries';
import type { SearchDocument } from './search-index';
import type { SearchSource } from './search-source';

/**
 * A dataset record of a stint as known on `horizon`, by lib/as-of's one decision: none if it had
 * not begun; one whose end came later reads as ongoing, with no exit and no successor; one
 * reported over only later, on a day not known, reads "whether it goes on is unknown".
 */
export function stintAsOf(stint: PortrayalRecord, horizon: string): PortrayalRecord | null {
  const state = stintAtHorizon(stint, horizon);
  if (state === 'later') return null;
  if (state === 'as-is') return stint;
  const cleared = { ...stint, exitReason: null, exitDetail: null, replacedBy: null };
  return state === 'running'
    ? { ...cleared, to: null, status: 'ongoing', asOf: horizon }
    : { ...cleared, status: 'unknown', asOf: null };
}

function rumourOnHorizon(row: RumourRecord, source: SearchSource, horizon: string): RumourRecord {
  const seen = rumourAsOf({ ...row, decided: decidedOf(row, source) }, horizon);
  return {
    ...row,
    status: seen.status,
    outcome: seen.outcome,
    denial: seen.denial,
    confirmedBy: seen.status === 'confirmed' ? row.confirmedBy : null,
  };
}

/** The dataset as it stood on `horizon` (unchanged with none). People keep their names. */
export function sourceAsOf(source: SearchSource, horizon: Horizon): SearchSource {
  if (horizon === null) return source;
  const trim = (stints: PortrayalRecord[]) =>
    stints.flatMap((stint) => {
      const seen = stintAsOf(stint, horizon);
      return seen ? [seen] : [];
    });
  return {
    ...source,
    events: source.events.filter((e) => !isPastHorizon(e.date, horizon)),
    leaps: source.leaps.filter((l) => !isPastHorizon(l.aired, horizon)),
    rumours: source.rumours
      .filter((r) => !isPastHorizon(r.date, horizon))
      .map((r) => rumourOnHorizon(r, source, horizon)),
    stintsOfCharacter: (id) => trim(source.stintsOfCharacter(id)),
    stintsOfActor: (id) => trim(source.stintsOfActor(id)),
    portrayal: (id) => {
      const stint = source.portrayal(id);
      return (stint && stintAsOf(stint, horizon)) ?? undefined;
    },
  };
}

/** The first day any of `dates` surely aired (SearchDocument.aired); null if none is dated. */
export function earliestAired(dates: readonly (string | null)[]): string | null {
  let first: string | null = null;
  for (const date of dates) {
    const key = airedKey(date);
    if (key !== 'unknown' && (first === null || key < first)) first = key;
  }
  return first;
}

/** How many horizons' masks are kept: a reader changes theirs now and then, not per search. */
const KEPT_MASKS = 8;

/**
 * The mask of the documents past each horizon (1: leave out), made on first use and kept for the
 * next searches with the same horizon. `alsoHidden` leaves out more documents under a horizon.
 */
export function createHorizonMasks(
  documents: readonly SearchDocument[],
  alsoHidden: (doc: SearchDocument, horizon: string) => boolean = () => false,
) {
  const masks = new Map<string, Uint8Array>();
  return (horizon: Horizon): Uint8Array | undefined => {
    if (horizon === null) return undefined;
    let mask = masks.get(horizon);
    if (!mask) {
      // Many documents share a day: the rule is asked once per distinct day.
      const past = new Map<string | null, boolean>();
      const isPast = (aired: string | null) => {
        let answer = past.get(aired);
        if (answer === undefined) past.set(aired, (answer = isPastHorizon(aired, horizon)));
        return answer;
      };
      mask = Uint8Array.from(documents, (doc) =>
        isPast(doc.aired ?? null) || alsoHidden(doc, horizon) ? 1 : 0,
      );
      if (masks.size >= KEPT_MASKS) masks.delete(masks.keys().next().value as string);
      masks.set(horizon, mask);
    }
    return mask;
  };
}

/**
 * Whether a rumour's status today is not yet its status on `horizon` ("Confirmed" later): a
 * query naming the status ("confirmed") must not find it by that word.
 */
export function outcomeIsLater(row: RumourRecord, source: SearchSource, horizon: string): boolean {
  return rumourAsOf({ ...row, decided: decidedOf(row, source) }, horizon).status !== row.status;
}
