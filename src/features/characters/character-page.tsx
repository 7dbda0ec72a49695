import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { CharacterDetail, RelationType } from '../../api/schemas';
import { ConfidenceBadge, DisputeNote } from '../../components/badges';
import { InfoRow, Infobox } from '../../components/infobox';
import { OnThisPage } from '../../components/on-this-page';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { NowRow, PlayedByRow } from '../../components/role-rows';
import { Cite } from '../../components/sources';
import { RumourSection } from '../../components/rumour-list';
import { householdLabels, relationLabels } from '../../lib/labels';
import { characterLead } from '../../lib/lead';
import { paths } from '../../lib/paths';
import { characterQueries } from './queries';

function groupRelations(relations: CharacterDetail['relations']) {
  const groups = new Map<RelationType, CharacterDetail['relations']>();
  for (const relation of relations) {
    groups.set(relation.type, [...(groups.get(relation.type) ?? []), relation]);
  }
  return [...groups];
}

/** A page long enough on a phone to need a contents list: several stints or a big family. */
function isLong(character: CharacterDetail): boolean {
  return character.portrayals.length >= 3 || character.relations.length >= 8;
}

function CharacterInfobox({ character }: { character: CharacterDetail }) {
  return (
    <Infobox title={character.name}>
      {character.otherNames.length > 0 && (
        <InfoRow label="Also known as">{character.otherNames.join(', ')}</InfoRow>
      )}
      {character.nicknames.length > 0 && (
        <InfoRow label="Nicknames">{character.nicknames.join(', ')}</InfoRow>
      )}
      <PlayedByRow portrayals={character.portrayals} />
      <NowRow portrayals={character.portrayals} />
      <InfoRow label="Status">{character.status}</InfoRow>
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
  );
}

export function CharacterPage() {
  const { id = '' } = useParams();
  const { data: character } = useSuspenseQuery(characterQueries.detail(id));
  return (
    <article className="page">
      <title>{`${character.name} · Characters · Anupamaa Wiki`}</title>
      <meta name="description" content={character.description} />
      <p className="breadcrumb">
        <Link to={paths.characters()}>Characters</Link> › {householdLabels[character.household]}
      </p>
      <PageHeading>{character.name}</PageHeading>
      <p className="lead">{characterLead(character)}</p>
      {isLong(character) && (
        <OnThisPage
          items={[
            { id: 'portrayed-heading', label: 'Portrayed by' },
            { id: 'references-heading', label: 'References' },
          ]}
        />
      )}
      <div className="with-infobox">
        <div className="main-column">
          <div className="prose">
            <p>
              {character.description} <Cite sources={character.sources} />
            </p>
            <ConfidenceBadge confidence={character.confidence} />
            {character.note && <p className="note">{character.note}</p>}
            {character.dispute && <DisputeNote dispute={character.dispute} />}
          </div>
          <section aria-labelledby="portrayed-heading">
            <h2 id="portrayed-heading">Portrayed by</h2>
            <PortrayalList portrayals={character.portrayals} perspective="character" />
            <p>
              <Link to={paths.cast({ character: character.id })}>
                Who played this role on a date?
              </Link>
            </p>
          </section>
        </div>
        <CharacterInfobox character={character} />
      </div>
      <RumourSection rumours={character.rumours} name={character.name} />
      <FollowFeed href={paths.feed(paths.character(character.id))} what={character.name} />
    </article>
  );
}
