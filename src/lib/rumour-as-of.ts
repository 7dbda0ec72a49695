/**
 * A rumour as it stood on the reader's spoiler horizon: reported by then, but its outcome only if
 * that was known by then too. Used by the rumour list, the rumours page's filter, the mock
 * API's search and the person pages' view as of a horizon (lib/person-as-of), so all tell the
 * same story.
 */
import type { RumourStatus } from '../api/schemas';
import { isPastHorizon, type Horizon } from './horizon';

export interface RumourOutcome {
  status: RumourStatus;
  outcome: string | null;
  denial: { by: string; date: string | null } | null;
  /** When the outcome became known (see RumourSchema.decided). */
  decided: string | null;
}

export interface RumourOutcomeAsOf {
  status: RumourStatus;
  outcome: string | null;
  denial: RumourOutcome['denial'];
  /** Whether anything of what came of it (its text, a later status) is left out. */
  outcomeHidden: boolean;
}

/**
 * The status, outcome and denial a reader at `horizon` may see. An outcome decided after it (or
 * on an unknown day) is left out, and the rumour reads as still "Rumoured", unless a denial
 * dated by then is on record (a denial first, a confirmation later: "Denied" is what they saw).
 * "Still open" is a judgement made today, so under a horizon it reads as "Rumoured" too.
 */
export function rumourAsOf(rumour: RumourOutcome, horizon: Horizon): RumourOutcomeAsOf {
  const { status, outcome, denial } = rumour;
  if (horizon === null || status === 'rumoured') {
    return { status, outcome, denial, outcomeHidden: false };
  }
  const shownDenial = denial && !isPastHorizon(denial.date, horizon) ? denial : null;
  if (status !== 'open' && !isPastHorizon(rumour.decided, horizon)) {
    // The outcome is known by then, but its text is written today and undated: it may tell what
    // came later ("she left around Sep 2022"), so it is folded like any undated story text.
    return { status, outcome: null, denial: shownDenial, outcomeHidden: outcome !== null };
  }
  return {
    status: shownDenial ? 'denied' : 'rumoured',
    outcome: null,
    denial: shownDenial,
    outcomeHidden: true,
  };
}
