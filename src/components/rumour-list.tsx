import { Link } from 'react-router';
import type { Rumour } from '../api/schemas';
import { rumourStatusLabels } from '../lib/labels';
import { paths } from '../lib/paths';
import { DateText } from './date-text';
import { Cite } from './sources';

/** How the rumour came out, in one line: who denied it, or which stint bore it out. */
function Outcome({ rumour }: { rumour: Rumour }) {
  const stints = rumour.confirmedBy.flatMap((c) => (c.portrayal ? [c.portrayal] : []));
  return (
    <>
      {rumour.outcome && (
        <p>
          <strong>Outcome:</strong> {rumour.outcome}
        </p>
      )}
      {rumour.denial && (
        <p className="rumour-denial">
          Denied by {rumour.denial.by}
          {rumour.denial.date && (
            <>
              , <DateText value={rumour.denial.date} />
            </>
          )}
          .
        </p>
      )}
      {stints.length > 0 && (
        <p>
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

/** Rumours in the order given, each with its date, status, outcome, people and sources. */
export function RumourList({ rumours }: { rumours: Rumour[] }) {
  return (
    <ol className="events rumours">
      {rumours.map((rumour) => (
        <li key={rumour.id} id={rumour.id} className={`event rumour status-${rumour.status}`}>
          <div className="event-head">
            <span className="event-date">
              <DateText value={rumour.date} />
            </span>
            <span className={`badge badge-rumour-${rumour.status}`}>
              {rumourStatusLabels[rumour.status]}
            </span>
          </div>
          <p className="rumour-claim">{rumour.claim}</p>
          <Outcome rumour={rumour} />
          {(rumour.characters.length > 0 || rumour.actors.length > 0) && (
            <p className="event-people">
              {rumour.characters.map((c) => (
                <Link key={c.id} to={paths.character(c.id)} className="chip">
                  {c.name}
                </Link>
              ))}
              {rumour.actors.map((a) => (
                <Link key={a.id} to={paths.actor(a.id)} className="chip chip-actor">
                  {a.name}
                </Link>
              ))}
            </p>
          )}
          <p className="cite-line">
            <Cite sources={rumour.sources} />
          </p>
        </li>
      ))}
    </ol>
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
