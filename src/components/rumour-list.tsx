import { useState } from 'react';
import { Link } from 'react-router';
import type { Rumour } from '../api/schemas';
import { airedAttribute, formatHorizon, type Horizon } from '../lib/horizon';
import { rumourStatusLabels } from '../lib/labels';
import { paths } from '../lib/paths';
import { rumourAsOf } from '../lib/rumour-as-of';
import { useHorizon } from '../lib/use-horizon';
import { DateText } from './date-text';
import { PeopleChips } from './people-chips';
import { Cite } from './sources';
import { HiddenLater, HiddenNotice, useSpoilerFold } from './spoiler-fold';

/**
 * How the rumour came out, in one line each: the outcome, who denied it, which stint bore it out.
 * Each carries the date it became known, so a prerendered page hides it before the first paint
 * when it is past the reader's horizon (the outcome text is undated: hidden until the app runs).
 */
function Outcome({ rumour, seen }: { rumour: Rumour; seen: Rumour }) {
  const stints =
    seen.status === 'confirmed'
      ? seen.confirmedBy.flatMap((c) => (c.portrayal ? [c.portrayal] : []))
      : [];
  return (
    <>
      {seen.outcome && (
        <p {...airedAttribute(null)}>
          <strong>Outcome:</strong> {seen.outcome}
        </p>
      )}
      {seen.denial && (
        <p className="rumour-denial" {...airedAttribute(seen.denial.date)}>
          Denied by {seen.denial.by}
          {seen.denial.date && (
            <>
              , <DateText value={seen.denial.date} />
            </>
          )}
          .
        </p>
      )}
      {stints.length > 0 && (
        <p {...airedAttribute(rumour.decided)}>
          Borne out by{' '}
          {stints.map((s, i) => (
            <span key={s.portrayalId}>
              {i > 0 && ', '}
              <Link to={paths.actor(s.actor.id)}>{s.actor.name}</Link> as{' '}
              <Link to={paths.character(s.character.id)}>{s.character.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}

/** The rumour as a reader at `horizon` may see it: what came of it only if known by then. */
function seenOn(rumour: Rumour, horizon: Horizon): { seen: Rumour; outcomeHidden: boolean } {
  const { outcomeHidden, ...outcome } = rumourAsOf(rumour, horizon);
  return { seen: { ...rumour, ...outcome }, outcomeHidden };
}

function RumourItem({ rumour, horizon }: { rumour: Rumour; horizon: Horizon }) {
  const [revealed, setRevealed] = useState(false);
  const { seen, outcomeHidden } = seenOn(rumour, revealed ? null : horizon);
  // The status is an outcome too ("Confirmed"), dated like one; "Rumoured" gives nothing away.
  const statusDate = rumour.status === 'rumoured' ? rumour.date : rumour.decided;
  return (
    <li
      id={rumour.id}
      className={`event rumour status-${seen.status}`}
      {...airedAttribute(rumour.date)}
    >
      <div className="event-head">
        <span className="event-date">
          <DateText value={rumour.date} />
        </span>
        <span className={`badge badge-rumour-${seen.status}`} {...airedAttribute(statusDate)}>
          {rumourStatusLabels[seen.status]}
        </span>
      </div>
      <p className="rumour-claim">{rumour.claim}</p>
      <Outcome rumour={rumour} seen={seen} />
      {outcomeHidden && horizon && (
        <HiddenNotice
          text={`What came of it is hidden: it may tell of episodes after ${formatHorizon(horizon)}`}
          shows="what came of it"
          onShow={() => setRevealed(true)}
        />
      )}
      <PeopleChips characters={rumour.characters} actors={rumour.actors} />
      <p className="cite-line">
        <Cite sources={rumour.sources} />
      </p>
    </li>
  );
}

/**
 * Rumours in the order given, each with its date, status, outcome, people and sources. With a
 * spoiler horizon, rumours reported after it are folded ("2 later rumours hidden · Show"), and
 * of the others what came of them only shows if it was known by then.
 */
export function RumourList({ rumours }: { rumours: Rumour[] }) {
  const horizon = useHorizon();
  const fold = useSpoilerFold(rumours, (rumour) => rumour.date);
  return (
    <>
      <ol className="events rumours">
        {fold.items.map((rumour) => (
          <RumourItem key={rumour.id} rumour={rumour} horizon={horizon} />
        ))}
      </ol>
      <HiddenLater
        count={fold.hiddenCount}
        noun={['later rumour', 'later rumours']}
        onShow={fold.show}
      />
    </>
  );
}

/**
 * A person's rumours on their page: one line in the page renders this. Nothing shows when there
 * are none, so a quiet role is not padded with an empty section.
 */
export function RumourSection({ rumours, name }: { rumours: Rumour[]; name: string }) {
  if (rumours.length === 0) return null;
  return (
    <section aria-labelledby="rumours-heading">
      <h2 id="rumours-heading">Rumours about {name}</h2>
      <p>
        Fan-news talk about {name}, newest first, each followed to what came of it.{' '}
        <Link to={paths.rumours()}>All rumours</Link>
      </p>
      <RumourList rumours={rumours} />
    </section>
  );
}
