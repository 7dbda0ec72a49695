import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { DisputeNote } from '../../components/badges';
import { DateText, DateWindow } from '../../components/date-text';
import { InfoRow, Infobox } from '../../components/infobox';
import { PageHeading } from '../../components/page-heading';
import { OnThisPage } from '../../components/on-this-page';
import { Cite } from '../../components/sources';
import { EventList } from '../../components/event-list';
import { Fold } from '../../components/fold';
import { LeapList } from '../../components/leap-list';
import { FollowFeed } from '../../components/follow-feed';
import { LatestReport } from '../../components/latest-report';
import { HiddenStory } from '../../components/hidden-story';
import { HiddenLater, useSpoilerFold } from '../../components/spoiler-fold';
import { airedAttribute, isPastHorizon } from '../../lib/horizon';
import { formatPartialDate } from '../../lib/partial-date';
import { useHorizon } from '../../lib/use-horizon';
import { paths } from '../../lib/paths';
import { withFullStop } from '../../lib/text';
import { showQueries } from './queries';

/** The date a change is known from: the end of its window when it has one. */
const changeDate = (change: { date: string; dateUntil: string | null }) =>
  change.dateUntil ?? change.date;
/** Undated notes (open questions, disputes, reports) may tell of any time: a horizon folds them. */
const undated = () => null;

