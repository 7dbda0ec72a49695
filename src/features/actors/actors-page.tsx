import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { paths } from '../../lib/paths';
import { formatStintYears } from '../../lib/stint';
import { actorQueries } from './queries';

export function ActorsPage() {
  const { data } = useSuspenseQuery(actorQueries.list());
  const actors = [...data.actors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <article className="page">
      <title>All actors · Anupamaa Wiki</title>
      <meta
        name="description"
        content={`All ${actors.length} actors of Anupamaa, A to Z, with the roles they played and when.`}
      />
      <PageHeading>Actors</PageHeading>
      <p className="lead">
        Every one of the {actors.length} actors known to have played a role in Anupamaa or its
        prequel, A to Z.
      </p>
      <ul className="card-grid">
        {actors.map((actor) => (
          <li key={actor.id} className="card">
            <Link to={paths.actor(actor.id)} className="card-title">
              {actor.name}
            </Link>
            {actor.roles.map((role) => (
              <span key={role.character.id}>
                {role.character.name} <span className="muted">{formatStintYears(role)}</span>
              </span>
            ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
