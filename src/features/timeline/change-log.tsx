import type { TimelineEvent } from '../../api/schemas';
import { EventList } from '../../components/event-list';
import { firstAired } from '../../lib/as-of';
import { airedAttribute } from '../../lib/horizon';
import { yearOf } from '../../lib/partial-date';

/** The date an entry is known from: the end of its window when it has one. */
const knownFrom = (event: TimelineEvent) => event.dateUntil ?? event.date;

function groupByYear(events: TimelineEvent[]): [number, TimelineEvent[]][] {
  const years = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years];
}

/**
 * Every dated change, oldest first, under a heading per year with links to jump between them.
 * For the spoiler horizon's early hiding, a year's link is marked by its first change and its
 * section by its last (the entries are drawn by a shared list), so the first paint holds no
 * later change; the app then renders the changes up to the horizon.
 */
export function ChangeLog({ events }: { events: TimelineEvent[] }) {
  if (events.length === 0) return <p>No changes match these filters.</p>;
  const years = groupByYear(events);
  return (
    <>
      <nav aria-label="Years" className="jump-links">
        <ul>
          {years.map(([year, list]) => (
            <li key={year} {...airedAttribute(firstAired(list.map(knownFrom)))}>
              <a href={`#year-${year}`}>{year}</a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map(([year, list]) => (
        <section
          key={year}
          aria-labelledby={`year-${year}`}
          {...airedAttribute(...list.map(knownFrom))}
        >
          <h3 id={`year-${year}`} className="year-heading">
            {year}
          </h3>
          <EventList events={list} />
        </section>
      ))}
    </>
  );
}
