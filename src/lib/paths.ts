import { toWellFormed } from './text';

/** The wiki's page URLs, part of its contract with fans' bookmarks: change them never. */
export const paths = {
  home: () => '/',
  characters: () => '/characters',
  character: (id: string) => `/characters/${encodeURIComponent(id)}`,
  actors: () => '/actors',
  actor: (id: string) => `/actors/${encodeURIComponent(id)}`,
  timeline: (filter?: URLSearchParams) => {
    const query = filter?.toString() ?? '';
    return query ? `/timeline?${query}` : '/timeline';
  },
  /**
   * Who was in the cast on a day (`at`, `YYYY-MM-DD`), for everyone or for one character; with
   * `vs`, what changed between `at` and that second day.
   */
  cast: ({ at, vs, character }: { at?: string; vs?: string; character?: string } = {}) => {
    const query = new URLSearchParams();
    if (character) query.set('character', character);
    if (at) query.set('at', at);
    if (vs) query.set('vs', vs);
    const text = query.toString();
    return text ? `/cast?${text}` : '/cast';
  },
  leap: (id: string) => `/leaps/${encodeURIComponent(id)}`,
  /** The editorial page; `section` jumps to one explanation (a badge or symbol links there). */
  about: (section?: string) => (section ? `/about#${section}` : '/about'),
  /** The Atom feed beside a page: `/feed.xml` for the home page, `<page>/feed.xml` otherwise. */
  feed: (pagePath: string) => (pagePath === '/' ? '/feed.xml' : `${pagePath}/feed.xml`),
  /** Cast rumours, newest first; `status` narrows them to one outcome. */
  rumours: (status?: string) =>
    status ? `/rumours?status=${encodeURIComponent(status)}` : '/rumours',
  search: (q?: string) => (q ? `/search?q=${encodeURIComponent(toWellFormed(q))}` : '/search'),
};
