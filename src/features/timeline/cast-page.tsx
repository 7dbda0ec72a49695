import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { Form, Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeading } from '../../components/page-heading';
import { HiddenLater } from '../../components/spoiler-fold';
import { airedAttribute, formatHorizon, isPastHorizon, type Horizon } from '../../lib/horizon';
import { whenIdle } from '../../lib/idle';
import { firstDay, formatPartialDate, isoOfDay, lastDay, parseDay } from '../../lib/partial-date';
import { useHorizon } from '../../lib/use-horizon';
import { paths } from '../../lib/paths';
import { quoteInput } from '../../lib/text';
import { CastChanges } from '../../components/cast-changes';
import { compareCasts } from '../../lib/cast-changes';
import { castOnDate, type CastAnswer } from './cast-on-date';
import { CastList } from './cast-list';
import { timelineQueries } from './queries';
import { castTimelineAsOf } from './timeline-as-of';

/** A day asked about that lies past the reader's spoiler horizon: said, never shown silently. */
function PastHorizonNotice({
  horizon,
  field,
  onShow,
}: {
  horizon: string;
  field?: string;
  onShow: () => void;
}) {
  return (
    <p className="tl-notice callout">
      {field && `${field}: `}That date is after the point you’ve watched ({formatHorizon(horizon)}){' '}
      <span aria-hidden="true">·</span>{' '}
      <button type="button" className="link-button" onClick={onShow}>
        Show anyway
        <span className="visually-hidden"> (may spoil what you have not watched)</span>
      </button>
    </p>
  );
}

/** Whether `input` names a day past the horizon (an unreadable one gets its own message). */
function isDayPast(input: string | null, horizon: Horizon): boolean {
  if (input === null || horizon === null) return false;
  const parsed = parseDay(input);
  return parsed.ok && isPastHorizon(parsed.iso, horizon);
}

