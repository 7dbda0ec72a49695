import type { TimelineEvent } from '../../api/schemas';
import { EventList } from '../../components/event-list';
import { yearOf } from '../../lib/partial-date';

function groupByYear(events: TimelineEvent[]): [number, TimelineEvent[]][] {
  const years = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years];
}

/** Every dated change, oldest first, under a heading per year with links to jump between them. */
export function ChangeLog({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p>No changes match these filters.</p>;
  const years = groupByYear(events);
  return (
    <>
      <nav aria-label="Years" className="jump-links">
        <ul>
          {years.map(([year]) => (
            <li key={year}>
              <a href={`#year-${year}`}>{year}</a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map(([year, list]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h3 id={`year-${year}`} className="year-heading">
            {year}
          </h3>
          <EventList events={list} />
        </section>
      ))}
    </>
  );
}
