import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo } from 'react';
import { Form, Link, useNavigate, useSearchParams } from 'react-router';
import type { TimelineCharacter } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { whenIdle } from '../../lib/idle';
import { householdLabels } from '../../lib/labels';
import { firstDay, formatPartialDate, isoOfDay, lastDay } from '../../lib/partial-date';
import { paths } from '../../lib/paths';
import { quoteInput } from '../../lib/text';
import { castOnDate, type CastAnswer, type CastStint } from './cast-on-date';
import { timelineQueries } from './queries';

const PRESENCE_BADGE: Record<CastStint['presence'], string | null> = {
  in: null,
  probably: 'Probably',
  uncertain: 'Dates uncertain',
};

function StintLine({ stint }: { stint: CastStint }) {
  const badge = PRESENCE_BADGE[stint.presence];
  return (
    <li>
      <Link to={paths.actor(stint.portrayal.actor.id)}>{stint.portrayal.actor.name}</Link>
      {badge && (
        <>
          {' '}
          <span className={`badge badge-${stint.presence}`}>{badge}</span>
        </>
      )}
      {stint.reason && <span className="cast-reason"> ({stint.reason})</span>}
    </li>
  );
}

function CastList({
  answer,
  character,
}: {
  answer: Extract<CastAnswer, { kind: 'cast' }>;
  character: TimelineCharacter | undefined;
}) {
  const date = formatPartialDate(answer.iso);
  if (answer.groups.length === 0) {
    return (
      <p>
        {character
          ? `No actor is known to have played ${character.name} on ${date}.`
          : `No one is known to have been in the cast on ${date}.`}
      </p>
    );
  }
  const count = answer.groups.reduce((n, g) => n + g.characters.length, 0);
  return (
    <>
      {!character && (
        <p>
          {count} {count === 1 ? 'character' : 'characters'} with an actor known or likely on that
          day. “Probably” marks a role still running at its latest report; “dates uncertain” marks a
          day inside a month or year that a start or end is known only to, or a stint whose start or
          end no source dates.
        </p>
      )}
      {answer.groups.map((group) => (
        <section
          key={group.household}
          className="cast-group"
          aria-labelledby={`cast-${group.household}`}
        >
          <h3 id={`cast-${group.household}`}>{householdLabels[group.household]}</h3>
          <ul className="cast-list">
            {group.characters.map(({ character: c, stints }) => (
              <li key={c.id}>
                <Link to={paths.character(c.id)}>{c.name}</Link>
                <ul aria-label={`Played by, on ${date}`}>
                  {stints.map((s) => (
                    <StintLine key={s.portrayal.id} stint={s} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function AnswerNotice({
  answer,
  characterId,
}: {
  answer: Exclude<CastAnswer, { kind: 'cast' | 'no-date' }>;
  characterId: string | undefined;
}) {
  switch (answer.kind) {
    case 'invalid':
      return (
        <div className="tl-notice callout" role="alert">
          {answer.message}
        </div>
      );
    case 'before-premiere':
      return (
        <div className="tl-notice callout" role="alert">
          Anupamaa premiered on {formatPartialDate(answer.premiere)}, so on{' '}
          {formatPartialDate(answer.iso)} it had no cast yet.{' '}
          <Link
            to={paths.cast({ at: isoOfDay(firstDay(answer.premiere)), character: characterId })}
          >
            See the cast on the first day
          </Link>
          .
        </div>
      );
    case 'after-sources':
      return (
        <div className="tl-notice callout" role="alert">
          The wiki’s newest source is from {formatPartialDate(answer.asOf)}, so it cannot say who
          was in the cast on {formatPartialDate(answer.iso)}.{' '}
          <Link to={paths.cast({ at: isoOfDay(lastDay(answer.asOf)), character: characterId })}>
            See the cast as of {formatPartialDate(answer.asOf)}
          </Link>
          .
        </div>
      );
  }
}

/**
 * The chart (a chunk of its own, shared with the timeline's) is fetched once the browser has a
 * quiet moment, so the answer to "who was in the cast" is on screen first.
 */
const CastChartPanel = lazy(async () => {
  await whenIdle();
  const { CastChartPanel } = await import('./chart/cast-chart-panel');
  return { default: CastChartPanel };
});

export function CastPage() {
  const { data } = useSuspenseQuery(timelineQueries.filtered({}));
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const at = searchParams.get('at');
  const characterParam = searchParams.get('character')?.trim() || null;
  const character =
    characterParam === null ? undefined : data.characters.find((c) => c.id === characterParam);

  const scope = useMemo(
    () =>
      character
        ? {
            characters: [character],
            portrayals: data.portrayals.filter((p) => p.character.id === character.id),
          }
        : { characters: data.characters, portrayals: data.portrayals },
    [character, data],
  );
  const answer = useMemo(
    () => castOnDate(at, { ...scope, markers: data.markers }),
    [at, scope, data.markers],
  );
  const chosenDay = answer.kind === 'cast' ? answer.iso : null;

  const { premiere, asOf } = data.markers;
  const minIso = premiere ? isoOfDay(firstDay(premiere)) : undefined;
  const maxIso = isoOfDay(lastDay(asOf));
  const onOpen = useCallback((href: string) => void navigate(href), [navigate]);

  const heading = character
    ? `Who played ${character.name} on a date?`
    : 'Who was in the cast on a date?';
  const title =
    answer.kind === 'cast'
      ? `${character ? character.name : 'The cast'} on ${formatPartialDate(answer.iso)}`
      : heading;

  return (
    <article className="page">
      <title>{`${title} · Anupamaa Wiki`}</title>
      <p className="breadcrumb">
        <Link to={paths.timeline()}>Cast-change timeline</Link>
        {character && (
          <>
            {' '}
            › <Link to={paths.character(character.id)}>{character.name}</Link>
          </>
        )}
      </p>
      <PageHeading>{heading}</PageHeading>
      {characterParam !== null && !character && (
        <div className="tl-notice callout" role="alert">
          There is no character with the id {quoteInput(characterParam)}, so the whole cast is
          shown.
        </div>
      )}
      <p className="lead">
        Pick a day between{' '}
        {premiere ? `${formatPartialDate(premiere)}, the premiere,` : 'the premiere'} and{' '}
        {formatPartialDate(asOf)}, the date of the wiki’s newest source.
      </p>
      <Form method="get" action={paths.cast()} className="cast-form" key={at ?? ''}>
        {character && <input type="hidden" name="character" value={character.id} />}
        <div className="tl-field">
          <label htmlFor="cast-date">Date</label>
          <input
            id="cast-date"
            className="control"
            type="date"
            name="at"
            required
            min={minIso}
            max={maxIso}
            defaultValue={chosenDay ?? ''}
          />
        </div>
        <button type="submit" className="button">
          Show the cast
        </button>
      </Form>
      {answer.kind === 'no-date' && (
        <p>
          For example,{' '}
          {minIso && (
            <>
              <Link to={paths.cast({ at: minIso, character: character?.id })}>
                the day of the premiere
              </Link>{' '}
              or{' '}
            </>
          )}
          <Link to={paths.cast({ at: maxIso, character: character?.id })}>
            the date of the newest source
          </Link>
          .
        </p>
      )}
      {answer.kind !== 'cast' && answer.kind !== 'no-date' && (
        <AnswerNotice answer={answer} characterId={character?.id} />
      )}
      {character && scope.portrayals.length === 0 && <p>No actor is known for this role yet.</p>}
      {character && scope.portrayals.length > 0 && (
        <section aria-labelledby="cast-chart-heading">
          <h2 id="cast-chart-heading">Everyone who has played {character.name}</h2>
          <Suspense fallback={<p className="tl-chart-loading">Drawing the chart…</p>}>
            <CastChartPanel
              character={character}
              portrayals={scope.portrayals}
              markers={data.markers}
              chosenDay={chosenDay}
              onOpen={onOpen}
            />
          </Suspense>
        </section>
      )}
      {answer.kind === 'cast' && (
        <section aria-labelledby="cast-answer-heading">
          <h2 id="cast-answer-heading">
            {character ? `${character.name} on` : 'The cast on'} {formatPartialDate(answer.iso)}
          </h2>
          <CastList answer={answer} character={character} />
        </section>
      )}
    </article>
  );
}
