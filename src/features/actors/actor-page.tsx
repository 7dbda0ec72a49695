import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ConfidenceBadge } from '../../components/badges';
import { DateText } from '../../components/date-text';
import { EventList } from '../../components/event-list';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { RumourSection } from '../../components/rumour-list';
import { SourceList } from '../../components/sources';
import { paths } from '../../lib/paths';
import { formatStint } from '../../lib/stint';
import type { ActorDetail } from '../../api/schemas';
import { actorQueries } from './queries';

/** One line for search engines and link previews: who they played in the show, and when. */
function describeActor(actor: ActorDetail): string {
  const roles = actor.portrayals.map((p) => `${p.character.name} (${formatStint(p)})`);
  return roles.length > 0
    ? `${actor.name} in Anupamaa: ${roles.join('; ')}. Stints, exits, replacements and sources.`
    : `${actor.name} in Anupamaa, with sources.`;
}

export function ActorPage() {
  const { id = '' } = useParams();
  const { data: actor } = useSuspenseQuery(actorQueries.detail(id));
  const roles = [...new Map(actor.portrayals.map((p) => [p.character.id, p.character])).values()];
  const allSources = [
    ...actor.sources,
    ...actor.portrayals.flatMap((p) => [...p.sources, ...(p.dispute?.sources ?? [])]),
    ...actor.events.flatMap((e) => e.sources),
  ];
  return (
    <article className="page">
      <title>{`${actor.name} · Actors · Anupamaa Wiki`}</title>
      <meta name="description" content={describeActor(actor)} />
      <p className="breadcrumb">
        <Link to={paths.actors()}>Actors</Link>
      </p>
      <PageHeading>{actor.name}</PageHeading>
      <div className="with-infobox">
        <Infobox title={actor.name}>
          {actor.alsoKnownAs.length > 0 && (
            <InfoRow label="Also credited as">{actor.alsoKnownAs.join(', ')}</InfoRow>
          )}
          <InfoRow label={roles.length === 1 ? 'Role' : 'Roles'}>
            {roles.map((c, i) => (
              <span key={c.id}>
                {i > 0 && ', '}
                <Link to={paths.character(c.id)}>{c.name}</Link>
              </span>
            ))}
          </InfoRow>
          {actor.died && (
            <InfoRow label="Died">
              <DateText value={actor.died.date} />
              {actor.died.detail && <> ({actor.died.detail})</>}
            </InfoRow>
          )}
        </Infobox>
        <div className="prose">
          {actor.note && <p className="lead">{actor.note}</p>}
          <ConfidenceBadge confidence={actor.confidence} />
          <section aria-labelledby="other-work-heading">
            <h2 id="other-work-heading">Other notable work</h2>
            {actor.otherWork.length === 0 ? (
              <p>None recorded in our sources.</p>
            ) : (
              <ul>
                {actor.otherWork.map((w) => (
                  <li key={w.title}>
                    <cite>{w.title}</cite>
                    {w.detail && <> ({w.detail})</>}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </div>
      <section aria-labelledby="roles-heading">
        <h2 id="roles-heading">In Anupamaa</h2>
        <PortrayalList portrayals={actor.portrayals} perspective="actor" />
      </section>
      {actor.events.length > 0 && (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">Cast changes involving {actor.name}</h2>
          <EventList events={actor.events} />
        </section>
      )}
      <RumourSection rumours={actor.rumours} name={actor.name} />
      <FollowFeed href={paths.feed(paths.actor(actor.id))} what={actor.name} />
      <SourceList sources={allSources} />
    </article>
  );
}
