import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CharacterSummary } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { HiddenLater } from '../../components/spoiler-fold';
import { airedAttribute, airedKey } from '../../lib/horizon';
import { groupByHousehold } from '../../lib/households';
import { householdLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { characterFirstSeen, characterSummaryAsOf, stintEndDate } from '../../lib/person-as-of';
import { useHorizon } from '../../lib/use-horizon';
import { characterQueries } from './queries';

/** A family shows once any member is on screen: it is marked by its earliest member. */
function familyAired(members: readonly CharacterSummary[]) {
  return airedAttribute(members.map((c) => airedKey(characterFirstSeen(c))).sort()[0]);
}

/** "Played by …" rests on every stint: who plays the role and that nobody came after. */
function latestAired(c: CharacterSummary) {
  return airedAttribute(...c.stints.flatMap((s) => [s.from, stintEndDate(s) ?? s.from]));
}

export function CharactersPage() {
  const { data } = useSuspenseQuery(characterQueries.list());
  const horizon = useHorizon();
  const [showLater, setShowLater] = useState(false);
  const asOf = data.characters.map((c) => characterSummaryAsOf(c, showLater ? null : horizon));
  const characters = asOf.flatMap((c) => (c ? [c] : []));
  const groups = groupByHousehold(characters);
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
      <HiddenLater
        count={data.characters.length - characters.length}
        noun={['character who appears later', 'characters who appear later']}
        onShow={() => setShowLater(true)}
      />
      <nav aria-label="Families" className="jump-links">
        <ul>
          {groups.map(({ household, members }) => (
            <li key={household} {...familyAired(members)}>
              <a href={`#${household}`}>{householdLabels[household]}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(({ household, members }) => (
        <section key={household} aria-labelledby={household} {...familyAired(members)}>
          <h2 id={household}>{householdLabels[household]}</h2>
          <ul className="card-grid">
            {members.map((c) => (
              <li key={c.id} className="card" {...airedAttribute(characterFirstSeen(c))}>
                <Link to={paths.character(c.id)} className="card-title">
                  {c.name}
                </Link>
                {c.nicknames.length > 0 && (
                  <span className="muted">“{c.nicknames.join('”, “')}”</span>
                )}
                <span {...latestAired(c)}>
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
