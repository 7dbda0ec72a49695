import { useEffect, useState } from 'react';
import { Form, useLocation, useSearchParams } from 'react-router';
import { paths } from '../lib/paths';

/** The header search: a plain GET form to /search, so it works before any script has run. */
export function SearchBox() {
  const location = useLocation();
  const [params] = useSearchParams();
  const current = location.pathname === paths.search() ? (params.get('q') ?? '') : '';
  const [value, setValue] = useState(current);
  useEffect(() => setValue(current), [current]);
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
