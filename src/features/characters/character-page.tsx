import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { CharacterDetail, RelationType } from '../../api/schemas';
import { ConfidenceBadge, DisputeNote } from '../../components/badges';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { RumourSection } from '../../components/rumour-list';
import { Cite, SourceList } from '../../components/sources';
import { householdLabels, relationLabels } from '../../lib/labels';
import { paths } from '../../lib/paths';
import { characterQueries } from './queries';

function groupRelations(relations: CharacterDetail['relations']) {
  const groups = new Map<RelationType, CharacterDetail['relations']>();
  for (const relation of relations) {
    groups.set(relation.type, [...(groups.get(relation.type) ?? []), relation]);
  }
  return [...groups];
}

export function CharacterPage() {
  const { id = '' } = useParams();
  const { data: character } = useSuspenseQuery(characterQueries.detail(id));
  const allSources = [
    ...character.sources,
    ...(character.dispute?.sources ?? []),
    ...character.portrayals.flatMap((p) => [...p.sources, ...(p.dispute?.sources ?? [])]),
  ];
  return (
    <article className="page">
      <title>{`${character.name} · Characters · Anupamaa Wiki`}</title>
      <meta name="description" content={character.description} />
      <p className="breadcrumb">
        <Link to={paths.characters()}>Characters</Link> › {householdLabels[character.household]}
      </p>
      <PageHeading>{character.name}</PageHeading>
      <div className="with-infobox">
        <Infobox title={character.name}>
          {character.otherNames.length > 0 && (
            <InfoRow label="Also known as">{character.otherNames.join(', ')}</InfoRow>
          )}
          {character.nicknames.length > 0 && (
            <InfoRow label="Nicknames">{character.nicknames.join(', ')}</InfoRow>
          )}
          <InfoRow label="Status">{character.status}</InfoRow>
          <InfoRow label="Played by">
            {character.portrayals.length === 0
              ? 'unknown'
              : character.portrayals
                  // One name per actor, though an actor may have come back to the role.
                  .filter((p, i, all) => all.findIndex((q) => q.actor.id === p.actor.id) === i)
                  .map((p, i) => (
                    <span key={p.id}>
                      {i > 0 && ', '}
                      <Link to={paths.actor(p.actor.id)}>{p.actor.name}</Link>
                    </span>
                  ))}
          </InfoRow>
          {groupRelations(character.relations).map(([type, relations]) => (
            <InfoRow key={type} label={relationLabels[type]}>
              {relations.map((r, i) => (
                <span key={r.character.id}>
                  {i > 0 && ', '}
                  <Link to={paths.character(r.character.id)}>{r.character.name}</Link>
                </span>
              ))}
            </InfoRow>
          ))}
        </Infobox>
        <div className="prose">
          <p className="lead">
            {character.description} <Cite sources={character.sources} />
          </p>
          <ConfidenceBadge confidence={character.confidence} />
          {character.note && <p className="note">{character.note}</p>}
          {character.dispute && <DisputeNote dispute={character.dispute} />}
        </div>
      </div>
      <section aria-labelledby="portrayed-heading">
        <h2 id="portrayed-heading">Portrayed by</h2>
        <PortrayalList portrayals={character.portrayals} perspective="character" />
        <p>
          <Link to={paths.cast({ character: character.id })}>Who played this role on a date?</Link>
        </p>
      </section>
      <RumourSection rumours={character.rumours} name={character.name} />
      <FollowFeed href={paths.feed(paths.character(character.id))} what={character.name} />
      <SourceList sources={allSources} />
    </article>
  );
}
