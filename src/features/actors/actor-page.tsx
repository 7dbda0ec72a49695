import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { ConfidenceBadge } from '../../components/badges';
import { DateText } from '../../components/date-text';
import { EventList } from '../../components/event-list';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { RolesRow } from '../../components/role-rows';
import { Cite } from '../../components/sources';
import { actorLead } from '../../lib/lead';
import { RumourSection } from '../../components/rumour-list';
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

function ActorInfobox({ actor }: { actor: ActorDetail }) {
  return (
    <Infobox title={actor.name}>
      {actor.alsoKnownAs.length > 0 && (
        <InfoRow label="Also credited as">{actor.alsoKnownAs.join(', ')}</InfoRow>
      )}
      <RolesRow portrayals={actor.portrayals} />
      {actor.died && (
        <InfoRow label="Died">
          <DateText value={actor.died.date} />
          {actor.died.detail && <> ({actor.died.detail})</>}
        </InfoRow>
      )}
    </Infobox>
  );
}

function OtherWork({ actor }: { actor: ActorDetail }) {
  return (
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
  );
}

export function ActorPage() {
  const { id = '' } = useParams();
  const { data: actor } = useSuspenseQuery(actorQueries.detail(id));
  return (
    <article className="page">
      <title>{`${actor.name} · Actors · Anupamaa Wiki`}</title>
      <meta name="description" content={describeActor(actor)} />
      <p className="breadcrumb">
        <Link to={paths.actors()}>Actors</Link>
      </p>
      <PageHeading>{actor.name}</PageHeading>
      <p className="lead">
        {actorLead(actor)} {!actor.note && <Cite sources={actor.sources} />}
      </p>
      <div className="with-infobox">
        <div className="main-column">
          {(actor.note || actor.confidence) && (
            <div className="prose">
              {actor.note && (
                <p>
                  {actor.note} <Cite sources={actor.sources} />
                </p>
              )}
              <ConfidenceBadge confidence={actor.confidence} />
            </div>
          )}
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">In Anupamaa</h2>
            <PortrayalList portrayals={actor.portrayals} perspective="actor" />
          </section>
        </div>
        <ActorInfobox actor={actor} />
      </div>
      {actor.events.length > 0 && (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">Cast changes involving {actor.name}</h2>
          <EventList events={actor.events} />
        </section>
      )}
      <OtherWork actor={actor} />
      <RumourSection rumours={actor.rumours} name={actor.name} />
      <FollowFeed href={paths.feed(paths.actor(actor.id))} what={actor.name} />
    </article>
  );
}
