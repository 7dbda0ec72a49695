import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type {
  SearchAnswer,
  SearchGroup,
  SearchResult,
  SearchSuggestion,
} from '../../api/search-schemas';
import { PageHeading } from '../../components/page-heading';
import { Loading } from '../../components/states';
import { HiddenNotice } from '../../components/spoiler-fold';
import { formatHorizon, type Horizon } from '../../lib/horizon';
import { paths } from '../../lib/paths';
import { withoutControls } from '../../lib/text';
import { useHorizon } from '../../lib/use-horizon';
import { describeProblem, hiddenResults, queryProblem, searchQueries } from './queries';
import { searchKinds } from './search-kinds';

/**
 * The query as typed, isolated so that a right-to-left mark in it cannot turn the sentence
 * around.
 */
function Quoted({ text }: { text: string }) {
  return (
    <>
      “<bdi>{text}</bdi>”
    </>
  );
}

/** The answer to a question ("who plays samar"), with a link to the actor or character. */
function Answer({ answer }: { answer: SearchAnswer }) {
  const { target } = answer;
  return (
    <section aria-label="Answer" className="search-answer">
      <h2>Answer</h2>
      <p>{answer.text}</p>
      <p>
        <Link to={searchKinds[target.kind].path(target)}>{target.name}</Link>{' '}
        <span className="muted">({searchKinds[target.kind].noun})</span>
      </p>
    </section>
  );
}

function HitList({ group }: { group: SearchGroup }) {
  const { hits, total } = group;
  const view = searchKinds[group.kind];
  return (
    <section aria-label={view.label}>
      <h2>
        {view.label} <span className="muted">({total})</span>
      </h2>
      {total > hits.length && (
        <p className="muted">
          Showing the best {hits.length} of {total}; type more of the name to narrow them down.
        </p>
      )}
      <ul className="hits">
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={view.path(hit)}>{hit.name}</Link>
            {hit.matched && <span className="muted"> (matched “{hit.matched}”)</span>}
            <p className="muted">{hit.context}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Suggestions({ suggestions }: { suggestions: SearchSuggestion[] }) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-label="Did you mean">
      <h2>Did you mean</h2>
      <ul className="link-list suggestions">
        {suggestions.map((s) => (
          <li key={`${s.kind}-${s.id}`}>
            <Link to={searchKinds[s.kind].path(s)}>{s.name}</Link>{' '}
            <span className="muted">({searchKinds[s.kind].noun})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * "2 results hidden: they come from episodes after 30 Jun 2022 · Show": what the reader's spoiler
 * horizon left out of the search, and a button that searches without it.
 */
function HiddenResults({
  count,
  horizon,
  onShow,
}: {
  count: number;
  horizon: Horizon;
  onShow: () => void;
}) {
  if (count === 0 || horizon === null) return null;
  const they = count === 1 ? 'it comes' : 'they come';
  return (
    <HiddenNotice
      text={`${hiddenResults(count)} hidden: ${they} from episodes after ${formatHorizon(horizon)}`}
      shows="every result"
      onShow={onShow}
    />
  );
}

function Results({ q, data, hidden }: { q: string; data: SearchResult; hidden: React.ReactNode }) {
  const total = data.groups.reduce((sum, g) => sum + g.total, 0);
  if (total === 0) {
    return (
      <>
        {data.hidden > 0 ? (
          // The name is right, only later than the reader has watched: no spelling advice.
          <p role="status">
            Nothing that aired by the point you have watched matches <Quoted text={q} />.
          </p>
        ) : (
          <p role="status">
            Nothing matches <Quoted text={q} />. Check the spelling, or browse all{' '}
            <Link to={paths.characters()}>characters</Link> and{' '}
            <Link to={paths.actors()}>actors</Link>.
          </p>
        )}
        {hidden}
        <Suggestions suggestions={data.suggestions} />
      </>
    );
  }
  return (
    <>
      <p role="status">
        {total} {total === 1 ? 'result' : 'results'} for <Quoted text={q} />
      </p>
      {hidden}
      {data.answer && <Answer answer={data.answer} />}
      {data.groups.map((group) => (
        <HitList key={group.kind} group={group} />
      ))}
    </>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const problem = queryProblem(q);
  const horizon = useHorizon();
  // "Show" searches this query without the horizon; a new query starts with it again.
  const [everythingFor, setEverythingFor] = useState<string | null>(null);
  const upto = everythingFor === q ? null : horizon;
  const { data, isPending, isError, error, refetch } = useQuery({
    ...searchQueries.results(q, upto),
    enabled: problem === null,
  });

  let body: React.ReactNode;
  if (problem === 'empty') {
    body = <p>{describeProblem(problem, q)}</p>;
  } else if (problem !== null) {
    body = <p role="alert">{describeProblem(problem, q)}</p>;
  } else if (isPending) {
    body = <Loading label="Searching…" />;
  } else if (isError) {
    body = (
      <div role="alert">
        <p>The search failed: {error.message}</p>
        <button type="button" className="button" onClick={() => void refetch()}>
          Try again
        </button>
      </div>
    );
  } else {
    body = (
      <Results
        q={q}
        data={data}
        hidden={
          horizon && upto === null ? (
            <p className="hidden-later">
              Showing every result, episodes after {formatHorizon(horizon)} included.
            </p>
          ) : (
            <HiddenResults count={data.hidden} horizon={upto} onShow={() => setEverythingFor(q)} />
          )
        }
      />
    );
  }

  // By code point, so that the cut never splits an emoji into a lone surrogate.
  const shown = [...withoutControls(q)].slice(0, 60).join('');
  return (
    <article className="page search-page">
      <title>{shown ? `Search: ${shown} · Anupamaa Wiki` : 'Search · Anupamaa Wiki'}</title>
      <PageHeading>Search</PageHeading>
      {body}
    </article>
  );
}
