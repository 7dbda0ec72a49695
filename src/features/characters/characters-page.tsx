import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { groupByHousehold } from '../../lib/households';
import { householdLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { characterQueries } from './queries';

export function CharactersPage() {
  const { data } = useSuspenseQuery(characterQueries.list());
  const groups = groupByHousehold(data.characters);
  return (
    <article className="page">
      <title>All characters · Anupamaa Wiki</title>
      <meta
        name="description"
        content={`All ${data.characters.length} characters of Anupamaa, family by family, with who plays them now or played them last.`}
      />
      <PageHeading>Characters</PageHeading>
      <p className="lead">
        All {data.characters.length} characters of Anupamaa and its prequel, family by family, with
        who plays them now or who played them last.
      </p>
      <nav aria-label="Families" className="jump-links">
        <ul>
          {groups.map(({ household }) => (
            <li key={household}>
              <a href={`#${household}`}>{householdLabels[household]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ household, members }) => (
        <section key={household} aria-labelledby={household}>
          <h2 id={household}>{householdLabels[household]}</h2>
          <ul className="card-grid">
            {members.map((c) => (
              <li key={c.id} className="card">
                <Link to={paths.character(c.id)} className="card-title">
                  {c.name}
                </Link>
                {c.nicknames.length > 0 && (
                  <span className="muted">“{c.nicknames.join('”, “')}”</span>
                )}
                <span>
                  {c.latestActor === null
                    ? 'Actor not known'
                    : `${c.latestStatus === 'ongoing' ? 'Played by' : 'Last played by'} ${c.latestActor.name}`}
                  {c.actorCount > 1 && <span className="muted"> · {c.actorCount} actors</span>}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </article>
  );
}
