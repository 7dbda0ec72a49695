import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { CastComparison, Portrayal, Recast } from '../api/schemas';
import { stintAsOf, stintEndKnownFrom, stintKnownFrom } from '../lib/as-of';
import { airedAttribute, isPastHorizon, type Horizon } from '../lib/horizon';
import { paths } from '../lib/paths';
import { formatStint } from '../lib/stint';
import { useHorizon } from '../lib/use-horizon';
import { DateText } from './date-text';
import { RoleLine } from './role-line';
import { Cite } from './sources';

type Level = 2 | 3;

function Heading({ level, id, children }: { level: Level; id: string; children: ReactNode }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

/**
 * A stint's line with its dates, told as at the reader's spoiler horizon (an end after it is not
 * given) and marked so that the prerendered dates are hidden before the first paint.
 */
function StintRow({ stint, horizon }: { stint: Portrayal; horizon: Horizon }) {
  const known = (horizon && stintAsOf(stint, horizon, null)) || stint;
  return (
    <li {...airedAttribute(stintKnownFrom(stint))}>
      <RoleLine actor={stint.actor} character={stint.character} />{' '}
      <span
        className="cast-dates"
        {...airedAttribute(stintKnownFrom(stint), stintEndKnownFrom(stint))}
      >
        ({formatStint(known)})
      </span>{' '}
      <Cite sources={stint.sources} />
    </li>
  );
}

function RecastRow({ recast }: { recast: Recast }) {
  const names = (stints: Portrayal[]) =>
    stints.map((s, i) => (
      <span key={s.id}>
        {i > 0 && ' and '}
        <Link to={paths.actor(s.actor.id)}>{s.actor.name}</Link>
      </span>
    ));
  return (
    <li {...airedAttribute(...recast.after.map(stintKnownFrom))}>
      <Link to={paths.character(recast.character.id)}>{recast.character.name}</Link>:{' '}
      {names(recast.before)} <span aria-hidden="true">→</span>
      <span className="visually-hidden">, then</span> {names(recast.after)}{' '}
      <Cite sources={[...recast.before, ...recast.after].flatMap((s) => s.sources)} />
    </li>
  );
}

function Group({
  level,
  id,
  title,
  hint,
  count,
  children,
}: {
  level: Level;
  id: string;
  title: string;
  hint: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section aria-labelledby={id} className="change-group">
      <Heading level={level} id={id}>
        {title} ({count})
      </Heading>
      <p className="muted">{hint}</p>
      <ul className="change-list">{children}</ul>
    </section>
  );
}

/**
 * What changed in the cast between two days, in groups a fan reads top to bottom: who left, whose
 * role passed to another actor (aged-up children apart), who joined, who is no longer reported,
 * who stayed, and the leaps in between. The leap pages and `/cast?at=…&vs=…` both show it.
 */
export function CastChanges({
  changes,
  level = 2,
  idPrefix = 'changes',
  horizon: chosen,
}: {
  changes: CastComparison;
  level?: Level;
  idPrefix?: string;
  /**
   * The spoiler horizon to tell the stints and leaps at; by default the reader's (a page passes
   * null once the reader asked to see what came later).
   */
  horizon?: Horizon;
}) {
  const readers = useHorizon();
  const horizon = chosen === undefined ? readers : chosen;
  const leaps = changes.leaps.filter((leap) => !isPastHorizon(leap.aired, horizon));
  const agedUp = changes.recast.filter((r) => r.agedUp);
  const recast = changes.recast.filter((r) => !r.agedUp);
  const nothing =
    changes.left.length + changes.joined.length + changes.recast.length === 0 &&
    changes.noLongerReported.length + changes.vague.length === 0;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div className="cast-changes">
      {nothing && <p>No change in the cast is recorded between these two days.</p>}
      <Group
        level={level}
        id={id('left')}
        title="Left"
        hint="In the cast on the first day, gone by the second; the role was not handed on."
        count={changes.left.length}
      >
        {changes.left.map((s) => (
          <StintRow key={s.id} stint={s} horizon={horizon} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('recast')}
        title="Recast"
        hint="The role passed from one actor to another."
        count={recast.length}
      >
        {recast.map((r) => (
          <RecastRow key={r.character.id} recast={r} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('aged-up')}
        title="Aged up"
        hint="A child’s role taken over by an older actor."
        count={agedUp.length}
      >
        {agedUp.map((r) => (
          <RecastRow key={r.character.id} recast={r} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('joined')}
        title="Joined"
        hint="Not in the cast on the first day, in it by the second."
        count={changes.joined.length}
      >
        {changes.joined.map((s) => (
          <StintRow key={s.id} stint={s} horizon={horizon} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('unreported')}
        title="No longer reported"
        hint="In the cast on the first day; by the second, no source places them in the role, nor says they left."
        count={changes.noLongerReported.length}
      >
        {changes.noLongerReported.map((s) => (
          <StintRow key={s.id} stint={s} horizon={horizon} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('vague')}
        title="Too vaguely dated to tell"
        hint="Both days fall inside the month or year that the sources date this stint’s start or end to."
        count={changes.vague.length}
      >
        {changes.vague.map((s) => (
          <StintRow key={s.id} stint={s} horizon={horizon} />
        ))}
      </Group>
      <Group
        level={level}
        id={id('stayed')}
        title="Stayed"
        hint="In the same role on both days."
        count={changes.stayed.length}
      >
        {/* Names only: staying is the quiet case, and each stint's sources are on its pages. */}
        {changes.stayed.map((s) => (
          <li key={s.id} {...airedAttribute(stintKnownFrom(s))}>
            <RoleLine actor={s.actor} character={s.character} />
          </li>
        ))}
      </Group>
      {leaps.length > 0 && (
        <section aria-labelledby={id('leaps')} className="change-group">
          <Heading level={level} id={id('leaps')}>
            Leaps in between ({leaps.length})
          </Heading>
          <ul className="change-list">
            {leaps.map((leap) => (
              <li key={leap.id} {...airedAttribute(leap.aired)}>
                <Link to={paths.leap(leap.id)}>{leap.label}</Link>, <DateText value={leap.aired} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
