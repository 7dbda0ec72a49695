import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { HiddenLater } from '../../components/spoiler-fold';
import { airedAttribute } from '../../lib/horizon';
import { paths } from '../../lib/paths';
import { actorFirstSeen, actorSummaryAsOf, stintAired } from '../../lib/person-as-of';
import { formatStintYears } from '../../lib/stint';
import { useHorizon } from '../../lib/use-horizon';
import { actorQueries } from './queries';

export function ActorsPage() {
  const { data } = useSuspenseQuery(actorQueries.list());
  const horizon = useHorizon();
  const [showLater, setShowLater] = useState(false);
  const all = [...data.actors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  // An actor whose every role began after the reader's horizon is itself a spoiler.
  const actors = all.flatMap((a) => {
    const asOf = actorSummaryAsOf(a, showLater ? null : horizon);
    return asOf ? [asOf] : [];
  });
  return (
    <article className="page">
      <title>All actors · Anupamaa Wiki</title>
      <meta
        name="description"
        content={`All ${all.length} actors of Anupamaa, A to Z, with the roles they played and when.`}
      />
      <PageHeading>Actors</PageHeading>
      <p className="lead">
        Every one of the {all.length} actors known to have played a role in Anupamaa or its prequel,
        A to Z.
      </p>
      <HiddenLater
        count={all.length - actors.length}
        noun={['actor who joined later', 'actors who joined later']}
        onShow={() => setShowLater(true)}
      />
      <ul className="card-grid">
        {actors.map((actor) => (
          <li
            key={actor.id}
            className="card"
            {...(actor.roles.length > 0 ? airedAttribute(actorFirstSeen(actor)) : {})}
          >
            <Link to={paths.actor(actor.id)} className="card-title">
              {actor.name}
            </Link>
            {actor.roles.map((role) => (
              <span key={`${role.character.id}-${role.from}`} {...stintAired(role)}>
                {role.character.name} <span className="muted">{formatStintYears(role)}</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
