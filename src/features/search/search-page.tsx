import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import type { SearchHit } from '../../api/schemas';
import { PageHeading } from '../../components/page-heading';
import { Loading } from '../../components/states';
import { paths } from '../../lib/paths';
import { MAX_QUERY_LENGTH, searchQueries } from './queries';

function HitList({ hits, label }: { hits: SearchHit[]; label: string }) {
  if (hits.length === 0) return null;
  return (
    <section aria-label={label}>
      <h2>
        {label} <span className="muted">({hits.length})</span>
      </h2>
      <ul className="hits">
        {hits.map((hit) => (
          <li key={hit.id}>
            <Link to={hit.kind === 'actor' ? paths.actor(hit.id) : paths.character(hit.id)}>
              {hit.name}
            </Link>
            {hit.matched && <span className="muted"> (matched “{hit.matched}”)</span>}
            <p className="muted">{hit.context}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function SearchPage() {
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  const usable = q !== '' && q.length <= MAX_QUERY_LENGTH;
  const { data, isPending, isError, error, refetch } = useQuery({
    ...searchQueries.results(q),
    enabled: usable,
  });

  let body: React.ReactNode;
  if (q === '') {
    body = <p>Type the name of an actor or a character in the search box.</p>;
  } else if (!usable) {
    body = (
      <p role="alert">
        That search is too long. Names are shorter than {MAX_QUERY_LENGTH} characters; try a shorter
        one.
      </p>
    );
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
  } else if (data.actors.length + data.characters.length === 0) {
    body = (
      <p role="status">
        Nothing matches “{q}”. Check the spelling, or browse all{' '}
        <Link to={paths.characters()}>characters</Link> and <Link to={paths.actors()}>actors</Link>.
      </p>
    );
  } else {
    const total = data.actors.length + data.characters.length;
    body = (
      <>
        <p role="status">
          {total} {total === 1 ? 'result' : 'results'} for “{q}”
        </p>
        <HitList hits={data.characters} label="Characters" />
        <HitList hits={data.actors} label="Actors" />
      </>
    );
  }

  return (
    <article className="page">
      <title>{q ? `Search: ${q.slice(0, 60)} · Anupamaa Wiki` : 'Search · Anupamaa Wiki'}</title>
      <PageHeading>Search</PageHeading>
      {body}
    </article>
  );
}
