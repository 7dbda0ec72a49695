import { Link } from 'react-router';
import type { TimelineEvent } from '../api/schemas';
import { eventTypeLabels } from '../lib/labels';
import { aboutSections } from '../lib/glossary';
import { airedAttribute } from '../lib/horizon';
import { paths } from '../lib/paths';
import { ConfidenceBadge } from './badges';
import { DateWindow } from './date-text';
import { PeopleChips } from './people-chips';
import { Cite } from './sources';

/** Dated changes in the order given, each with its type in words, its people and its sources. */
export function EventList({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p>No changes match.</p>;
  const namesActors = events.some((event) => event.actors.length > 0);
  return (
    <>
      {namesActors && (
        <p className="key-line">
          ★ before a name marks an actor.{' '}
          <Link to={paths.about(aboutSections.symbols)}>What the symbols mean</Link>
        </p>
      )}
      <ol className="events">
        {events.map((event) => (
          <li
            key={event.id}
            className={`event type-${event.type}`}
            {...airedAttribute(event.date, event.dateUntil)}
          >
            <div className="event-head">
              <span className="event-date">
                <DateWindow date={event.date} until={event.dateUntil} />
              </span>
              <span className="badge badge-type">{eventTypeLabels[event.type]}</span>
              <ConfidenceBadge confidence={event.confidence} />
            </div>
            <p>
              {event.summary} <Cite sources={event.sources} />
            </p>
            {event.type === 'leap' && (
              // A leap's entry carries the leap's id: its page tells who left, stayed and joined.
              <p>
                <Link to={paths.leap(event.id)}>What changed at this leap</Link>
              </p>
            )}
            <PeopleChips characters={event.characters} actors={event.actors} />
          </li>
        ))}
      </ol>
    </>
  );
}
