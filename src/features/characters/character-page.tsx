import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { CharacterDetail, Relation, RelationType } from '../../api/schemas';
import { ConfidenceBadge, DisputeNote } from '../../components/badges';
import { HiddenStory } from '../../components/hidden-story';
import { InfoRow, Infobox } from '../../components/infobox';
import { OnThisPage } from '../../components/on-this-page';
import { PageHeading } from '../../components/page-heading';
import { FollowFeed } from '../../components/follow-feed';
import { PortrayalList } from '../../components/portrayal-list';
import { NowRow, PlayedByRow } from '../../components/role-rows';
import { Cite } from '../../components/sources';
import { RumourSection } from '../../components/rumour-list';
import { HiddenLater } from '../../components/spoiler-fold';
import { airedAttribute, airedKey, type Horizon } from '../../lib/horizon';
import { householdLabels, relationLabels } from '../../lib/labels';
import { characterIntro, portrayalSentence } from '../../lib/lead';
import { paths } from '../../lib/paths';
import { characterAsOf, characterIntroAired, portrayalSentenceAired } from '../../lib/person-as-of';
import { useHorizon } from '../../lib/use-horizon';
import { characterQueries } from './queries';

function groupRelations(relations: readonly Relation[]) {
  const groups = new Map<RelationType, Relation[]>();
  for (const relation of relations) {
    groups.set(relation.type, [...(groups.get(relation.type) ?? []), relation]);
  }
  return [...groups];
}

/** A row of relations shows while any of them does: it is marked by the earliest. */
function earliestAired(relations: readonly Relation[]) {
  const earliest = [...relations].sort((a, b) =>
    airedKey(a.since).localeCompare(airedKey(b.since)),
  )[0];
  return airedAttribute(earliest?.since);
}

/** A page long enough on a phone to need a contents list: several stints or a big family. */
function isLong(character: CharacterDetail): boolean {
  return character.portrayals.length >= 3 || character.relations.length >= 8;
}

type Fold = 'roles' | 'relations' | 'story';

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

function CharacterInfobox({
  character,
  horizon,
  storyShown,
  hiddenRelations,
  onShowRelations,
}: {
  character: CharacterDetail;
  horizon: Horizon;
  storyShown: boolean;
  hiddenRelations: number;
  onShowRelations: () => void;
}) {
  return (
    <Infobox
      title={character.name}
      footer={
        <HiddenLater
          count={hiddenRelations}
          noun={['later relation', 'later relations']}
          onShow={onShowRelations}
        />
      }
    >
      {character.otherNames.length > 0 && (
        <InfoRow label="Also known as">{character.otherNames.join(', ')}</InfoRow>
      )}
      {character.nicknames.length > 0 && (
        <InfoRow label="Nicknames">{character.nicknames.join(', ')}</InfoRow>
      )}
      <PlayedByRow portrayals={character.portrayals} />
      <NowRow portrayals={character.portrayals} horizon={horizon} />
      {storyShown && (
        <InfoRow label="Status" aired={airedAttribute(null)}>
          {character.status}
        </InfoRow>
      )}
      {groupRelations(character.relations).map(([type, relations]) => (
        <InfoRow key={type} label={relationLabels[type]} aired={earliestAired(relations)}>
          {relations.map((r, i) => (
            <span key={r.character.id} {...airedAttribute(r.since)}>
              {i > 0 && ', '}
              <Link to={paths.character(r.character.id)}>{r.character.name}</Link>
            </span>
          ))}
        </InfoRow>
      ))}
    </Infobox>
  );
}

/** The story summary and the wiki's notes: undated free text, so folded under any horizon. */
function Story({
  character,
  hidden,
  onShow,
}: {
  character: CharacterDetail;
  hidden: boolean;
  onShow: () => void;
}) {
  if (hidden) return <HiddenStory what="Story summary" onShow={onShow} />;
  return (
    <div className="prose" {...airedAttribute(null)}>
      <p>
        {character.description} <Cite sources={character.sources} />
      </p>
      <ConfidenceBadge confidence={character.confidence} />
      {character.note && <p className="note">{character.note}</p>}
      {character.dispute && <DisputeNote dispute={character.dispute} />}
    </div>
  );
}

export function CharacterPage() {
  const { id = '' } = useParams();
  const { data: detail } = useSuspenseQuery(characterQueries.detail(id));
  const horizon = useHorizon();
  // A new horizon folds again what the reader had shown under the old one.
  const { isShown, show } = useShown(`${id} ${horizon ?? 'all'}`);
  const asOf = characterAsOf(detail, horizon);
  const roles = isShown('roles') ? detail.portrayals : asOf.character.portrayals;
  const relations = isShown('relations') ? detail.relations : asOf.character.relations;
  const storyShown = !asOf.hidden.story || isShown('story');
  // What the page tells, as known at the horizon (all of it with none, or once shown).
  const character = { ...detail, portrayals: roles, relations };
  const rolesHorizon = isShown('roles') ? null : horizon;
  return (
    <article className="page">
      <title>{`${character.name} · Characters · Anupamaa Wiki`}</title>
      <meta name="description" content={character.description} />
      <p className="breadcrumb">
        <Link to={paths.characters()}>Characters</Link> › {householdLabels[character.household]}
      </p>
      <PageHeading>{character.name}</PageHeading>
      <p className="lead">
        <span {...characterIntroAired(character)}>{characterIntro(character)}</span>{' '}
        <span {...portrayalSentenceAired(character)}>
          {portrayalSentence(character.portrayals)}
        </span>
      </p>
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
          <Story character={character} hidden={!storyShown} onShow={show('story')} />
          <section aria-labelledby="portrayed-heading">
            <h2 id="portrayed-heading">Portrayed by</h2>
            <PortrayalList
              portrayals={roles}
              perspective="character"
              empty={
                isShown('roles') || asOf.hidden.portrayals.length === 0
                  ? undefined
                  : 'Not on screen yet by the point you have watched up to.'
              }
            />
            {!isShown('roles') && (
              <HiddenLater
                count={asOf.hidden.portrayals.length}
                noun={['later role', 'later roles']}
                onShow={show('roles')}
              />
            )}
            <p>
              <Link to={paths.cast({ character: character.id })}>
                Who played this role on a date?
              </Link>
            </p>
          </section>
        </div>
        <CharacterInfobox
          character={character}
          horizon={rolesHorizon}
          storyShown={storyShown}
          hiddenRelations={isShown('relations') ? 0 : asOf.hidden.relations.length}
          onShowRelations={show('relations')}
        />
      </div>
      {/* The list folds later rumours and later outcomes itself, marking each for the first paint. */}
      <RumourSection rumours={detail.rumours} name={character.name} />
      <FollowFeed href={paths.feed(paths.character(character.id))} what={character.name} />
    </article>
  );
}