export function ShowPage() {
  const { data: show } = useSuspenseQuery(showQueries.detail());
  const asOf = formatPartialDate(show.status.asOf);
  // With a spoiler horizon, whatever is dated after it (or not dated) is folded, saying so; the
  // prerendered markup carries data-aired marks so the head script hides it before first paint.
  const horizon = useHorizon();
  const [showLeads, setShowLeads] = useState(false);
  const [showStory, setShowStory] = useState(false);
  const storyHidden = horizon !== null && !showStory;
  const leadsLater = !showLeads && isPastHorizon(show.status.asOf, horizon);
  const changes = useSpoilerFold(show.latestChanges, changeDate);
  const leaps = useSpoilerFold(show.leaps, (leap) => leap.aired);
  const milestones = useSpoilerFold(show.milestones, changeDate);
  const disputes = useSpoilerFold(show.disputes, undated);
  const gaps = useSpoilerFold(show.gaps, undated);
  const unplaced = useSpoilerFold(show.unplacedCast, undated);
  return (
    <article className="page">
      <title>Anupamaa Wiki: cast, characters and every recast, with sources</title>
      <PageHeading>{show.title}</PageHeading>
      {/* The premise is undated and tells of later story: a horizon folds it. */}
      {storyHidden ? (
        <HiddenStory what="Story summary" onShow={() => setShowStory(true)} />
      ) : (
        <p className="lead" {...airedAttribute(null)}>
          {show.premise.value} <Cite sources={show.premise.sources} />
        </p>
      )}
      <section aria-labelledby="leads-heading" className="leads">
        <h2 id="leads-heading">Leads as of {asOf}</h2>
        {leadsLater && (
          <HiddenLater
            count={show.currentLeads.length}
            noun={[`lead as of ${asOf}`, `leads as of ${asOf}`]}
            onShow={() => setShowLeads(true)}
          />
        )}
        {!leadsLater && (
          <ul className="leads-list" {...airedAttribute(show.status.asOf)}>
            {show.currentLeads.map(({ character, actor }) => (
              <li key={`${character.id}-${actor.id}`}>
                <Link to={paths.character(character.id)} className="lead-name">
                  {character.name}
                </Link>{' '}
                played by <Link to={paths.actor(actor.id)}>{actor.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <LatestReport date={show.latestReport} />
      <OnThisPage
        items={[
          { id: 'changes-heading', label: 'Cast changes' },
          { id: 'leaps-heading', label: 'Leaps' },
          { id: 'details-heading', label: 'Show details' },
          { id: 'more-heading', label: 'Behind the show' },
          { id: 'disputes-heading', label: 'Disputes' },
          { id: 'unknown-heading', label: 'Unknowns' },
          { id: 'references-heading', label: 'References' },
        ]}
      />
      <section aria-labelledby="changes-heading">
        <h2 id="changes-heading">Latest cast changes</h2>
        {/* The shared list marks no entry, so the list is marked by its latest one. */}
        <div {...airedAttribute(...show.latestChanges.map(changeDate))}>
          {changes.items.length > 0 && <EventList events={changes.items} />}
        </div>
        <HiddenLater count={changes.hiddenCount} onShow={changes.show} />
        <p>
          <Link to={paths.timeline()}>Every cast change since 2020 →</Link>
        </p>
      </section>

      <section aria-labelledby="leaps-heading">
        <h2 id="leaps-heading">Leaps</h2>
        {leaps.items.length > 0 && <LeapList leaps={leaps.items} />}
        <HiddenLater
          count={leaps.hiddenCount}
          noun={['later leap', 'later leaps']}
          onShow={leaps.show}
        />
      </section>

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Show details</h2>
        <Fold summary="Channel, premiere, producers, episodes and more">
          <Infobox title={`${show.title} at a glance`}>
            <InfoRow label="Channel">
              {show.channel.value} <Cite sources={show.channel.sources} />
            </InfoRow>
            <InfoRow label="Language">
              {show.language.value} <Cite sources={show.language.sources} />
            </InfoRow>
            <InfoRow label="Premiere">
              <DateText value={show.premiere.value} /> <Cite sources={show.premiere.sources} />
            </InfoRow>
            <InfoRow label="Shooting began">
              <DateText value={show.shootingBegan.value} />
              {show.shootingBegan.note && <> ({show.shootingBegan.note})</>}{' '}
              <Cite sources={show.shootingBegan.sources} />
            </InfoRow>
            <InfoRow label="Status">
              {show.status.value === 'ongoing' ? `On air (as of ${asOf})` : 'Ended'}{' '}
              <Cite sources={show.status.sources} />
            </InfoRow>
            <InfoRow label="Producers">
              {show.producers.names.join(', ')}
              {show.producers.note && <> ({show.producers.note})</>}{' '}
              <Cite sources={show.producers.sources} />
            </InfoRow>
            <InfoRow label="Production company">
              {show.productionCompany.value} <Cite sources={show.productionCompany.sources} />
              {show.productionCompany.dispute && (
                <DisputeNote dispute={show.productionCompany.dispute} />
              )}
            </InfoRow>
            <InfoRow label="Based on">
              {show.basedOn.value} <Cite sources={show.basedOn.sources} />
            </InfoRow>
            <InfoRow label="Streaming">
              {show.streaming.value} <Cite sources={show.streaming.sources} />
            </InfoRow>
            <InfoRow label="Time slot">
              {show.timeslot.value} <Cite sources={show.timeslot.sources} />
            </InfoRow>
            <InfoRow label="Episodes">
              {show.episodes.value} <Cite sources={show.episodes.sources} />
            </InfoRow>
          </Infobox>
        </Fold>
      </section>

      <section aria-labelledby="more-heading">
        <h2 id="more-heading">Behind the show</h2>
        <Fold summary="Writers, prequel, sister shows and milestones">
          <h3>Writers and creative team</h3>
          <ul>
            {show.writers.map((w) => (
              <li key={w.name}>
                {w.name}: {w.role} <Cite sources={w.sources} />
              </li>
            ))}
          </ul>
          <h3>Prequel</h3>
          <p>
            <cite>{show.prequel.title}</cite> on {show.prequel.platform}, from{' '}
            <DateText value={show.prequel.premiere} />
            {show.prequel.episodes !== null && <>, {show.prequel.episodes} episodes</>}.{' '}
            {show.prequel.setting} <Cite sources={show.prequel.sources} />
          </p>
          <h3>Sister adaptations</h3>
          <ul>
            {show.siblingAdaptations.map((a) => (
              <li key={a.title}>
                <cite>{a.title}</cite> ({a.language}, {a.channel}, from{' '}
                <DateText value={a.started} />){a.note && <>: {a.note}</>}{' '}
                <Cite sources={a.sources} />
              </li>
            ))}
          </ul>
          <h3>Milestones</h3>
          <ul>
            {milestones.items.map((m) => (
              <li key={m.what} {...airedAttribute(changeDate(m))}>
                <DateWindow date={m.date} until={m.dateUntil} />: {m.what}{' '}
                <Cite sources={m.sources} />
              </li>
            ))}
          </ul>
          <HiddenLater
            count={milestones.hiddenCount}
            noun={['later milestone', 'later milestones']}
            onShow={milestones.show}
          />
        </Fold>
      </section>

      <section aria-labelledby="disputes-heading">
        <h2 id="disputes-heading">Where sources disagree</h2>
        <Fold summary={`Show the ${show.disputes.length} disputes`}>
          <ul>
            {disputes.items.map((d) => (
              <li key={d.topic} {...airedAttribute(null)}>
                <strong>{withFullStop(d.topic)}</strong> {d.detail} <Cite sources={d.sources} />
              </li>
            ))}
          </ul>
          <HiddenLater
            count={disputes.hiddenCount}
            noun={['undated dispute', 'undated disputes']}
            onShow={disputes.show}
          />
        </Fold>
      </section>

      <section aria-labelledby="unknown-heading">
        <h2 id="unknown-heading">What we don't know yet</h2>
        <Fold summary="Open questions, and people whose role is unknown">
          <ul>
            {gaps.items.map((gap) => (
              <li key={gap} {...airedAttribute(null)}>
                {gap}
              </li>
            ))}
          </ul>
          <HiddenLater
            count={gaps.hiddenCount}
            noun={['undated open question', 'undated open questions']}
            onShow={gaps.show}
          />
          <h3>Reported in the cast, role unknown</h3>
          <ul>
            {unplaced.items.map((u) => (
              <li key={u.name} {...airedAttribute(null)}>
                <strong>{u.name}</strong>: {u.detail} <Cite sources={u.sources} />
              </li>
            ))}
          </ul>
          <HiddenLater
            count={unplaced.hiddenCount}
            noun={['undated report', 'undated reports']}
            onShow={unplaced.show}
          />
        </Fold>
      </section>

      <nav aria-label="Explore the wiki" className="ways-on">
        <h2>Explore</h2>
        <ul className="card-grid">
          <li className="card">
            <Link to={paths.characters()} className="card-title">
              All {show.counts.characters} characters
            </Link>
          </li>
          <li className="card">
            <Link to={paths.actors()} className="card-title">
              All {show.counts.actors} actors
            </Link>
          </li>
          <li className="card">
            <Link to={paths.timeline()} className="card-title">
              Cast-change timeline
            </Link>
          </li>
        </ul>
      </nav>

      <FollowFeed href={paths.feed(paths.home())} what="every cast change and leap" />
    </article>
  );
}
