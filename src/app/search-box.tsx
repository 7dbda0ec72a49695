import { useState } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { paths } from '../lib/paths';

function SearchForm({ initial }: { initial: string }) {
  const [value, setValue] = useState(initial);
  return (
    <Form method="get" action={paths.search()} role="search" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search actors and characters
      </label>
      <input
        id="site-search"
        name="q"
        type="search"
        placeholder="Search actors, characters…"
        autoComplete="off"
        maxLength={200}
        value={value}
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button">
        Search
      </button>
    </Form>
  );
}

/**
 * The header search: a plain GET form to /search, so it works before any script has run. On the
 * search page it shows the query from the URL; keyed by it, so going back restores the box too.
 */
export function SearchBox() {
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === paths.search() ? (params.get('q') ?? '') : '';
  return <SearchForm key={current} initial={current} />;
}
