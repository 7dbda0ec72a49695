import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ConfidenceBadge } from '../../components/badges';
import { DateText } from '../../components/date-text';
import { EventList } from '../../components/event-list';
import { HiddenStory } from '../../components/hidden-story';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { RolesRow } from '../../components/role-rows';
import { Cite } from '../../components/sources';
import { actorLaterLead, actorLead } from '../../lib/lead';
import { RumourSection } from '../../components/rumour-list';
import { HiddenLater } from '../../components/spoiler-fold';
import { airedAttribute, formatHorizon, type Horizon } from '../../lib/horizon';
import { actorAsOf, stintAired } from '../../lib/person-as-of';
import { useHorizon } from '../../lib/use-horizon';
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

function ActorInfobox({ actor, laterRoles }: { actor: ActorDetail; laterRoles: boolean }) {
  return (
    <Infobox title={actor.name}>
      {actor.alsoKnownAs.length > 0 && (
        <InfoRow label="Also credited as">{actor.alsoKnownAs.join(', ')}</InfoRow>
      )}
      <RolesRow portrayals={actor.portrayals} empty={laterRoles ? 'none yet' : undefined} />
      {actor.died && (
        <InfoRow label="Died" aired={airedAttribute(actor.died.date)}>
          <DateText value={actor.died.date} />
          {actor.died.detail && <> ({actor.died.detail})</>}
        </InfoRow>
      )}
    </Infobox>
  );
}

function OtherWork({
  actor,
  hidden,
  onShow,
}: {
  actor: ActorDetail;
  hidden: boolean;
  onShow: () => void;
}) {
  return (
    <section aria-labelledby="other-work-heading">
      <h2 id="other-work-heading">Other notable work</h2>
      {hidden ? (
        <HiddenStory what="Other work" why="it may come from later years" onShow={onShow} />
      ) : actor.otherWork.length === 0 ? (
        <p>None recorded in our sources.</p>
      ) : (
        <ul {...airedAttribute(null)}>
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

type Fold = 'roles' | 'events' | 'note' | 'work';

/**
 * Which folded parts of the page the reader has asked to see despite their horizon. Kept per
 * page and horizon (`scope`): the component stays mounted from one page to the next, and what
 * was shown on one must not be shown on the next.
 */
function useShown(scope: string) {
  const [shown, setShown] = useState<ReadonlySet<string>>(new Set());
  return {
    isShown: (part: Fold) => shown.has(`${scope} ${part}`),
    show: (part: Fold) => () => setShown((before) => new Set(before).add(`${scope} ${part}`)),
  };
}

/** The lead from the horizon's point of view; marked by every date it rests on. */
function ActorLead({ actor, horizon }: { actor: ActorDetail; horizon: Horizon }) {
  const text =
    horizon && actor.portrayals.length === 0
      ? actorLaterLead(actor.name, formatHorizon(horizon))
      : actorLead(actor);
  const aired =
    actor.portrayals.length === 0
      ? {}
      : airedAttribute(...actor.portrayals.map((p) => stintAired(p)['data-aired']));
  return (
    <p className="lead" {...aired}>
      {text} {!actor.note && <Cite sources={actor.sources} />}
    </p>
  );
}

export function ActorPage() {
  const { id = '' } = useParams();
  const { data: detail } = useSuspenseQuery(actorQueries.detail(id));
  const horizon = useHorizon();
  // A new horizon folds again what the reader had shown under the old one.
  const { isShown, show } = useShown(`${id} ${horizon ?? 'all'}`);
  const asOf = actorAsOf(detail, horizon);
  const rolesShown = isShown('roles');
  const actor: ActorDetail = {
    ...asOf.actor,
    portrayals: rolesShown ? detail.portrayals : asOf.actor.portrayals,
    died: rolesShown ? detail.died : asOf.actor.died,
    events: isShown('events') ? detail.events : asOf.actor.events,
    sources: rolesShown ? detail.sources : asOf.actor.sources,
  };
  const noteShown = !asOf.hidden.note || isShown('note');
  const hiddenRoles = rolesShown ? 0 : asOf.hidden.portrayals.length;
  const hiddenEvents = isShown('events') ? 0 : asOf.hidden.events.length;
  return (
    <article className="page">
      <title>{`${actor.name} · Actors · Anupamaa Wiki`}</title>
      <meta name="description" content={describeActor(detail)} />
      <p className="breadcrumb">
        <Link to={paths.actors()}>Actors</Link>
      </p>
      <PageHeading>{actor.name}</PageHeading>
      <ActorLead actor={actor} horizon={rolesShown ? null : horizon} />
      <div className="with-infobox">
        <div className="main-column">
          {detail.note && !noteShown && <HiddenStory what="Note" onShow={show('note')} />}
          {((noteShown && actor.note) || actor.confidence) && (
            <div className="prose">
              {noteShown && actor.note && (
                <p {...airedAttribute(null)}>
                  {actor.note} <Cite sources={actor.sources} />
                </p>
              )}
              <ConfidenceBadge confidence={actor.confidence} />
            </div>
          )}
          <section aria-labelledby="roles-heading">
            <h2 id="roles-heading">In Anupamaa</h2>
            <PortrayalList
              portrayals={actor.portrayals}
              perspective="actor"
              empty={
                hiddenRoles > 0
                  ? 'No role yet by the point you have watched up to.'
                  : 'No role in Anupamaa is recorded.'
              }
            />
            <HiddenLater
              count={hiddenRoles}
              noun={['later role', 'later roles']}
              onShow={show('roles')}
            />
          </section>
        </div>
        <ActorInfobox actor={actor} laterRoles={hiddenRoles > 0} />
      </div>
      {(actor.events.length > 0 || hiddenEvents > 0) && (
        <section aria-labelledby="news-heading">
          <h2 id="news-heading">Cast changes involving {actor.name}</h2>
          {actor.events.length > 0 && <EventList events={actor.events} />}
          <HiddenLater
            count={hiddenEvents}
            noun={['later change', 'later changes']}
            onShow={show('events')}
          />
        </section>
      )}
      <OtherWork
        actor={actor}
        hidden={asOf.hidden.otherWork && !isShown('work')}
        onShow={show('work')}
      />
      {/* The list folds later rumours and later outcomes itself, marking each for the first paint. */}
      <RumourSection rumours={detail.rumours} name={actor.name} />
      <FollowFeed href={paths.feed(paths.actor(actor.id))} what={actor.name} />
    </article>
  );
}