function AnswerNotice({
  answer,
  characterId,
  field,
}: {
  answer: Exclude<CastAnswer, { kind: 'cast' | 'no-date' }>;
  characterId: string | undefined;
  /** Which date the notice is about, when the page has two. */
  field?: string;
}) {
  switch (answer.kind) {
    case 'invalid':
      return (
        <div className="tl-notice callout" role="alert">
          {field && `${field}: `}
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
  const { data: everything } = useSuspenseQuery(timelineQueries.cast());
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  // With a spoiler horizon the page answers from what had aired by then, and ends there.
  const horizon = useHorizon();
  const [showLater, setShowLater] = useState(false);
  const asOfHorizon = useMemo(
    () => (horizon === null || showLater ? null : castTimelineAsOf(everything, horizon)),
    [everything, horizon, showLater],
  );
  const data = asOfHorizon?.timeline ?? everything;
  const limit = asOfHorizon ? horizon : null;
  const until = limit !== null && isPastHorizon(everything.markers.asOf, limit) ? limit : null;
  const atParam = searchParams.get('at');
  const vsParam = searchParams.get('vs');
  const atPast = isDayPast(atParam, limit);
  const vsPast = isDayPast(vsParam, limit);
  // A day past the horizon is not answered until the reader asks (the notice says so).
  const at = atPast || vsPast ? null : atParam;
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
  // A second day to compare with (`vs`), checked the same way as the first.
  const vs = atPast || vsPast ? null : vsParam;
  const vsAnswer = useMemo(
    () => castOnDate(vs, { characters: [], portrayals: [], markers: data.markers }),
    [vs, data.markers],
  );
  const changes = useMemo(
    () =>
      answer.kind === 'cast' && vsAnswer.kind === 'cast'
        ? compareCasts(scope.portrayals, data.markers.leaps, answer.day, vsAnswer.day)
        : null,
    [answer, vsAnswer, scope.portrayals, data.markers.leaps],
  );

  const { premiere, asOf } = data.markers;
  const minIso = premiere ? isoOfDay(firstDay(premiere)) : undefined;
  const maxIso = isoOfDay(lastDay(asOf));
  const onOpen = useCallback((href: string) => void navigate(href), [navigate]);
  // Without script the form submits as it is; with it, an empty "compare with" is left out of
  // the URL so that a shared link reads `/cast?at=…`, not `/cast?at=…&vs=`.
  const onSubmit = useCallback(
    (event: React.FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      const read = (name: string) => {
        const value = form.get(name);
        return typeof value === 'string' && value !== '' ? value : undefined;
      };
      void navigate(paths.cast({ at: read('at'), vs: read('vs'), character: read('character') }));
    },
    [navigate],
  );

  const heading = changes
    ? character
      ? `Who played ${character.name}: what changed between two dates?`
      : 'What changed in the cast between two dates?'
    : character
      ? `Who played ${character.name} on a date?`
      : 'Who was in the cast on a date?';
  const title = changes
    ? `${character ? character.name : 'The cast'}: ${formatPartialDate(changes.from)} vs ${formatPartialDate(changes.to)}`
    : answer.kind === 'cast'
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
        {until
          ? `${formatHorizon(until)}, the point you have watched`
          : `${formatPartialDate(asOf)}, the date of the wiki’s newest source`}
        .
      </p>
      <Form
        method="get"
        action={paths.cast()}
        className="cast-form"
        key={`${atParam ?? ''} ${vsParam ?? ''} ${until ?? ''}`}
        onSubmit={onSubmit}
      >
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
            defaultValue={chosenDay ?? (atParam === null ? (until ?? '') : '')}
          />
        </div>
        <div className="tl-field">
          <label htmlFor="cast-vs">Compare with (optional)</label>
          <input
            id="cast-vs"
            className="control"
            type="date"
            name="vs"
            min={minIso}
            max={maxIso}
            defaultValue={vsAnswer.kind === 'cast' ? vsAnswer.iso : ''}
          />
        </div>
        <button type="submit" className="button">
          Show the cast
        </button>
      </Form>
      {atPast && limit && <PastHorizonNotice horizon={limit} onShow={() => setShowLater(true)} />}
      {vsPast && limit && (
        <PastHorizonNotice horizon={limit} field="Compare with" onShow={() => setShowLater(true)} />
      )}
      {answer.kind === 'no-date' && !atPast && !vsPast && (
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
            {until ? 'the last day you have watched' : 'the date of the newest source'}
          </Link>
          . Add a second date to see what changed between the two.
        </p>
      )}
      {answer.kind === 'no-date' &&
        !atPast &&
        !vsPast &&
        !character &&
        data.markers.leaps.length + (asOfHorizon?.hidden.leaps ?? 0) > 0 && (
          <nav aria-labelledby="cast-leaps-heading">
            <h2 id="cast-leaps-heading">What changed at each leap</h2>
            {data.markers.leaps.length > 0 && (
              <ul className="link-list">
                {data.markers.leaps.map((leap) => (
                  // Marked so that a later leap is hidden before the first paint (spoiler horizon).
                  <li key={leap.id} {...airedAttribute(leap.aired)}>
                    <Link to={paths.leap(leap.id)}>{leap.label}</Link>
                  </li>
                ))}
              </ul>
            )}
            <HiddenLater
              count={asOfHorizon?.hidden.leaps ?? 0}
              noun={['later leap', 'later leaps']}
              onShow={() => setShowLater(true)}
            />
          </nav>
        )}
      {answer.kind !== 'cast' && answer.kind !== 'no-date' && (
        <AnswerNotice answer={answer} characterId={character?.id} />
      )}
      {vsAnswer.kind !== 'cast' && vsAnswer.kind !== 'no-date' && (
        <AnswerNotice answer={vsAnswer} characterId={character?.id} field="Compare with" />
      )}
      {changes && (
        <section aria-labelledby="cast-changes-heading">
          <h2 id="cast-changes-heading">
            What changed{character && ` for ${character.name}`} between{' '}
            {formatPartialDate(changes.from)} and {formatPartialDate(changes.to)}
          </h2>
          <CastChanges changes={changes} level={3} idPrefix="cast-changes" horizon={limit} />
        </section>
      )}
      {character && scope.portrayals.length === 0 && <p>No actor is known for this role yet.</p>}
      {character && scope.portrayals.length > 0 && (
        <section aria-labelledby="cast-chart-heading">
          <h2 id="cast-chart-heading">Everyone who has played {character.name}</h2>
          <Suspense
            key={horizon === null ? 'everything' : 'horizon'}
            fallback={<p className="tl-chart-loading">Drawing the chart…</p>}
          >
            <CastChartPanel
              character={character}
              portrayals={scope.portrayals}
              markers={data.markers}
              chosenDay={chosenDay}
              until={until}
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
