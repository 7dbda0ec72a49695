import { useSuspenseQuery } from '@tanstack/react-query';
import type { TimelineEvent } from '../../api/schemas';
import { EventList } from '../../components/event-list';
import { PageHeading } from '../../components/page-heading';
import { yearOf } from '../../lib/partial-date';
import { timelineQueries } from './queries';

function groupByYear(events: TimelineEvent[]): [number, TimelineEvent[]][] {
  const years = new Map<number, TimelineEvent[]>();
  for (const event of events) {
    const year = yearOf(event.date);
    years.set(year, [...(years.get(year) ?? []), event]);
  }
  return [...years];
}

export function TimelinePage() {
  const { data } = useSuspenseQuery(timelineQueries.filtered({}));
  const years = groupByYear(data.events);
  return (
    <article className="page">
      <title>Cast-change timeline · Anupamaa Wiki</title>
      <meta
        name="description"
        content="Every dated cast change of Anupamaa since 2020: who joined, who left and why, who replaced whom, and the leaps."
      />
      <PageHeading>Cast-change timeline</PageHeading>
      <p className="lead">
        Every dated change to the cast of Anupamaa, oldest first: who joined, who left and why, who
        replaced whom, and the leaps that reshaped the story.
      </p>
      <nav aria-label="Years" className="jump-links">
        <ul>
          {years.map(([year]) => (
            <li key={year}>
              <a href={`#year-${year}`}>{year}</a>
            </li>
          ))}
        </ul>
      </nav>
      {years.map(([year, events]) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`}>{year}</h2>
          <EventList events={events} />
        </section>
      ))}
    </article>
  );
}
